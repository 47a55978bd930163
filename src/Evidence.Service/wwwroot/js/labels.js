// Words for the API's kebab-case enum ids. Direction and review status are always shown as words (with a
// symbol as a second cue); colour only ever repeats what the words say.
import { h } from './dom.js';

export const directions = {
  'improved': { word: 'Improved', symbol: '▲' },
  'no-difference': { word: 'No difference', symbol: '=' },
  'worsened': { word: 'Worsened', symbol: '▼' },
  'mixed': { word: 'Mixed', symbol: '±' },
  'unclear': { word: 'Unclear', symbol: '?' },
};

export const styles = [
  { id: 'ama', label: 'AMA' },
  { id: 'apa', label: 'APA' },
  { id: 'vancouver', label: 'Vancouver' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

export const verdicts = {
  'supported': 'Supported',
  'contradicted': 'Contradicted',
  'mixed': 'Mixed evidence',
  'insufficient-evidence': 'Insufficient evidence',
};

/** "no-difference" → "No difference"; for enum ids without a word of their own. */
export function words(id) {
  if (id === null || id === undefined || id === '') return '';
  const text = String(id).replaceAll('-', ' ');
  return text[0].toUpperCase() + text.slice(1);
}

export function direction(id) {
  const known = directions[id] ?? { word: words(id), symbol: '' };
  return h('span', { class: `direction direction-${id}` },
    known.symbol ? h('span', { 'aria-hidden': 'true', class: 'direction-symbol' }, known.symbol) : null,
    known.word);
}

/**
 * A finding's direction in words that name its comparison (the synthesis API's `reading`: "At-home microneedling
 * device: worse than in-office microneedling by a physician"), never a bare "Worsened". For a harm outcome the API
 * words it as more or less of the harm (worsened = more of it), so the colour keeps its meaning.
 */
export function reading(f) {
  const id = f.finding.direction;
  return h('span', { class: `direction reading direction-${id}` }, f.reading);
}

export function levelBadge(level, label) {
  return h('span', { class: `level level-${level}`, title: label ?? `Level ${level} (Oxford CEBM 2011)` },
    'Level ', String(level), h('span', { class: 'visually-hidden' }, ' of 5, Oxford CEBM 2011'));
}

/** "Reviewed" alone is quiet; draft, imported and anything not fully verified is flagged. */
export function reviewBadge(status, verification) {
  const flagged = status !== 'reviewed' || (verification && verification !== 'verified');
  const text = [words(status), verification && verification !== 'verified' ? words(verification).toLowerCase() : null].filter(Boolean).join(', ');
  return h('span', { class: flagged ? 'review review-flagged' : 'review' }, flagged ? '⚠ ' : '✓ ', text);
}

export function certainty(id) {
  return id === 'not-assessed' ? 'Not assessed' : words(id);
}
