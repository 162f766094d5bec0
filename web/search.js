// The search view: its whole state lives in the URL query, so every view can be bookmarked and
// back/forward replays it. Facets, chips and the year chart are drawn from each answer.
import {
  $, el, getJson, snippetNodes, danishDate, typeName, outcomeBadge, countText, announce,
  projectHref, personHref,
} from './dom.js';
import { attachTypeahead } from './typeahead.js';

/** The API's repeatable filters, in the order the facets are shown, with their Danish names. */
export const FACETS = [
  ['committee', 'Udvalg'],
  ['region', 'Region'],
  ['year', 'År'],
  ['project', 'Projekt'],
  ['person', 'Person'],
  ['outcome', 'Udfald'],
  ['type', 'Type'],
];
const FACET_NAMES = Object.fromEntries(FACETS);
const PAGE_SIZE = 10;
const MAX_WINDOW = 10000; // the API answers at most item 10,000
const SHOWN_VALUES = 8; // longer facets fold behind "Vis alle"

const expanded = new Set(); // facets the reader unfolded; a matter of display, so not in the URL
let current = null; // the state on screen
let inflight = null;

/** The state in a URL query: q, filters, from, to, sort, page. */
export function readState(search) {
  const p = new URLSearchParams(search);
  const filters = {};
  for (const [name] of FACETS) filters[name] = [...new Set(p.getAll(name).filter((v) => v !== ''))];
  const page = Math.max(1, parseInt(p.get('page') ?? '1', 10) || 1);
  const sort = p.get('sort') === 'date' ? 'date' : 'relevance';
  return { q: p.get('q') ?? '', filters, from: p.get('from') ?? '', to: p.get('to') ?? '', sort, page };
}

/** The canonical query for a state: only what differs from the defaults, always in one order. */
export function toQuery(state) {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const [name] of FACETS) for (const v of state.filters[name]) p.append(name, v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort === 'date') p.set('sort', 'date');
  if (state.page > 1) p.set('page', String(state.page));
  return p.toString();
}

const hrefFor = (state) => {
  const q = toQuery(state);
  return q ? `/?${q}` : '/';
};

function withChange(change) {
  const next = structuredClone(current);
  change(next);
  return next;
}

/** Moves to a new state: a history entry, then the search. A new query or filter starts at page 1. */
function go(next, { resetPage = true, focus = null } = {}) {
  if (resetPage) next.page = 1;
  history.pushState(null, '', hrefFor(next));
  show(next, { focus });
}

function toggleFilter(name, value, on) {
  go(withChange((s) => {
    const values = s.filters[name].filter((v) => v !== value);
    if (on) values.push(value);
    s.filters[name] = values;
  }));
}

export function initSearch() {
  $('search-view').hidden = false;
  const openFilters = matchMedia('(min-width: 48rem)');
  // Wide screens show the filters beside the results; a phone folds them above.
  const syncFilters = () => { $('filters-toggle').open = openFilters.matches; };
  syncFilters();
  openFilters.addEventListener('change', syncFilters);

  $('sort').addEventListener('change', (e) => go(withChange((s) => { s.sort = e.target.value; })));
  $('clear-all').addEventListener('click', () => {
    go(withChange((s) => {
      for (const [name] of FACETS) s.filters[name] = [];
      s.from = '';
      s.to = '';
    }), { focus: 'search' });
  });
  // Links inside the view (pages, did you mean) change state without reloading the page.
  $('search-view').addEventListener('click', (e) => {
    const a = e.target.closest('a[data-state]');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    show(readState(location.search), { focus: a.dataset.state });
  });
  addEventListener('popstate', () => show(readState(location.search), {}));
  show(readState(location.search), {});
}

/** The search form on every view: on the search view it moves the state, elsewhere it navigates. */
export function submitQuery(q, extraFilter) {
  const onSearch = !$('search-view').hidden && current;
  const base = onSearch ? structuredClone(current) : readState('');
  base.q = q;
  if (extraFilter) {
    const values = base.filters[extraFilter.name];
    if (!values.includes(extraFilter.value)) values.push(extraFilter.value);
  }
  if (onSearch) go(base, { focus: 'results' });
  else location.assign(hrefFor({ ...base, page: 1 }));
}

