// The evidence map: /?view=map[&intervention=…][&condition=…] — conditions × outcomes; a cell opens the search for that pair.
import { h, link, scroller, failure } from '../dom.js';
import { getJson } from '../api.js';
import { fillConceptSelects } from '../concepts.js';
import { directions } from '../labels.js';
import { coverageNotice } from '../findings.js';

export async function renderMap(view, params, { navigate }) {
  const intervention = params.get('intervention') ?? '';
  const condition = params.get('condition') ?? '';
  view.append(h('h1', {}, 'Evidence map'));
  view.append(await chooser({ intervention, condition }, navigate));
  let map;
  try {
    map = await getJson('/api/map', { intervention, condition });
  } catch (error) {
    view.append(failure(error));
    return;
  }
  // A treatment or condition the library does not cover gets the same notice as the search and the summary, not an empty map.
  if (map.coverage && !map.coverage.covered) {
    view.append(coverageNotice(map.coverage));
    return;
  }
  view.append(h('p', {}, 'Each cell counts the sources with findings on that condition and outcome, with the best evidence level (1 best). ',
    'Its findings are kept apart by what they compare (before and after treatment, against no treatment, against another treatment), ',
    'each with the direction most of its findings point: directions of different comparisons are never added together. ',
    'Empty cells are gaps: no source in the corpus reports that outcome for that condition. Choose a cell to search its sources. ',
    'Outcomes and conditions with the most sources come first; laboratory (histology) outcomes come last.'));
  const cells = new Map(map.cells.map(c => [`${c.condition}\u0000${c.outcome}`, c]));
  const outcomes = byRelevance(map.outcomes, map.cells, 'outcome');
  const conditions = byRelevance(map.conditions, map.cells, 'condition');
  const scope = [intervention && `for ${intervention}`, condition && `on ${condition}`].filter(Boolean).join(' ');
  const table = h('table', { class: 'data evidence-map' },
    h('caption', {}, `Conditions (rows) by outcomes (columns)${scope ? ` ${scope}` : ''}: ${map.cells.length} cells with evidence`),
    h('thead', {}, h('tr', {}, h('td', {}), outcomes.map(o => h('th', { scope: 'col', 'data-outcome': o.id }, o.label)))),
    h('tbody', {}, conditions.map(c => h('tr', {},
      h('th', { scope: 'row' }, c.label),
      outcomes.map(o => cell(c, o, cells.get(`${c.id}\u0000${o.id}`), { intervention, condition }, navigate))))));
  view.append(scroller('Evidence map', table));
  view.append(h('p', { class: 'hint' }, 'Direction words: ', Object.values(directions).map(d => `${d.symbol} ${d.word}`).join(' · '), '.'),
    h('p', {}, link('/?view=summary', 'Outcome summary for one condition →')));
}

/** Narrows the map to one treatment and/or one condition; every vocabulary concept is offered, with its number of sources. */
async function chooser(state, navigate) {
  const treatment = h('select', { id: 'map-intervention', name: 'intervention' }, h('option', { value: '' }, 'All treatments'));
  const condition = h('select', { id: 'map-condition', name: 'condition' }, h('option', { value: '' }, 'All conditions'));
  await fillConceptSelects([treatment, 'intervention', state.intervention], [condition, 'condition', state.condition]);
  const form = h('form', { class: 'inline-form', action: '/', method: 'get' },
    h('div', { class: 'field' }, h('label', { for: 'map-intervention' }, 'Treatment'), treatment),
    h('div', { class: 'field' }, h('label', { for: 'map-condition' }, 'Condition'), condition),
    h('button', { type: 'submit' }, 'Show map'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams({ view: 'map' });
    if (treatment.value) params.set('intervention', treatment.value);
    if (condition.value) params.set('condition', condition.value);
    navigate(`/?${params}`);
  });
  return form;
}

/**
 * Clinical relevance first: the concepts with the most sources lead, so the filled cells sit at the top left
 * and a 1280 px screen shows them without scrolling sideways. Histology outcomes (tissue measures such as
 * collagen or epidermal thickness) are surrogate outcomes, which GRADE rates as indirect evidence for what
 * patients notice, so they go last whatever their counts. Ties keep the server's alphabetical order.
 */
function byRelevance(concepts, cells, key) {
  const sources = new Map();
  for (const c of cells) sources.set(c[key], (sources.get(c[key]) ?? 0) + c.sources);
  const surrogate = concept => /histolog/i.test(concept.label) ? 1 : 0;
  return concepts
    .map((concept, index) => ({ concept, index }))
    .sort((a, b) => surrogate(a.concept) - surrogate(b.concept)
      || (sources.get(b.concept.id) ?? 0) - (sources.get(a.concept.id) ?? 0)
      || a.index - b.index)
    .map(entry => entry.concept);
}

function cell(condition, outcome, data, scope, navigate) {
  if (!data) return h('td', { class: 'gap' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, 'Gap: no evidence'));
  const params = new URLSearchParams({ condition: condition.id, outcome: outcome.id });
  if (scope.intervention) params.set('intervention', scope.intervention);
  const sources = count(data.sources);
  // One comparison: its direction, worded with what it compares. Several: each on its own line, never one pooled direction.
  const several = data.comparisons.length > 1;
  const readings = data.comparisons.map(c => `${c.reading} (${count(c.sources)})`);
  const summary = several ? `${data.comparisons.length} comparisons, not pooled: ${readings.join('; ')}` : readings[0];
  // A button, not a link-styled div: focusable, and Enter or Space open the search.
  const button = h('button', {
    type: 'button', class: several ? 'map-cell several-comparisons' : `map-cell direction-${data.direction}`,
    'aria-label': `${condition.label}, ${outcome.label}: ${sources}, best level ${data.bestLevel}. ${summary}. Search these sources.`,
    onclick: () => navigate(`/?${params}`),
  },
  h('span', { class: 'cell-count' }, sources),
  h('span', { class: 'cell-level' }, `Level ${data.bestLevel}`),
  several ? h('span', { class: 'cell-several' }, `${data.comparisons.length} comparisons, not pooled:`) : null,
  data.comparisons.map(c => {
    const word = directions[c.direction] ?? { symbol: '' };
    return h('span', { class: `cell-direction direction-${c.direction}`, 'data-comparison': c.key },
      word.symbol ? h('span', { 'aria-hidden': 'true' }, `${word.symbol} `) : null, c.reading,
      several ? h('span', { class: 'hint' }, ` (${count(c.sources)})`) : null);
  }));
  return h('td', {}, button);
}

function count(n) {
  return `${n} ${n === 1 ? 'source' : 'sources'}`;
}
