// A first version of the page: search with highlighted snippets, and meeting pages at /moeder/{id}.
const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ''));
  return node;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&#x2F;': '/', '&amp;': '&' };
const unescape = (s) => s.replace(/&(lt|gt|quot|#x27|#39|#x2F|amp);/g, (e) => ENTITIES[e]);

// Snippets are escaped by the server and only <mark> may be markup: everything is inserted as text.
function snippetNode(html) {
  const span = el('span');
  for (const part of html.split(/(<mark>.*?<\/mark>)/)) {
    const m = part.match(/^<mark>(.*)<\/mark>$/);
    span.append(m ? el('mark', {}, unescape(m[1])) : document.createTextNode(unescape(part)));
  }
  return span;
}

async function search(params) {
  $('status').textContent = 'Søger …';
  const res = await fetch('/api/search?' + params.toString());
  const body = await res.json();
  if (!res.ok) { $('status').textContent = 'Fejl: ' + body.error; return; }
  $('status').textContent = body.total === 1 ? '1 punkt fundet' : `${body.total} punkter fundet`;
  const list = $('results');
  list.replaceChildren(...body.hits.map((h) => el('li', {},
    el('a', { href: h.url }, `${h.number}. ${h.title}`),
    el('div', { class: 'meta' }, `${h.committee ?? ''} · ${h.meetingDate ?? 'uden dato'} · ${h.documentType}`,
      h.outcome ? el('span', { class: 'badge' }, h.outcome) : ''),
    el('p', {}, snippetNode(h.snippet)))));
}

async function showMeeting(id) {
  const res = await fetch('/api/meetings/' + encodeURIComponent(id));
  const body = await res.json();
  if (!res.ok) { $('status').textContent = 'Mødet findes ikke.'; return; }
  const article = $('meeting');
  article.hidden = false;
  article.replaceChildren(
    el('h1', {}, `${body.committee ?? 'Ukendt udvalg'} ${body.meetingDate ?? ''}`),
    el('p', {}, el('a', { href: body.original }, 'Hent originalen')),
    ...body.items.map((item) => el('section', { id: `punkt-${item.number}`, class: 'item' },
      el('h2', {}, `${item.number}. ${item.title}`),
      ...item.sections.flatMap((s) => [el('h3', {}, s.heading), el('p', {}, s.text)]))));
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) { target.classList.add('marked'); target.scrollIntoView(); }
}

addEventListener('DOMContentLoaded', () => {
  const meeting = location.pathname.match(/^\/moeder\/([a-z0-9-]+)$/);
  if (meeting) { showMeeting(meeting[1]); return; }
  const params = new URLSearchParams(location.search);
  $('q').value = params.get('q') ?? '';
  search(params);
});
