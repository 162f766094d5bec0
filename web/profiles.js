// Pages about one thing across the archive: a project's timeline, the list of projects, a person.
// They live on "/" with ?vis=... because the service serves the page only at / and /moeder/{id}.
import { $, el, getJson, danishDate, typeName, outcomeBadge, countText, projectHref, meetingHref } from './dom.js';

async function load(what, path, render) {
  const status = $('page-status');
  status.className = 'status loading';
  status.textContent = `Henter ${what} …`;
  $('page-view').setAttribute('aria-busy', 'true');
  try {
    const body = await getJson(path);
    status.textContent = '';
    status.className = 'status';
    $('page-content').replaceChildren(...render(body));
  } catch (e) {
    status.className = 'status error';
    status.replaceChildren(e.status === 404
      ? `Arkivet har ingen ${what} med det navn.`
      : `Siden kunne ikke hentes. ${e.status === 0 ? e.message : 'Prøv igen om lidt.'}`,
    ' ', el('a', { href: '/' }, 'Gå til søgningen'));
  } finally {
    $('page-view').removeAttribute('aria-busy');
  }
}

/** One item in a list across meetings: date, committee, type, title (its permalink), outcome. */
function itemRow(item) {
  return el('li', { class: 'timeline-item' },
    el('time', { class: 'when', datetime: item.meetingDate }, danishDate(item.meetingDate)),
    el('div', { class: 'what' },
      el('a', { href: item.url }, `${item.number}. ${item.title}`),
      el('p', { class: 'meta' }, item.committee ?? 'Ukendt udvalg', ' · ', typeName(item.documentType),
        item.outcome ? ' ' : null, outcomeBadge(item.outcome))));
}

/** Items grouped under their year, oldest first as the API gives them; undated last. */
function timeline(items) {
  const years = new Map();
  for (const item of items) {
    const y = item.meetingDate?.slice(0, 4) ?? 'Uden dato';
    if (!years.has(y)) years.set(y, []);
    years.get(y).push(item);
  }
  return el('ol', { class: 'timeline' }, [...years].map(([year, list]) => el('li', { class: 'timeline-year' },
    el('h2', {}, year), el('ol', {}, list.map(itemRow)))));
}

export function showProject(name) {
  document.title = `${name} – Beslutningsarkiv`;
  return load('projekt', `/api/projects/${encodeURIComponent(name)}`, (p) => {
    const committees = new Set(p.items.map((i) => i.committee).filter(Boolean));
    return [
      el('p', { class: 'kicker' }, el('a', { href: '/?vis=projekter' }, 'Projekter'), ' › Tidslinje'),
      el('h1', {}, p.name),
      el('p', { class: 'lead' }, `${countText(p.total, 'punkt', 'punkter')} i ${countText(committees.size, 'udvalg', 'udvalg')}. `,
        el('a', { href: `/?project=${encodeURIComponent(p.name)}&sort=date` }, 'Søg i projektets punkter')),
      timeline(p.items),
    ];
  });
}

export function showProjects() {
  document.title = 'Projekter – Beslutningsarkiv';
  return load('projekter', '/api/projects', (body) => [
    el('h1', {}, 'Projekter'),
    el('p', { class: 'lead' }, `${countText(body.total, 'projekt', 'projekter')} nævnt i arkivets punkter.`),
    el('ul', { class: 'project-list' }, body.projects.map((p) => el('li', {},
      el('a', { href: projectHref(p.name) }, p.name),
      el('span', { class: 'meta' }, ` ${countText(p.items, 'punkt', 'punkter')}`,
        p.firstDate ? `, ${danishDate(p.firstDate)}${p.lastDate && p.lastDate !== p.firstDate ? ` – ${danishDate(p.lastDate)}` : ''}` : '')))),
  ]);
}

export function showPerson(name) {
  document.title = `${name} – Beslutningsarkiv`;
  return load('person', `/api/people/${encodeURIComponent(name)}`, (p) => {
    const others = (p.variants ?? []).filter((v) => v !== p.name);
    return [
      el('p', { class: 'kicker' }, 'Person'),
      el('h1', {}, p.name),
      others.length ? el('p', { class: 'lead' }, `Også skrevet: ${others.join(', ')}`) : null,
      el('p', {}, el('a', { href: `/?person=${encodeURIComponent(p.name)}&sort=date` }, `Søg i punkter med ${p.name}`)),
      el('section', { 'aria-labelledby': 'attended' },
        el('h2', { id: 'attended' }, `Møder (${p.meetings.length})`),
        p.meetings.length === 0 ? el('p', {}, 'Ikke opført som deltager i noget møde.') : el('ul', { class: 'person-meetings' },
          p.meetings.map((m) => el('li', {},
            el('a', { href: m.url ?? meetingHref(m.meetingId) }, `${m.committee ?? 'Ukendt udvalg'}, ${danishDate(m.meetingDate)}`),
            el('span', { class: 'meta' }, ` · ${typeName(m.documentType)}`,
              m.organisation || m.role ? ` · ${[m.organisation, m.role].filter(Boolean).join(', ')}` : ''))))),
      el('section', { 'aria-labelledby': 'named' },
        el('h2', { id: 'named' }, `Punkter (${p.items.length})`),
        p.items.length === 0 ? el('p', {}, 'Ikke nævnt i noget punkt.') : el('ul', { class: 'person-items' },
          p.items.map((entry) => {
            const row = itemRow(entry.item);
            if (entry.presented) row.querySelector('.meta').append(' ', el('span', { class: 'badge presenter' }, 'fremlagde'));
            return row;
          }))),
    ];
  });
}
