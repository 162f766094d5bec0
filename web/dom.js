// Building blocks shared by the views: elements built from text only, the API, Danish formats.

export const $ = (id) => document.getElementById(id);

/**
 * An element with attributes and children. Strings become text nodes, never markup, so text from
 * documents can not inject anything. Attributes starting with "on" are listeners.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false || c === '') continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the entities an HTML escaper writes; the result is only ever used as text. */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * The API's snippet as nodes. It is HTML-escaped text where only <mark> is markup: the check below
 * accepts exactly that (balanced, not nested, nothing else that looks like a tag); anything else
 * is shown as plain text without highlighting rather than trusted.
 */
export function snippetNodes(snippet) {
  const parts = snippet.split(/(<\/?mark>)/);
  let open = false;
  let valid = true;
  for (const p of parts) {
    if (p === '<mark>') { if (open) valid = false; open = true; }
    else if (p === '</mark>') { if (!open) valid = false; open = false; }
    else if (/[<>]/.test(p)) valid = false;
  }
  if (!valid || open) {
    return [document.createTextNode(decodeEntities(snippet.replace(/<\/?mark>/g, '')))];
  }
  const nodes = [];
  let inMark = false;
  for (const p of parts) {
    if (p === '<mark>') inMark = true;
    else if (p === '</mark>') inMark = false;
    else if (p) nodes.push(inMark ? el('mark', {}, decodeEntities(p)) : document.createTextNode(decodeEntities(p)));
  }
  return nodes;
}

/** Paragraphs from a text with line breaks, each inserted as text. */
export function paragraphs(text, cls) {
  return String(text).split(/\n+/).filter((t) => t.trim()).map((t) => el('p', { class: cls }, t));
}

/** An error that carries the HTTP status, so views can say "not found" rather than "failed". */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET a JSON answer; a non-2xx answer throws an ApiError with the server's reason. */
export async function getJson(path, signal) {
  let res;
  try {
    res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Arkivet svarer ikke. Tjek forbindelsen og prøv igen.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML error page is not JSON: fall through to the status alone.
  }
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `HTTP ${res.status}`);
  return body;
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'december'];

/** "2024-08-28" as "28. august 2024"; the API's dates are ISO dates without a zone. */
export function danishDate(iso) {
  if (!iso) return 'uden dato';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export const TYPE_NAMES = { dagsorden: 'Dagsorden', referat: 'Referat', ukendt: 'Ukendt type' };
export const typeName = (t) => TYPE_NAMES[t] ?? t ?? 'Ukendt type';

/** The outcome as a badge; its class gives each outcome its own colour. */
export function outcomeBadge(outcome) {
  if (!outcome) return null;
  const slug = outcome.normalize('NFD').replace(/[^a-z]+/gi, '-').toLowerCase();
  return el('span', { class: `badge outcome-${slug}` }, outcome);
}

export const countText = (n, one, many) => `${n.toLocaleString('da-DK')} ${n === 1 ? one : many}`;

/** Says something to screen readers without moving focus. */
export function announce(text) {
  const node = $('announcer');
  node.textContent = '';
  // A fresh text in a later task is announced even when it equals the previous one.
  setTimeout(() => { node.textContent = text; }, 50);
}

export const projectHref = (name) => `/?vis=projekt&navn=${encodeURIComponent(name)}`;
export const personHref = (name) => `/?vis=person&navn=${encodeURIComponent(name)}`;
export const meetingHref = (id) => `/moeder/${encodeURIComponent(id)}`;
