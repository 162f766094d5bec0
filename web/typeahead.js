// Typeahead on the search box, as an ARIA combobox: the list follows the word being typed, arrow
// keys move through it while focus stays in the box, Enter takes a suggestion, Escape closes.
import { el, getJson } from './dom.js';

const KINDS = { committee: 'Udvalg', project: 'Projekt', person: 'Person', word: 'Ord' };
const DELAY_MS = 150; // fewer requests while typing fast, still feels immediate
const LIMIT = 8;

/**
 * Wires the box and its list. onChoose(q, filter) is called with the new query and, for a
 * committee, project or person, the filter to add ({name, value}) in place of the typed word.
 */
export function attachTypeahead(input, list, onChoose) {
  let suggestions = [];
  let active = -1;
  let timer = 0;
  let inflight = null;

  const lastWord = () => {
    const m = /(\S+)$/.exec(input.value);
    return m ? m[1] : '';
  };

  function close() {
    suggestions = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', list.children[i].id);
      list.children[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(s) {
    const before = input.value.replace(/\S+$/, '');
    close();
    if (s.kind === 'word') {
      input.value = before + s.value;
      onChoose(input.value);
    } else {
      input.value = before.trimEnd();
      onChoose(input.value, { name: s.kind, value: s.value });
    }
  }

  async function fetchSuggestions() {
    const word = lastWord();
    inflight?.abort();
    if (word.length < 2 || word.includes('"') || word.includes(':')) { close(); return; }
    const controller = new AbortController();
    inflight = controller;
    try {
      const body = await getJson(`/api/suggest?q=${encodeURIComponent(word)}&limit=${LIMIT}`, controller.signal);
      // The box may have moved on, or lost focus, while the answer travelled.
      if (controller.signal.aborted || lastWord() !== word || document.activeElement !== input) return;
      suggestions = body.suggestions ?? [];
      if (suggestions.length === 0) { close(); return; }
      list.replaceChildren(...suggestions.map((s, i) => el('li', {
        id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: `suggestion kind-${s.kind}`,
        // mousedown, not click: a click would first blur the box and close the list.
        onmousedown: (e) => { e.preventDefault(); choose(s); },
      }, el('span', { class: 'kind' }, KINDS[s.kind] ?? s.kind), ' ', el('span', { class: 'value' }, s.value))));
      active = -1;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } catch (e) {
      // Typeahead is a help, not a must: a failed lookup just shows no list.
      if (e.name !== 'AbortError') close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && suggestions.length > 0;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      highlight((active + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      highlight(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      choose(suggestions[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter') {
      clearTimeout(timer);
      inflight?.abort();
      close();
    }
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    close();
  });
}
