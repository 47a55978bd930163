// The search box: an ARIA 1.2 combobox (editable, list autocomplete) over /api/suggest, which knows
// clinical terms and the lay words patients and writers use. https://www.w3.org/WAI/ARIA/apg/patterns/combobox/
import { h, clear } from './dom.js';
import { words } from './labels.js';

const kindWords = { 'condition': 'condition', 'outcome': 'outcome', 'intervention': 'treatment', 'adverse-event': 'adverse event' };

/** Returns the input and its listbox; onPick(suggestion) runs when an option is chosen. */
export function combobox({ id, name, value, placeholder, onPick }) {
  const listId = `${id}-listbox`;
  const input = h('input', {
    id, name, type: 'search', value: value ?? '', placeholder,
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', maxlength: '100',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', 'aria-label': 'Suggestions', hidden: true });
  let suggestions = [];
  let active = -1;
  let timer;
  let controller;

  function open(items) {
    suggestions = items;
    active = -1;
    clear(list);
    items.forEach((item, index) => list.append(option(item, index)));
    const show = items.length > 0;
    list.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    input.removeAttribute('aria-activedescendant');
  }

  function option(item, index) {
    const kinds = item.kinds.map(kind => kindWords[kind] ?? words(kind)).join(', ');
    return h('li', {
      id: `${id}-option-${index}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      // mousedown, not click: choosing must happen before the input's blur closes the list.
      onmousedown: event => { event.preventDefault(); pick(index); },
    },
    h('span', { class: 'suggestion-term' }, item.term),
    item.term.toLowerCase() !== item.label.toLowerCase() ? h('span', { class: 'suggestion-label' }, ` → ${item.label}`) : null,
    h('span', { class: 'suggestion-meta' }, ` · ${kinds} · ${item.count} ${item.count === 1 ? 'source' : 'sources'}`));
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function move(to) {
    if (list.hidden || suggestions.length === 0) return;
    active = (to + suggestions.length) % suggestions.length;
    [...list.children].forEach((item, index) => item.setAttribute('aria-selected', String(index === active)));
    const current = list.children[active];
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  function pick(index) {
    const chosen = suggestions[index];
    close();
    if (chosen) onPick(chosen);
  }

  async function suggest() {
    const text = input.value.trim();
    controller?.abort();
    if (text.length < 2) { open([]); return; }
    controller = new AbortController();
    try {
      const response = await fetch(`/api/suggest?q=${encodeURIComponent(text)}`, { signal: controller.signal });
      if (!response.ok) { open([]); return; }
      const items = await response.json();
      if (document.activeElement === input && input.value.trim() === text) open(items);
    } catch (error) {
      if (error.name !== 'AbortError') open([]);
    }
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, 120); });
  input.addEventListener('keydown', event => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (list.hidden) { suggest().then(() => move(0)); } else move(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(active - 1);
        break;
      case 'Enter':
        if (!list.hidden && active >= 0) { event.preventDefault(); pick(active); }
        else close();
        break;
      case 'Escape':
        if (!list.hidden) { event.preventDefault(); close(); }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { input, list };
}
