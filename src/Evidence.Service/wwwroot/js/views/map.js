// The evidence map: /?view=map[&intervention=…] — conditions × outcomes; a cell opens the search for that pair.
import { h, link, scroller, failure } from '../dom.js';
import { getJson } from '../api.js';
import { directions } from '../labels.js';

export async function renderMap(view, params, { navigate }) {
  const intervention = params.get('intervention') ?? '';
  view.append(h('h1', {}, 'Evidence map'));
  view.append(h('p', {}, 'Each cell counts the sources with findings on that condition and outcome, with the best evidence level (1 best) and the direction most findings point. ',
    'Empty cells are gaps: no source in the corpus reports that outcome for that condition. Choose a cell to search its sources. ',
    'Outcomes and conditions with the most sources come first; laboratory (histology) outcomes come last.'));
  let map;
  try {
    map = await getJson('/api/map', { intervention });
  } catch (error) {
    view.append(failure(error));
    return;
  }
  const cells = new Map(map.cells.map(c => [`${c.condition}\u0000${c.outcome}`, c]));
  const outcomes = byRelevance(map.outcomes, map.cells, 'outcome');
  const conditions = byRelevance(map.conditions, map.cells, 'condition');
  const table = h('table', { class: 'data evidence-map' },
    h('caption', {}, `Conditions (rows) by outcomes (columns)${intervention ? ` for ${intervention}` : ''}: ${map.cells.length} cells with evidence`),
    h('thead', {}, h('tr', {}, h('td', {}), outcomes.map(o => h('th', { scope: 'col', 'data-outcome': o.id }, o.label)))),
    h('tbody', {}, conditions.map(c => h('tr', {},
      h('th', { scope: 'row' }, c.label),
      outcomes.map(o => cell(c, o, cells.get(`${c.id}\u0000${o.id}`), intervention, navigate))))));
  if (map.sourcesNotRead) view.append(h('p', { class: 'caution' }, `Only the first 100,000 sources were read; ${map.sourcesNotRead} more were not, so the cells leave them out.`));
  view.append(scroller('Evidence map', table));
  view.append(h('p', { class: 'hint' }, 'Direction words: ', Object.values(directions).map(d => `${d.symbol} ${d.word}`).join(' · '), '.'),
    h('p', {}, link('/?view=summary', 'Outcome summary for one condition →')));
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

function cell(condition, outcome, data, intervention, navigate) {
  if (!data) return h('td', { class: 'gap' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, 'Gap: no evidence'));
  const params = new URLSearchParams({ condition: condition.id, outcome: outcome.id });
  if (intervention) params.set('intervention', intervention);
  const word = directions[data.direction] ?? { word: data.direction, symbol: '' };
  const sources = `${data.sources} ${data.sources === 1 ? 'source' : 'sources'}`;
  // A button, not a link-styled div: focusable, and Enter or Space open the search.
  const button = h('button', {
    type: 'button', class: `map-cell direction-${data.direction}`,
    'aria-label': `${condition.label}, ${outcome.label}: ${sources}, best level ${data.bestLevel}, ${word.word.toLowerCase()}. Search these sources.`,
    onclick: () => navigate(`/?${params}`),
  },
  h('span', { class: 'cell-count' }, sources),
  h('span', { class: 'cell-level' }, `Level ${data.bestLevel}`),
  h('span', { class: 'cell-direction' }, word.symbol ? `${word.symbol} ` : '', word.word));
  return h('td', {}, button);
}