export function setupSearchForm() {
  const input = $('q');
  attachTypeahead(input, $('suggestions'), (q, filter) => submitQuery(q, filter));
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    submitQuery(input.value);
  });
}

async function show(state, { focus }) {
  current = state;
  $('q').value = state.q;
  $('sort').value = state.sort;
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  const main = $('main');
  main.setAttribute('aria-busy', 'true');
  $('search-status').textContent = 'Søger …';
  $('search-status').className = 'status loading';
  document.title = state.q ? `${state.q} – Beslutningsarkiv` : 'Beslutningsarkiv';
  renderChips(state);
  const params = toQuery({ ...state, page: state.page });
  try {
    const body = await getJson(`/api/search?${params}${params ? '&' : ''}size=${PAGE_SIZE}`, controller.signal);
    if (controller.signal.aborted) return;
    render(state, body);
    $('search-status').textContent = '';
    $('search-status').className = 'status';
    announce(countLine(body.total));
  } catch (e) {
    if (e.name === 'AbortError') return;
    renderError(e);
  } finally {
    if (inflight === controller) main.removeAttribute('aria-busy');
  }
  restoreFocus(focus);
}

const countLine = (total) => (total === 0 ? 'Ingen punkter fundet' : `${countText(total, 'punkt', 'punkter')} fundet`);

function renderError(e) {
  $('results').replaceChildren();
  $('pagination').hidden = true;
  $('did-you-mean').hidden = true;
  $('result-count').textContent = 'Søgningen mislykkedes';
  const reason = e.status === 400
    ? 'Søgningen kunne ikke forstås. Tjek anførselstegn, parenteser og jokertegn (* må ikke stå først).'
    : e.status === 0 ? e.message : 'Arkivet kunne ikke gennemføre søgningen. Prøv igen om lidt.';
  const status = $('search-status');
  status.className = 'status error';
  status.replaceChildren(el('span', {}, reason), ' ', el('span', { class: 'detail' }, `(${e.message})`));
}

function render(state, body) {
  $('result-count').textContent = countLine(body.total);
  renderDidYouMean(state, body);
  renderHits(state, body);
  renderPagination(state, body);
  renderFacets(state, body.facets);
  renderHistogram(state, body.facets.year ?? []);
}

function renderDidYouMean(state, body) {
  const node = $('did-you-mean');
  if (!body.didYouMean) { node.hidden = true; node.replaceChildren(); return; }
  const next = { ...structuredClone(state), q: body.didYouMean, page: 1 };
  node.replaceChildren('Mente du ', el('a', { href: hrefFor(next), 'data-state': 'results' }, body.didYouMean), '?');
  node.hidden = false;
}

function renderHits(state, body) {
  const list = $('results');
  list.start = (body.page - 1) * body.size + 1;
  if (body.hits.length === 0 && body.total > 0) {
    // A bookmarked page beyond the last one, e.g. after the archive changed.
    list.replaceChildren(el('li', { class: 'empty' }, el('p', {}, `Der er ingen side ${state.page}. `,
      el('a', { href: hrefFor({ ...state, page: 1 }), 'data-state': 'results' }, 'Gå til første side'))));
    return;
  }
  if (body.hits.length === 0) {
    const active = Object.values(state.filters).some((v) => v.length) || state.from || state.to;
    list.replaceChildren(el('li', { class: 'empty' },
      el('p', {}, state.q ? `Ingen punkter matcher »${state.q}«.` : 'Ingen punkter matcher.'),
      el('p', {}, active
        ? 'Prøv at fjerne et filter, eller brug færre eller andre ord.'
        : 'Prøv færre ord, et andet ord eller en del af et ord med * (fx hofte*).')));
    return;
  }
  list.replaceChildren(...body.hits.map((h) => el('li', { class: 'hit' },
    el('article', { 'aria-labelledby': `hit-${h.id}` },
      el('h3', { class: 'hit-title' },
        el('a', { href: h.url, id: `hit-${h.id}` }, `${h.number}. ${h.title}`)),
      el('p', { class: 'meta' },
        el('span', { class: 'committee' }, h.committee ?? 'Ukendt udvalg'), ' · ',
        el('time', { datetime: h.meetingDate }, danishDate(h.meetingDate)), ' · ',
        el('span', { class: 'type' }, typeName(h.documentType)),
        h.outcome ? ' ' : null, outcomeBadge(h.outcome)),
      h.snippet ? el('p', { class: 'snippet' }, snippetNodes(h.snippet)) : null))));
}

