// What to check in the library's summaries before citing them, said once per source in a section, not on every
// finding: a warning repeated on every card is one readers learn to skip.
import { h, link } from './dom.js';

/**
 * The sources among `items` (anything with sourceId, title and the API's `caution`) whose summaries need checking,
 * each named once with what to check; null when none does. The words say it is about the library's summary, so a
 * reader cannot take it for a warning about the treatment or the study.
 */
export function sourcesToCheck(items) {
  const sources = new Map();
  for (const item of items ?? []) if (item.caution && !sources.has(item.sourceId)) sources.set(item.sourceId, item);
  if (sources.size === 0) return null;
  const n = sources.size;
  return h('div', { class: 'caution sources-to-check' },
    h('p', {}, h('strong', {}, 'Check before you cite: '),
      `the library’s summary of ${n === 1 ? 'this source is' : `these ${n} sources is`} not final. `,
      'This is about the summary in this library, not about the treatment or the quality of the study.'),
    h('ul', {}, [...sources.values()].map(s => h('li', {},
      link(`/?view=source&id=${encodeURIComponent(s.sourceId)}`, s.title), `: ${s.caution}`))));
}
