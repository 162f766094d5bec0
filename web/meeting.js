// The meeting page, /moeder/{id}: the meeting's facts, who took part, and every item in full.
// #punkt-N scrolls to item N and marks it; every item has a button that copies its permalink.
import {
  $, el, getJson, paragraphs, danishDate, typeName, outcomeBadge, announce, projectHref, personHref,
} from './dom.js';

export async function showMeeting(id) {
  const status = $('page-status');
  status.className = 'status loading';
  status.textContent = 'Henter mødet …';
  $('page-view').setAttribute('aria-busy', 'true');
  try {
    const meeting = await getJson(`/api/meetings/${encodeURIComponent(id)}`);
    status.textContent = '';
    status.className = 'status';
    renderMeeting(meeting);
    markFromHash(false);
  } catch (e) {
    status.className = 'status error';
    document.title = 'Mødet findes ikke – Beslutningsarkiv';
    status.replaceChildren(e.status === 404
      ? 'Mødet findes ikke i arkivet. Linket kan være forkert, eller mødet er fjernet.'
      : `Mødet kunne ikke hentes. ${e.status === 0 ? e.message : 'Prøv igen om lidt.'}`,
    ' ', el('a', { href: '/' }, 'Gå til søgningen'));
  } finally {
    $('page-view').removeAttribute('aria-busy');
  }
  addEventListener('hashchange', () => markFromHash(true));
}

/** Scrolls to the item in the URL's #punkt-N, marks it, and moves focus there for keyboard use. */
function markFromHash(smooth) {
  document.querySelectorAll('.item.marked').forEach((n) => {
    n.classList.remove('marked');
    n.removeAttribute('aria-current');
  });
  const m = /^#(punkt-\d+)$/.exec(location.hash);
  const target = m && document.getElementById(m[1]);
  if (!target) return;
  target.classList.add('marked');
  target.setAttribute('aria-current', 'true');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}

const title = (m) => `${m.committee ?? 'Ukendt udvalg'}, ${danishDate(m.meetingDate)}`;

function backLink() {
  // Back to the very search the reader came from, when they came from one.
  let href = '/';
  try {
    const ref = new URL(document.referrer);
    if (ref.origin === location.origin && ref.pathname === '/' && !ref.searchParams.has('vis')) href = ref.pathname + ref.search;
  } catch {
    // No referrer: the plain search page.
  }
  return el('a', { class: 'back', href }, '‹ Til søgningen');
}

function fact(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return [el('dt', {}, label), el('dd', {}, value)];
}

function personList(people, cls) {
  return el('ul', { class: cls }, people.map((p) => el('li', {},
    el('a', { href: personHref(p.name) }, p.name),
    p.organisation || p.role ? el('span', { class: 'org' }, `, ${[p.organisation, p.role].filter(Boolean).join(', ')}`) : null)));
}

function renderMeeting(m) {
  document.title = `${title(m)} – Beslutningsarkiv`;
  const time = m.startTime ? (m.endTime ? `${m.startTime}–${m.endTime}` : m.startTime) : null;
  const header = el('header', { class: 'meeting-header' },
    backLink(),
    el('p', { class: 'kicker' }, typeName(m.documentType)),
    el('h1', { id: 'meeting-title' }, title(m)),
    el('dl', { class: 'facts' },
      fact('Udvalg', m.committee),
      fact('Dato', m.meetingDate ? el('time', { datetime: m.meetingDate }, danishDate(m.meetingDate)) : null),
      fact('Tid', time),
      fact('Sted', m.location),
      fact('Type', typeName(m.documentType)),
      fact('Sagsnummer', m.caseNumber),
      fact('Regioner', m.regions?.length ? m.regions.join(', ') : null)),
    el('p', { class: 'actions' },
      m.original ? el('a', { class: 'button', href: m.original, download: '' }, 'Hent det originale dokument') : null));

  const people = el('section', { class: 'people', 'aria-labelledby': 'people-title' },
    el('h2', { id: 'people-title' }, 'Deltagere'),
    m.participants?.length ? personList(m.participants, 'participants') : el('p', {}, 'Ingen deltagere oplyst.'),
    m.absent?.length ? [el('h3', {}, 'Afbud'), personList(m.absent, 'absent')] : null);

  const toc = el('nav', { class: 'toc', 'aria-labelledby': 'toc-title' },
    el('h2', { id: 'toc-title' }, 'Dagsorden'),
    el('ol', {}, m.items.map((item) => el('li', {},
      el('a', { href: `#punkt-${item.number}` }, `${item.number}. ${item.title}`)))));

  const projects = m.projects?.length
    ? el('p', { class: 'tags' }, 'Projekter: ', m.projects.map((p, i) => [i ? ', ' : '', el('a', { href: projectHref(p) }, p)]))
    : null;
  const warnings = m.warnings?.length
    ? el('details', { class: 'warnings' }, el('summary', {}, `Bemærkninger fra indlæsningen (${m.warnings.length})`),
      el('ul', {}, m.warnings.map((w) => el('li', {}, w))))
    : null;

  $('page-content').replaceChildren(el('article', { class: 'meeting', 'aria-labelledby': 'meeting-title' },
    header, el('div', { class: 'meeting-side' }, toc, people), projects, warnings,
    el('section', { class: 'items', 'aria-labelledby': 'items-title' },
      el('h2', { id: 'items-title', class: 'visually-hidden' }, 'Punkterne'),
      m.items.map((item) => renderItem(m, item)))));
}

