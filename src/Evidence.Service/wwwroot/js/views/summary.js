// The outcome summary: /?view=summary&condition=…[&outcome=…][&intervention=…]
import { h, add, link, scroller, failure } from '../dom.js';
import { getJson } from '../api.js';
import { fillConceptSelects } from '../concepts.js';
import { reading, certainty, words } from '../labels.js';
import { copyButton } from '../copy.js';
import { coverageNotice } from '../findings.js';
import { sourcesToCheck } from '../cautions.js';

export async function renderSummary(view, params, { navigate }) {
  const condition = params.get('condition') ?? '';
  const outcome = params.get('outcome') ?? '';
  const intervention = params.get('intervention') ?? '';
  view.append(h('h1', {}, 'Outcome summary'));
  view.append(await chooser({ condition, outcome, intervention }, navigate));
  if (!condition) {
    view.append(h('p', {}, 'Choose a condition to see, for each outcome, how many sources report it, how strong they are and which way they point.'));
    return;
  }
  let summary;
  try {
    summary = await getJson('/api/summary', { condition, outcome, intervention });
  } catch (error) {
    view.append(failure(error));
    return;
  }
  view.append(h('h2', { class: 'summary-title' }, summary.condition.label,
    summary.intervention ? ` · ${summary.intervention.label}` : ''));
  if (summary.coverage && !summary.coverage.covered) {
    view.append(coverageNotice(summary.coverage));
    return;
  }
  const title = await titles(summary);
  if (summary.flagged?.length) view.append(flagged(summary.flagged, title, summary.flaggedTotal ?? summary.flagged.length));
  add(view, outcomeTable(summary), outcomeFindings(summary), adverseTable(summary, title));
  if (summary.certaintyRule) view.append(h('section', { class: 'source-section' }, h('h2', {}, 'How certainty is judged'), h('p', {}, summary.certaintyRule)));
}

async function chooser(state, navigate) {
  const select = h('select', { id: 'summary-condition', name: 'condition', required: true },
    h('option', { value: '' }, 'Choose a condition…'));
  const outcomeSelect = h('select', { id: 'summary-outcome', name: 'outcome' }, h('option', { value: '' }, 'All outcomes'));
  await fillConceptSelects([select, 'condition', state.condition], [outcomeSelect, 'outcome', state.outcome]);
  const form = h('form', { class: 'inline-form', action: '/', method: 'get' },
    h('div', { class: 'field' }, h('label', { for: 'summary-condition' }, 'Condition'), select),
    h('div', { class: 'field' }, h('label', { for: 'summary-outcome' }, 'Outcome (optional)'), outcomeSelect),
    h('button', { type: 'submit' }, 'Show summary'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams({ view: 'summary', condition: select.value });
    if (outcomeSelect.value) params.set('outcome', outcomeSelect.value);
    if (state.intervention) params.set('intervention', state.intervention);
    navigate(`/?${params}`);
  });
  return form;
}

/**
 * Flagged sources and adverse-event reports carry only ids. The findings carry most titles; one search by
 * condition brings the rest (sources with adverse events but no finding on an outcome shown).
 */
async function titles(summary) {
  const known = new Map(summary.outcomes.flatMap(o => o.comparisons.flatMap(c => c.findings ?? [])).map(f => [f.sourceId, f.title]));
  const ids = [...(summary.flagged ?? []).map(f => f.sourceId), ...summary.adverseEvents.flatMap(a => [...a.reports, ...(a.notSeen ?? [])].map(r => r.sourceId))];
  if (ids.some(id => !known.has(id))) {
    try {
      const found = await getJson('/api/evidence', { condition: summary.condition.id, pageSize: 100 });
      for (const item of found.items) if (!known.has(item.id)) known.set(item.id, item.title);
    } catch { /* the ids still link to their sources */ }
  }
  return id => known.get(id) ?? id;
}

function flagged(items, title, total) {
  const list = h('ul', {}, items.map(f => h('li', {}, link(`/?view=source&id=${encodeURIComponent(f.sourceId)}`, title(f.sourceId)), `: ${f.caution}`)));
  return h('section', { class: 'review-box review-box-flagged', 'aria-labelledby': 'flagged-heading' },
    h('h2', { id: 'flagged-heading' }, `⚠ ${total} ${total === 1 ? 'source needs' : 'sources need'} checking`),
    total > items.length ? h('p', { class: 'hint' }, `The first ${items.length} are listed.`) : null,
    h('p', {}, 'These summaries are drafts, partly verified or imported: they count below, but check them against the source.'),
    // A long list would push the tables off the screen: it opens on request.
    items.length > 3 ? h('details', { class: 'flagged-list' }, h('summary', {}, `Show the ${items.length} sources and what is unverified`), list) : list);
}

/**
 * One row per outcome and comparison, like a Cochrane summary-of-findings table: a certainty is only ever stated for
 * one comparison, and each direction is worded with the comparison it belongs to.
 */