function renderPagination(state, body) {
  const nav = $('pagination');
  const pages = Math.max(1, Math.min(Math.ceil(body.total / body.size), Math.floor(MAX_WINDOW / body.size)));
  if (pages <= 1) { nav.hidden = true; nav.replaceChildren(); return; }
  const link = (page, text, label) => el('a', {
    href: hrefFor({ ...state, page }), 'data-state': 'results', 'aria-label': label,
    'aria-current': page === state.page ? 'page' : null, class: page === state.page ? 'current' : null,
  }, text);
  const shown = new Set([1, pages, state.page - 1, state.page, state.page + 1].filter((p) => p >= 1 && p <= pages));
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, '‹ Forrige', 'Forrige side'));
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    if (p - last > 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(link(p, String(p), `Side ${p}`));
    last = p;
  }
  if (state.page < pages) items.push(link(state.page + 1, 'Næste ›', 'Næste side'));
  nav.replaceChildren(el('ul', {}, items.map((i) => el('li', {}, i))));
  nav.hidden = false;
}

function displayValue(name, value) {
  return name === 'type' ? typeName(value) : value;
}

function renderFacets(state, facets) {
  const groups = FACETS.map(([name, label], gi) => {
    const counted = facets[name] ?? [];
    const values = counted.map((f) => ({ value: f.value, count: f.count }));
    // A chosen value stays visible (and removable) even when the answer does not count it.
    for (const v of state.filters[name]) if (!values.some((f) => f.value === v)) values.push({ value: v, count: 0 });
    if (values.length === 0) return null;
    const open = expanded.has(name);
    const chosen = (v) => state.filters[name].includes(v);
    // Chosen values first among the shown ones, so a long list never hides a filter in use.
    const ordered = [...values.filter((f) => chosen(f.value)), ...values.filter((f) => !chosen(f.value))];
    const shown = open ? ordered : ordered.slice(0, Math.max(SHOWN_VALUES, state.filters[name].length));
    const list = el('ul', { class: 'facet-values', id: `facet-${name}` }, shown.map((f, i) => {
      const id = `f-${gi}-${i}`;
      const box = el('input', {
        type: 'checkbox', id, checked: chosen(f.value), 'data-focus-key': `facet:${name}:${f.value}`,
        onchange: (e) => toggleFilter(name, f.value, e.target.checked),
      });
      const extra = name === 'project'
        ? el('a', { class: 'facet-link', href: projectHref(f.value), title: `Tidslinje for ${f.value}`,
          'aria-label': `Tidslinje for ${f.value}` }, '↗')
        : name === 'person'
          ? el('a', { class: 'facet-link', href: personHref(f.value), title: `Personside for ${f.value}`,
            'aria-label': `Personside for ${f.value}` }, '↗')
          : null;
      return el('li', { class: f.count === 0 && !chosen(f.value) ? 'zero' : null },
        box, el('label', { for: id }, el('span', { class: 'value' }, displayValue(name, f.value)),
          el('span', { class: 'count', 'aria-label': `${f.count} punkter` }, f.count.toLocaleString('da-DK'))),
        extra);
    }));
    const more = values.length > SHOWN_VALUES
      ? el('button', {
        type: 'button', class: 'link-button more', 'aria-expanded': String(open), 'aria-controls': `facet-${name}`,
        'data-focus-key': `more:${name}`,
        onclick: () => {
          if (open) expanded.delete(name); else expanded.add(name);
          renderFacets(current, facets);
          restoreFocus(`more:${name}`);
        },
      }, open ? 'Vis færre' : `Vis alle ${values.length}`)
      : null;
    return el('fieldset', { class: 'facet' }, el('legend', {}, label), list, more);
  });
  const period = el('form', { class: 'facet period', 'aria-labelledby': 'period-title',
    onsubmit: (e) => {
      e.preventDefault();
      const data = new FormData(e.target);
      go(withChange((s) => { s.from = data.get('from') || ''; s.to = data.get('to') || ''; }), { focus: 'results' });
    } },
  el('h2', { id: 'period-title', class: 'legend' }, 'Periode'),
  el('label', { for: 'from' }, 'Fra'), el('input', { type: 'date', id: 'from', name: 'from', value: state.from }),
  el('label', { for: 'to' }, 'Til'), el('input', { type: 'date', id: 'to', name: 'to', value: state.to }),
  el('button', { type: 'submit' }, 'Vis periode'));
  const focusKey = document.activeElement?.dataset?.focusKey;
  $('facets').replaceChildren(el('h2', { class: 'visually-hidden' }, 'Filtre'), ...groups.filter(Boolean), period);
  if (focusKey) restoreFocus(focusKey);
}