function renderItem(m, item) {
  const anchor = `punkt-${item.number}`;
  const permalink = `${location.origin}/moeder/${encodeURIComponent(m.id)}#${anchor}`;
  const sections = item.sections ?? [];
  // Indstilling and Beslutning are usually sections already (or several sections joined): they are
  // then marked where they stand, and shown apart only when some of their text is nowhere else.
  const lines = (text) => text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const inSections = (text) => lines(text).every((l) => sections.some((s) => s.text.includes(l)));
  const partOf = (text, whole) => Boolean(whole && text && whole.includes(text.trim()));
  const sectionNodes = sections.map((s) => {
    const role = partOf(s.text, item.decision) ? 'decision' : partOf(s.text, item.recommendation) ? 'recommendation' : null;
    return el('div', { class: `section${role ? ` ${role}` : ''}` },
      s.heading ? el('h3', {}, s.heading) : null, paragraphs(s.text));
  });
  const extra = [];
  if (item.recommendation && !inSections(item.recommendation)) {
    extra.push(el('div', { class: 'section recommendation' }, el('h3', {}, 'Indstilling'), paragraphs(item.recommendation)));
  }
  if (item.decision && !inSections(item.decision)) {
    extra.push(el('div', { class: 'section decision' }, el('h3', {}, 'Beslutning'), paragraphs(item.decision)));
  }
  const feedback = el('span', { class: 'copy-feedback', role: 'status' });
  const copy = el('button', {
    type: 'button', class: 'copy-link', 'data-url': permalink, 'aria-label': `Kopiér link til punkt ${item.number}`,
    onclick: () => copyLink(permalink, feedback),
  }, 'Kopiér link');
  return el('section', { class: `item${item.closed ? ' closed' : ''}`, id: anchor, tabindex: '-1',
    'aria-labelledby': `${anchor}-title` },
  el('div', { class: 'item-head' },
    el('h2', { id: `${anchor}-title` }, el('a', { class: 'anchor', href: `#${anchor}` }, `${item.number}. ${item.title}`)),
    el('div', { class: 'item-actions' }, copy, feedback)),
  el('p', { class: 'meta' },
    item.presenter ? `Fremlægges af ${item.presenter}` : null,
    item.presenter && item.caseNumber ? ' · ' : null,
    item.caseNumber ? `Sagsnr. ${item.caseNumber}` : null,
    item.outcome ? [' ', el('span', { class: 'visually-hidden' }, 'Udfald: '), outcomeBadge(item.outcome)] : null,
    item.closed ? [' ', el('span', { class: 'badge closed-badge' }, 'Lukket punkt')] : null),
  item.closed && sections.length === 0 ? el('p', {}, 'Punktet er lukket; teksten er ikke offentlig.') : null,
  sectionNodes, extra,
  item.attachments?.length
    ? el('div', { class: 'attachments' }, el('h3', {}, 'Bilag'), el('ul', {}, item.attachments.map((a) => el('li', {}, a))))
    : null,
  item.projects?.length || item.people?.length
    ? el('p', { class: 'tags' },
      item.projects?.length ? ['Projekter: ', item.projects.map((p, i) => [i ? ', ' : '', el('a', { href: projectHref(p) }, p)])] : null,
      item.projects?.length && item.people?.length ? el('br') : null,
      item.people?.length ? ['Personer: ', item.people.map((p, i) => [i ? ', ' : '', el('a', { href: personHref(p) }, p)])] : null)
    : null);
}

async function copyLink(url, feedback) {
  try {
    await navigator.clipboard.writeText(url);
    feedback.textContent = 'Link kopieret';
  } catch {
    // No clipboard access (an insecure origin or a refused permission): hand over the link to copy by hand.
    const field = el('input', { type: 'text', readonly: true, value: url, class: 'copy-field',
      'aria-label': 'Link til punktet' });
    feedback.replaceChildren('Kopiér linket her: ', field);
    field.focus();
    field.select();
  }
  announce(feedback.textContent);
}
