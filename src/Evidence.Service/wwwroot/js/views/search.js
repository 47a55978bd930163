// The search view: /?q=…&condition=…&outcome=…&intervention=…&design=…&minLevel=…&yearFrom=…&yearTo=…&sort=…&page=…&pageSize=…
import { h, link, snippet, announce, failure } from '../dom.js';
import { getJson, toParams } from '../api.js';
import { combobox } from '../combobox.js';
import { levelBadge, reviewBadge, words } from '../labels.js';
import { findingList, adverseList, coverageNotice } from '../findings.js';

const defaultPageSize = 20;
const facetLimit = 8;
const listParams = ['condition', 'outcome', 'design'];
const singleParams = ['q', 'intervention', 'minLevel', 'yearFrom', 'yearTo', 'reviewStatus', 'sort', 'page', 'pageSize'];
let filtersOpen = null; // null: open on a wide screen, closed on a phone, until the reader toggles it

/** The search state as a plain object read from the URL. */
export function readState(params) {
  const state = {};
  for (const name of listParams) state[name] = params.getAll(name).filter(Boolean);
  for (const name of singleParams) state[name] = params.get(name) ?? '';
  return state;
}

/** The URL of a search state; any change of filter goes back to page 1. */
export function searchUrl(state) {
  const params = toParams(state);
  if (params.get('page') === '1') params.delete('page');
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

export async function renderSearch(view, params, { navigate }) {
  const state = readState(params);
  const go = change => navigate(searchUrl({ ...state, page: '', ...change }), { keepFocus: true });

  view.append(h('h1', {}, 'Search the evidence'));
  view.append(searchForm(state, go));

  let response, libraryDraft;
  try {
    [response, libraryDraft] = await Promise.all([
      getJson('/api/evidence', toParams({ ...state, pageSize: state.pageSize || defaultPageSize })),
      isLibraryDraft()]);
  } catch (error) {
    view.append(failure(error));
    return;
  }
  const labels = facetLabels(response.facets);
  if (libraryDraft) view.append(libraryNotice());
  view.append(activeFilters(state, labels, go));
  view.append(h('div', { class: 'search-layout' },
    filters(state, response.facets, go),
    results(state, response, go, { libraryDraft })));
  announce(`${response.total} ${response.total === 1 ? 'source' : 'sources'} found`);
}

/**
 * True when no source in the library has been reviewed by a second person. Said once above the results
 * instead of on every card: a warning repeated on every card is a warning readers learn to skip.
 */
let libraryDraftAnswer;
function isLibraryDraft() {
  libraryDraftAnswer ??= getJson('/api/evidence', { reviewStatus: 'reviewed', pageSize: 1 })
    .then(page => page.total === 0, () => { libraryDraftAnswer = undefined; return false; });
  return libraryDraftAnswer;
}

function libraryNotice() {
  return h('p', { class: 'caution library-notice', id: 'library-notice' },
    h('strong', {}, 'Every source in this library is a draft: '),
    'no summary has yet been reviewed by a second person. Check a finding or a citation against its source before you rely on it. ',
    'Cards below warn only about what is specific to that source.');
}

function searchForm(state, go) {
  const { input, list } = combobox({
    id: 'q', name: 'q', value: state.q, placeholder: 'e.g. acne scars, stretch marks, hair loss',
    onPick: suggestion => {
      const kinds = suggestion.kinds;
      if (kinds.includes('condition')) go({ q: '', condition: unique([...state.condition, suggestion.id]) });
      else if (kinds.includes('outcome')) go({ q: '', outcome: unique([...state.outcome, suggestion.id]) });
      else if (kinds.includes('intervention')) go({ q: '', intervention: suggestion.id });
      else go({ q: suggestion.term });
    },
  });
  const form = h('form', { role: 'search', class: 'search-form', action: '/', method: 'get' },
    h('label', { for: 'q' }, 'Condition, outcome, treatment or any words (clinical or everyday)'),
    h('div', { class: 'search-row' },
      h('div', { class: 'combobox' }, input, list),
      h('button', { type: 'submit' }, 'Search')),
    h('p', { class: 'hint', id: 'q-hint' }, 'Suggestions appear as you type: use the arrow keys and Enter to pick one.'));
  input.setAttribute('aria-describedby', 'q-hint');
  form.addEventListener('submit', event => {
    event.preventDefault();
    go({ q: input.value.trim() });
  });
  return form;
}

function facetLabels(facets) {
  const labels = new Map();
  for (const [name, values] of Object.entries(facets)) for (const value of values) labels.set(`${name}:${value.value}`, value.label);
  return labels;
}

function activeFilters(state, labels, go) {
  const chips = [];
  const chip = (text, change) => chips.push(h('li', {},
    h('button', { type: 'button', class: 'chip', onclick: () => go(change), 'aria-label': `Remove filter: ${text}` },
      text, h('span', { 'aria-hidden': 'true' }, ' ✕'))));
  for (const name of listParams) {
    for (const value of state[name]) {
      chip(`${words(name)}: ${labels.get(`${name}:${value}`) ?? value}`, { [name]: state[name].filter(v => v !== value) });
    }
  }
  if (state.intervention) chip(`Treatment: ${words(state.intervention)}`, { intervention: '' });
  if (state.minLevel) chip(`Level ${state.minLevel} or better`, { minLevel: '' });
  if (state.yearFrom || state.yearTo) chip(`Years ${state.yearFrom || '…'}–${state.yearTo || '…'}`, { yearFrom: '', yearTo: '' });
  if (state.reviewStatus) chip(`Review: ${words(state.reviewStatus)}`, { reviewStatus: '' });
  if (chips.length === 0) return h('div', { class: 'active-filters', hidden: true });
  return h('div', { class: 'active-filters' },
    h('p', { id: 'active-filters-label', class: 'hint' }, 'Active filters:'),
    h('ul', { 'aria-labelledby': 'active-filters-label' }, chips),
    chips.length > 1 ? link(searchUrl({ q: state.q }), 'Clear all filters') : null);
}

function filters(state, facets, go) {
  const details = h('details', { class: 'filters', id: 'filters' },
    h('summary', {}, h('h2', { class: 'filters-title' }, 'Filters')));
  details.open = filtersOpen ?? matchMedia('(min-width: 48rem)').matches;
  details.addEventListener('toggle', () => { filtersOpen = details.open; });
  details.append(
    checkboxes('condition', 'Condition', facets.condition, state, go),
    checkboxes('outcome', 'Outcome', facets.outcome, state, go),
    checkboxes('design', 'Study design', facets.design, state, go),
    levels(state, facets.level, go),
    years(state, facets.year, go));
  return details;
}

function checkboxes(name, legend, values, state, go) {
  const selected = state[name];
  const shown = [...values];
  for (const value of selected) if (!shown.some(v => v.value === value)) shown.push({ value, label: words(value), count: 0 });
  const fieldset = h('fieldset', { class: 'facet' }, h('legend', {}, legend));
  if (shown.length === 0) fieldset.append(h('p', { class: 'hint' }, 'None in these results.'));
  // A long list shows its largest values; the rest (never a checked one) open on request.
  const first = shown.filter((value, index) => index < facetLimit || selected.includes(value.value));
  const rest = shown.filter(value => !first.includes(value));
  const option = value => {
    const id = `f-${name}-${value.value}`;
    const box = h('input', { type: 'checkbox', id, name, value: value.value, checked: selected.includes(value.value) });
    box.addEventListener('change', () => go({ [name]: box.checked ? unique([...selected, value.value]) : selected.filter(v => v !== value.value) }));
    return h('div', { class: 'facet-option' }, box,
      h('label', { for: id }, value.label, ' ', h('span', { class: 'count' }, `(${value.count})`)));
  };
  fieldset.append(...first.map(option));
  if (rest.length) fieldset.append(h('details', { class: 'facet-more' }, h('summary', {}, `${rest.length} more`), rest.map(option)));
  return fieldset;
}

function levels(state, values, go) {
  const counts = new Map(values.map(v => [Number(v.value), v.count]));
  const current = Number(state.minLevel) || 0;
  const fieldset = h('fieldset', { class: 'facet' }, h('legend', {}, 'Evidence level (Oxford CEBM, 1 best)'));
  const options = [[0, 'Any level'], [1, 'Level 1 only'], [2, 'Level 2 or better'], [3, 'Level 3 or better'], [4, 'Level 4 or better']];
  for (const [level, label] of options) {
    const id = `f-level-${level}`;
    // Facets count the current results, so a count is only known for options at least as strict as the current one.
    const known = current === 0 || (level !== 0 && level <= current);
    const count = level === 0 ? [...counts.values()].reduce((a, b) => a + b, 0) : [...counts].filter(([l]) => l <= level).reduce((a, [, c]) => a + c, 0);
    const radio = h('input', { type: 'radio', id, name: 'minLevel', value: String(level), checked: level === current });
    radio.addEventListener('change', () => go({ minLevel: level === 0 ? '' : String(level) }));
    fieldset.append(h('div', { class: 'facet-option' }, radio,
      h('label', { for: id }, label, known ? [' ', h('span', { class: 'count' }, `(${count})`)] : null)));
  }
  return fieldset;
}

function years(state, values, go) {
  const found = values.map(v => Number(v.value)).filter(Number.isFinite);
  const from = h('input', { type: 'number', id: 'f-year-from', name: 'yearFrom', inputmode: 'numeric', min: '1900', max: '2100', value: state.yearFrom });
  const to = h('input', { type: 'number', id: 'f-year-to', name: 'yearTo', inputmode: 'numeric', min: '1900', max: '2100', value: state.yearTo });
  const form = h('form', { class: 'facet years' },
    h('fieldset', {},
      h('legend', {}, 'Publication year'),
      found.length ? h('p', { class: 'hint' }, `Results span ${Math.min(...found)}–${Math.max(...found)}.`) : null,
      h('div', { class: 'year-row' },
        h('label', { for: 'f-year-from' }, 'From'), from,
        h('label', { for: 'f-year-to' }, 'To'), to),
      h('button', { type: 'submit', id: 'f-year-apply' }, 'Apply years')));
  form.addEventListener('submit', event => { event.preventDefault(); go({ yearFrom: from.value, yearTo: to.value }); });
  return form;
}

function results(state, response, go, context) {
  const section = h('section', { class: 'results', 'aria-labelledby': 'results-heading' });
  const pages = Math.max(1, Math.ceil(response.total / response.pageSize));
  const sort = h('select', { id: 'sort', name: 'sort' },
    [['relevance', 'Relevance'], ['level', 'Evidence level'], ['year', 'Newest first']].map(([value, label]) =>
      h('option', { value, selected: (state.sort || 'relevance') === value }, label)));
  sort.addEventListener('change', () => go({ sort: sort.value === 'relevance' ? '' : sort.value }));
  section.append(h('div', { class: 'results-head' },
    h('h2', { id: 'results-heading' }, `${response.total} ${response.total === 1 ? 'source' : 'sources'}`,
      pages > 1 ? h('span', { class: 'hint' }, ` · page ${response.page} of ${pages}`) : null),
    h('div', { class: 'sort' }, h('label', { for: 'sort' }, 'Sort by'), sort)));
  if (response.items.length > 0) section.append(rankingNote(state, response.ranking));
  if (response.coverage && !response.coverage.covered) {
    section.append(uncovered(state, response.coverage));
    if (response.items.length === 0) return section;
  }
  if (response.coverage?.unknownWords?.length) section.append(h('p', { class: 'hint unknown-words', role: 'status' }, response.coverage.message));
  if (response.items.length === 0) {
    section.append(h('p', { class: 'notice' }, 'No source matches. Try fewer filters or other words.'));
    return section;
  }
  section.append(h('ol', { class: 'result-list', start: String((response.page - 1) * response.pageSize + 1) }, response.items.map(item => result(item, context))));
  if (pages > 1) section.append(paging(state, response.page, pages));
  return section;
}

/**
 * How a relevance order was made, in a reader's words: by meaning and words when sentence vectors re-ranked the top
 * of the list (the API's ranking "hybrid"), else by the words shared with the question. Nothing for another sort or
 * for a list without words to rank by.
 */
function rankingNote(state, ranking) {
  if (!state.q?.trim() || (state.sort && state.sort !== 'relevance')) return null;
  return ranking === 'hybrid'
    ? h('p', { class: 'hint ranking', id: 'ranking' }, 'Ranked by meaning and words: sources close in meaning to your question come first, even when they use other words.')
    : h('p', { class: 'hint ranking', id: 'ranking' }, 'Ranked by words: sources that use more of your words, or their clinical names, come first.');
}

/**
 * The answer to a question the library does not cover: what it has nothing on, the nearest topics it does cover, and
 * the search without the uncovered words (never the rest of the question's results presented as an answer).
 */
function uncovered(state, coverage) {
  const without = coverage.notCovered.reduce((text, gap) => text.replace(new RegExp(escapeRegExp(gap.text), 'i'), ' '), state.q ?? '')
    .replace(/\s+/g, ' ').trim();
  return coverageNotice(coverage,
    coverage.withheld && without && without !== state.q
      ? h('p', {}, `${coverage.withheld} ${coverage.withheld === 1 ? 'source matches' : 'sources match'} the other words, without the part above: `,
        link(searchUrl({ ...state, q: without, page: '' }), `search for \u201c${without}\u201d instead`), '.')
      : null);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function result(item, { libraryDraft = false } = {}) {
  return h('li', {},
    h('article', { class: 'result', 'aria-labelledby': `r-${item.id}` },
      h('h3', { id: `r-${item.id}` }, link(`/?view=source&id=${encodeURIComponent(item.id)}`, item.title)),
      h('p', { class: 'meta' },
        h('span', {}, item.year ? String(item.year) : 'No date'), ' · ', h('span', {}, item.designLabel), ' ',
        levelBadge(item.level, item.levelLabel), ' ', reviewBadge(item.reviewStatus, item.verification)),
      cardWarnings(item, libraryDraft),
      item.findings.length ? [h('h4', {}, 'Findings'), findingList(item.findings)] : null,
      item.adverseEvents.length ? [h('h4', {}, 'Adverse events'), adverseList(item.adverseEvents)] : null,
      item.snippet ? h('p', { class: 'snippet' }, snippet(item.snippet)) : null));
}

/**
 * What this card must say about its own source. When the whole library is draft, the draft status is in the
 * library notice, so a card speaks only of what differs: an imported, unannotated record, fields of this
 * source that were not verified, and a citation that still needs something.
 */
function cardWarnings(item, libraryDraft) {
  if (!libraryDraft) return item.caution ? h('p', { class: 'caution' }, h('strong', {}, 'Take care: '), item.caution) : null;
  const specific = [];
  if (item.reviewStatus === 'imported') specific.push('Imported record: bibliographic data only, findings not yet annotated.');
  else if (item.verification !== 'verified' && item.caution) specific.push(item.caution.replace(/^Draft summary, not yet reviewed by a second person; /, '').replace(/^./, c => c.toUpperCase()));
  if (item.citationWarning) specific.push(`Citation: ${item.citationWarning}.`);
  if (specific.length === 0) return null;
  return h('p', { class: 'caution card-warning' }, h('strong', {}, 'Take care: '), specific.join(' '));
}

function paging(state, page, pages) {
  const at = p => searchUrl({ ...state, page: String(p) });
  return h('nav', { class: 'paging', 'aria-label': 'Result pages' },
    page > 1 ? link(at(page - 1), '← Previous page') : h('span', { class: 'hint' }, '← Previous page'),
    h('span', {}, `Page ${page} of ${pages}`),
    page < pages ? link(at(page + 1), 'Next page →') : h('span', { class: 'hint' }, 'Next page →'));
}

function unique(values) {
  return [...new Set(values)];
}