function renderHistogram(state, years) {
  const section = $('histogram');
  if (years.length === 0) { section.hidden = true; return; }
  const max = Math.max(...years.map((y) => y.count), 1);
  const chosen = state.filters.year;
  const focusKey = document.activeElement?.dataset?.focusKey;
  $('histogram-bars').replaceChildren(...years.map((y) => {
    const bar = el('span', { class: 'bar-fill', 'aria-hidden': 'true' });
    // Set through the CSSOM: the Content-Security-Policy forbids style attributes, not this.
    bar.style.height = `${Math.max(2, Math.round((y.count / max) * 100))}%`;
    return el('button', {
      type: 'button', class: 'bar', 'aria-pressed': String(chosen.includes(y.value)),
      'data-focus-key': `year:${y.value}`,
      'aria-label': `${y.value}: ${countText(y.count, 'punkt', 'punkter')}`,
      title: `${y.value}: ${countText(y.count, 'punkt', 'punkter')}`,
      onclick: () => toggleFilter('year', y.value, !chosen.includes(y.value)),
    }, el('span', { class: 'bar-count', 'aria-hidden': 'true' }, String(y.count)),
    el('span', { class: 'bar-track', 'aria-hidden': 'true' }, bar),
    el('span', { class: 'bar-year', 'aria-hidden': 'true' }, y.value));
  }));
  section.hidden = false;
  if (focusKey?.startsWith('year:')) restoreFocus(focusKey);
}

function renderChips(state) {
  const chips = [];
  for (const [name, label] of FACETS) {
    for (const v of state.filters[name]) chips.push({ label: `${label}: ${displayValue(name, v)}`, key: `${name}:${v}`,
      remove: (s) => { s.filters[name] = s.filters[name].filter((x) => x !== v); } });
  }
  if (state.from) chips.push({ label: `Fra ${danishDate(state.from)}`, key: 'from', remove: (s) => { s.from = ''; } });
  if (state.to) chips.push({ label: `Til ${danishDate(state.to)}`, key: 'to', remove: (s) => { s.to = ''; } });
  $('chips').hidden = chips.length === 0;
  $('chip-list').replaceChildren(...chips.map((c, i) => el('li', {}, el('button', {
    type: 'button', class: 'chip', 'aria-label': `Fjern filteret ${c.label}`, 'data-focus-key': `chip:${c.key}`,
    onclick: () => {
      // Focus goes to the chip that takes this one's place, or to "Ryd alle"'s place: the search box.
      const after = chips[i + 1] ?? chips[i - 1];
      go(withChange(c.remove), { focus: after ? `chip:${after.key}` : 'search' });
    },
  }, c.label, el('span', { class: 'chip-x', 'aria-hidden': 'true' }, ' ×')))));
}

function restoreFocus(key) {
  if (!key) return;
  if (key === 'results') { $('result-count').focus(); return; }
  if (key === 'search') { $('q').focus(); return; }
  const target = [...document.querySelectorAll('[data-focus-key]')].find((n) => n.dataset.focusKey === key);
  if (target && target !== document.activeElement) target.focus();
}