function outcomeTable(summary) {
  const head = ['Outcome', 'Comparison', 'Sources', 'Designs', 'Participants', 'Best level', 'Findings', 'Certainty'];
  const rows = summary.outcomes.flatMap(o => o.comparisons.map(c => h('tr', { class: o.harm ? 'harm-row' : null },
    h('th', { scope: 'row' }, o.outcome.label, o.harm ? h('span', { class: 'harm-badge' }, ' harm') : null),
    cell(head[1], { class: 'comparison' }, comparison(c)),
    cell(head[2], { class: 'number' }, String(c.sources)),
    cell(head[3], {}, h('ul', { class: 'plain' }, c.designs.map(d => h('li', {}, `${d.label}: ${d.count}`)))),
    cell(head[4], {}, c.participants ? `${c.participants}` : 'Not reported',
      c.participantsKnownFor < c.sources ? h('span', { class: 'hint' }, ` (known for ${c.participantsKnownFor} of ${c.sources} sources)`) : null),
    cell(head[5], {}, `Level ${c.bestLevel}`),
    cell(head[6], {}, h('ul', { class: 'plain' }, c.directions.map(d => h('li', {}, h('span', { class: `direction reading direction-${d.direction}` }, d.reading), `: ${d.count}`)))),
    cell(head[7], {}, h('strong', {}, certainty(c.certainty)),
      c.certaintyReasons?.length ? h('ul', { class: 'reasons' }, c.certaintyReasons.map(r => h('li', {}, r))) : null))));
  const table = h('table', { class: 'data stack summary-table' },
    h('caption', {}, 'Outcomes by comparison: sources, designs, participants, best evidence level, findings and the certainty of each comparison'),
    h('thead', {}, h('tr', {}, head.map(text => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: String(head.length) }, 'No annotated findings for this condition.'))));
  return h('section', { 'aria-labelledby': 'outcomes-heading' }, h('h2', { id: 'outcomes-heading' }, 'Outcomes'), scroller('Outcomes table', table));
}

const comparisonKinds = {
  'before-after': 'no comparison group',
  'inactive-control': 'against no treatment, placebo or sham',
  'active-comparator': 'against another treatment',
};

/** The comparison, its kind in words, and, for a requested treatment, whether it answers it directly. */
function comparison(c) {
  return [
    h('span', { class: 'comparison-label' }, c.comparison.label),
    h('span', { class: 'hint' }, ` (${comparisonKinds[c.comparison.kind] ?? words(c.comparison.kind)})`),
    c.fit?.directness === 'indirect' ? h('p', { class: 'indirect' }, h('strong', {}, 'Indirect: '), c.fit.reason) : null,
  ];
}

/** A cell that names its column, so that on a phone, where rows stack, each value keeps its heading. */
function cell(column, attributes, ...children) {
  return h('td', { ...attributes, 'data-label': column }, h('div', {}, ...children));
}

function outcomeFindings(summary) {
  const groups = summary.outcomes.flatMap(o => o.comparisons.filter(c => c.findings?.length).map(c => ({ o, c })));
  if (groups.length === 0) return null;
  return h('section', { 'aria-labelledby': 'findings-heading' },
    h('h2', { id: 'findings-heading' }, 'Findings by outcome and comparison'),
    groups.map(({ o, c }) => h('details', { class: 'outcome-findings' },
      h('summary', {}, `${o.outcome.label} · ${c.comparison.label}: ${c.findingsTotal} ${c.findingsTotal === 1 ? 'finding' : 'findings'}`),
      c.findingsTotal > c.findings.length ? h('p', { class: 'hint' }, `Showing the strongest ${c.findings.length} of ${c.findingsTotal}.`) : null,
      sourcesToCheck(c.findings),
      h('ul', { class: 'finding-cards' }, c.findings.map(f => h('li', {},
        h('p', {}, link(`/?view=source&id=${encodeURIComponent(f.sourceId)}`, f.title), ` (${f.year}) · ${words(f.design)} · Level ${f.level}`),
        h('p', {}, reading(f), ' ', f.finding.effect, ' ', h('span', { class: 'certainty' }, `Certainty: ${certainty(f.finding.certainty).toLowerCase()}.`)),
        h('p', { class: 'citation-inline' }, f.citation, ' ', copyButton(`Copy citation: ${f.title}`, () => f.citation))))))));
}

/** Reports of each harm; events a source looked for and did not see are listed apart and never counted as reports. */
function adverseTable(summary, title) {
  const head = ['Event', 'Sources reporting', 'Frequency as reported', 'Worst severity', 'Looked for, not seen'];
  const source = r => link(`/?view=source&id=${encodeURIComponent(r.sourceId)}`, title(r.sourceId));
  const rows = summary.adverseEvents.map(a => h('tr', {},
    h('th', { scope: 'row' }, a.event.label),
    cell(head[1], { class: 'number' }, String(a.sources)),
    cell(head[2], {}, a.reports.length ? h('ul', { class: 'plain' }, a.reports.map(r => h('li', {},
      r.frequency ?? 'Frequency not reported', ' ', h('span', { class: 'hint' }, '— '), source(r)))) : h('span', { class: 'hint' }, 'No source reports it'),
      a.reportsTotal > a.reports.length ? h('p', { class: 'hint' }, `The ${a.reports.length} most severe of ${a.reportsTotal} reports.`) : null),
    cell(head[3], {}, a.sources ? severity(a.worstSeverity) : '—'),
    cell(head[4], { class: 'not-seen' }, a.notSeen?.length ? h('ul', { class: 'plain' }, a.notSeen.map(r => h('li', {},
      r.frequency ?? 'Not seen', ' ', h('span', { class: 'hint' }, '— '), source(r)))) : '—',
      a.notSeenTotal > (a.notSeen?.length ?? 0) ? h('p', { class: 'hint' }, `${a.notSeen.length} of ${a.notSeenTotal} listed.`) : null)));
  const table = h('table', { class: 'data stack adverse-table' },
    h('caption', {}, 'Adverse events: sources reporting each, frequencies as reported, the worst severity reported, and sources that looked for the event and did not see it (not counted as reports)'),
    h('thead', {}, h('tr', {}, head.map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: String(head.length) }, 'No adverse events reported.'))));
  return h('section', { 'aria-labelledby': 'adverse-heading' }, h('h2', { id: 'adverse-heading' }, 'Adverse events'), scroller('Adverse events table', table));
}

function severity(id) {
  return id === 'not-reported' ? 'Not reported' : words(id);
}
