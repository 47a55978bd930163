// Findings and adverse events as the search results and the source page list them, and what the library does not cover.
import { h, link } from './dom.js';
import { direction, certainty, words } from './labels.js';

/** Findings with labels (the search API's FindingView): direction in words, topic, effect, certainty. */
export function findingList(findings) {
  return h('ul', { class: 'findings' }, findings.map(f => h('li', {},
    direction(f.direction), ' ',
    h('span', { class: 'finding-topic' }, `${f.conditionLabel} — ${f.outcomeLabel}`),
    f.interventionLabel ? h('span', { class: 'hint' }, ` (${f.interventionLabel}${f.comparatorLabel ? ` vs ${f.comparatorLabel}` : ''})`) : null,
    ': ', f.effect, ' ',
    h('span', { class: 'certainty' }, `Certainty: ${certainty(f.certainty).toLowerCase()}.`))));
}

/**
 * Adverse events with labels: frequency as reported, severity in words. An event the source looked for and did not
 * see (`observed: false`) says so and is never shown as a report of the event.
 */
export function adverseList(events) {
  return h('ul', { class: 'adverse' }, events.map(a => a.observed === false
    ? h('li', { class: 'not-seen' }, h('strong', {}, a.label), ': looked for, not seen', a.frequency ? ` (${a.frequency})` : '', a.note ? ` ${a.note}` : '')
    : h('li', {},
      h('strong', {}, a.label), a.frequency ? `: ${a.frequency}` : '',
      ` (severity: ${a.severity === 'not-reported' ? 'not reported' : words(a.severity).toLowerCase()})`,
      a.note ? ` ${a.note}` : '')));
}

/** A stored finding (concept ids) with the labels the source API sends beside it. */
export function labelled(finding, label) {
  return {
    ...finding,
    conditionLabel: label(finding.condition),
    outcomeLabel: label(finding.outcome),
    interventionLabel: finding.intervention ? label(finding.intervention) : null,
    comparatorLabel: finding.comparator ? label(finding.comparator) : null,
  };
}

/**
 * What of a question the library does not cover (the API's `coverage`), shown instead of an answer: the plain
 * message, the nearest covered topics (each a search), and any further paragraphs.
 */
export function coverageNotice(coverage, ...more) {
  return h('div', { class: 'notice coverage-notice', role: 'status' },
    h('p', {}, h('strong', {}, coverage.message)),
    coverage.nearest.length
      ? [h('p', {}, 'Nearest topics the library covers:'),
        h('ul', { class: 'nearest' }, coverage.nearest.map(c => h('li', {},
          link(`/?q=${encodeURIComponent(c.label)}`, c.label), h('span', { class: 'hint' }, ` (${c.sources} ${c.sources === 1 ? 'source' : 'sources'})`))))]
      : h('p', {}, 'No covered topic is close to it.'),
    ...more);
}
