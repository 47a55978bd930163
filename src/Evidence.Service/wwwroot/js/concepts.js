// Concept choosers for the summary and the map: a select's options from the vocabulary.
import { h } from './dom.js';
import { getVocabulary } from './api.js';

/**
 * Fills each [select, kind, chosen] with the vocabulary's concepts of that kind, alphabetically, each with its number
 * of sources (a concept with none is still offered: choosing it shows what the library does not cover). A chosen id
 * the list lacks is kept as an option of its own, so a concept in the URL works even when the vocabulary cannot be read.
 */
export async function fillConceptSelects(...choices) {
  try {
    const concepts = await getVocabulary();
    for (const [select, kind, chosen] of choices) {
      concepts.filter(c => c.kinds.includes(kind))
        .sort((a, b) => a.label.localeCompare(b.label))
        .forEach(c => select.append(h('option', { value: c.id, selected: c.id === chosen }, `${c.label} (${c.count})`)));
    }
  } catch { /* the vocabulary is a convenience */ }
  for (const [select, , chosen] of choices) {
    if (chosen && ![...select.options].some(o => o.value === chosen)) select.append(h('option', { value: chosen, selected: true }, chosen));
  }
}
