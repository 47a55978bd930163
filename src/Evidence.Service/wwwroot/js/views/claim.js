// The claim check for writers: /?view=claim&text=… — a sentence read by the claim grammar and checked against the
// library: what was understood, the verdict in words, and which comparison each piece of evidence is.
import { h, add, link, failure } from '../dom.js';
import { postJson, getVocabulary } from '../api.js';
import { copyButton } from '../copy.js';
import { levelBadge, words } from '../labels.js';
import { sourcesToCheck } from '../cautions.js';

const example = 'Microneedling reduces the appearance of acne scars';

// Verdicts in words a reader cannot misread: what the library says about the claim, not a colour.
const verdictWords = {
  'supported': 'Supported by the evidence',
  'contradicted': 'Contradicted by the evidence',
  'mixed': 'Mixed evidence: some for, some against',
  'insufficient-evidence': 'Not enough evidence to decide',
  'not-understood': 'Not understood: no verdict',
  'not-covered': 'Not covered by this library: no verdict',
};

const kinds = {
  'benefit': 'Benefit: the treatment helps',
  'no-effect': 'No effect: the treatment makes no difference',
  'worse': 'Worse: the treatment makes it worse',
  'comparative': 'Comparison with another treatment',
  'harm': 'Harm: the treatment can cause it',
  'absolute-safety': 'Absolute safety: no side effects at all',
  'absolute-efficacy': 'Absolute efficacy: cures, or works permanently',
  'safety': 'Safety: the treatment is safe',
  'not-understood': 'Not understood',
};

const comparisons = { 'better': 'better than', 'as-good-as': 'at least as good as', 'same': 'the same as', 'worse': 'worse than' };

export async function renderClaim(view, params, { navigate }) {
  const text = params.get('text') ?? '';
  view.append(h('h1', {}, 'Check a claim'));
  const area = h('textarea', { id: 'claim-text', name: 'text', rows: '3', maxlength: '1000', 'aria-describedby': 'claim-hint', required: true });
  area.value = text;
  const form = h('form', { class: 'claim-form', action: '/', method: 'get' },
    h('label', { for: 'claim-text' }, 'Claim to check'),
    h('p', { class: 'hint', id: 'claim-hint' }, `One sentence, as you would write it, for example “${example}”.`),
    area,
    h('button', { type: 'submit' }, 'Check claim'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const claim = area.value.trim();
    if (claim) navigate(`/?${new URLSearchParams({ view: 'claim', text: claim })}`);
  });
  view.append(form);
  if (!text.trim()) return;

  let check;
  try {
    check = await postJson('/api/claims/check', { claim: text });
  } catch (error) {
    view.append(failure(error));
    return;
  }
  const labels = await getVocabulary().then(concepts => new Map(concepts.map(c => [c.id, c.label])), () => new Map());
  const label = id => labels.get(id) ?? words(id);
  add(view, verdict(check),
    recognised(check.recognised),
    check.notCovered ? notCovered(check.notCovered) : null,
    evidence('Evidence for the claim', 'supporting', check.supporting, label, check.supportingTotal),
    evidence('Evidence against the claim', 'contradicting', check.contradicting, label, check.contradictingTotal),
    check.related?.length ? related(check.related, label, check.relatedTotal) : null,
    unannotated(check.unannotated, check.unannotatedTotal));
}

function verdict(check) {
  const indirect = check.directness === 'indirect-only';
  const heading = (verdictWords[check.verdict] ?? words(check.verdict)) + (indirect ? ', but only indirectly' : '');
  return h('section', { class: `verdict verdict-${check.verdict}`, 'aria-labelledby': 'verdict-heading' },
    h('h2', { id: 'verdict-heading' }, 'Verdict: ', heading),
    h('p', {}, check.reason),
    indirect ? h('p', { class: 'caution' }, h('strong', {}, 'Indirect evidence only: '),
      'every piece of evidence is on a combination that adds another treatment, not on the treatment alone.') : null,
    check.recognised?.absolute ? h('p', { class: 'caution' }, h('strong', {}, 'Absolute wording: '),
      'words such as “cures”, “permanently”, “no side effects” or “completely safe” go beyond what any study can show as stated.') : null);
}

function recognised(r) {
  if (!r) return null;
  const concept = c => c ? [c.label, h('span', { class: 'hint' }, ` (from “${c.matched}”)`)] : h('span', { class: 'hint' }, 'not recognised');
  const kind = kinds[r.kind] ?? words(r.kind);
  const rows = [
    ['Kind of claim', r.comparison ? `${kind}: ${comparisons[r.comparison] ?? words(r.comparison)}` : kind],
    ['Treatment', concept(r.intervention)],
    ['Compared with', r.kind === 'comparative' || r.comparator ? concept(r.comparator) : null],
    ['Condition', concept(r.condition)],
    ['Outcome', r.outcome || !r.harm ? concept(r.outcome) : null],
    ['Harm', ['harm', 'absolute-safety', 'safety'].includes(r.kind) ? (r.harm ? concept(r.harm) : 'side effects in general') : null],
    ['How often', r.frequency ? `said to be ${r.frequency}` : null],
    ['Negated', r.negated ? `yes: the claim denies it (“${r.cue}”)` : null],
    ['Hedged', r.hedged ? 'yes (“may”, “can”, “might”…): the verdict is the same, the wording softer' : null],
    ['Not understood', r.notUnderstood?.length ? [r.notUnderstood.map(w => `“${w}”`).join(', '), h('span', { class: 'hint' }, ' — ignored by the verdict')] : null],
    ['Also says', r.alsoAsserts?.length ? [r.alsoAsserts.map(w => `“${w}”`).join(', '), h('span', { class: 'hint' }, ' — not checked: check it as a claim of its own')] : null],
  ].filter(([, value]) => value !== null);
  return h('section', { 'aria-labelledby': 'recognised-heading' },
    h('h2', { id: 'recognised-heading' }, 'What the claim was read as'),
    h('dl', { class: 'recognised' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])));
}

function notCovered(part) {
  return h('section', { class: 'not-covered', 'aria-labelledby': 'not-covered-heading' },
    h('h2', { id: 'not-covered-heading' }, `Not in this library: the ${part.part} “${part.words}”`),
    part.nearest?.length
      ? [h('p', {}, `Nearest ${part.part}s the library does cover:`),
        h('ul', {}, part.nearest.map(n => h('li', {}, n.label)))]
      : h('p', { class: 'hint' }, 'Nothing near it is covered either.'));
}

// The API lists the strongest evidence first and stops at a limit; the total counts it all.
function shown(items, total) {
  return total > items.length ? h('p', { class: 'hint' }, `Showing the strongest ${items.length} of ${total}.`) : null;
}

// What a piece of evidence says, in words that carry its comparison: "home devices: worse than in-office treatment".
function result(e, label) {
  if (e.kind === 'adverse-event-report') {
    const event = label(e.event);
    return e.observed === false
      ? [h('strong', {}, 'Looked for and not seen: '), event, e.frequency ? ` — “${e.frequency}”` : '']
      : [h('strong', {}, 'Reported adverse event: '), event, e.frequency ? ` — “${e.frequency}”` : '', e.note ? ` (${e.note})` : ''];
  }
  const harm = e.kind === 'harm-result';
  const where = [e.condition, e.outcome].filter(Boolean).map(label).join(' — ');
  return [h('strong', {}, e.reading), where ? ` (${harm ? 'harm measured: ' : ''}${where})` : '', ': ', e.effect];
}

function evidence(title, id, items, label, total) {
  const section = h('section', { 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading` }, `${title} (${total ?? items?.length ?? 0})`));
  if (!items?.length) {
    section.append(h('p', { class: 'hint' }, 'None.'));
    return section;
  }
  const more = shown(items, total);
  if (more) section.append(more);
  const check = sourcesToCheck(items);
  if (check) section.append(check);
  section.append(h('ul', { class: 'finding-cards' }, items.map((e, index) => h('li', {},
    h('h3', {}, link(`/?view=source&id=${encodeURIComponent(e.sourceId)}`, e.title)),
    h('p', { class: 'meta' }, `${e.year} · ${words(e.design)} `, levelBadge(e.level)),
    h('p', { class: 'comparison' }, h('span', { class: 'hint' }, 'Comparison: '), e.comparison, e.indirect ? h('strong', { class: 'indirect' }, ' · indirect evidence (combination treatment)') : null),
    h('p', { class: 'finding-result' }, result(e, label)),
    h('p', { class: 'bearing' }, h('span', { class: 'hint' }, 'Why it is here: '), e.bearing),
    h('p', { class: 'citation-inline' }, e.citation, ' ', copyButton(`Copy citation ${index + 1} of ${title.toLowerCase()}`, () => e.citation))))));
  return section;
}

// Evidence on the same treatment that cannot decide the claim: improvement when the claim says "cures", a comparison with
// another treatment when the claim names none, an adverse event looked for and not seen when the claim says "can cause".
function related(items, label, total) {
  const section = evidence('Related evidence that does not decide the claim', 'related', items, label, total);
  section.querySelector('h2').after(h('p', { class: 'hint' }, 'On the same treatment, but it cannot decide the claim as worded: each card says why.'));
  return section;
}

function unannotated(items, total) {
  if (!items?.length) return null;
  return h('section', { 'aria-labelledby': 'unannotated-heading' },
    h('h2', { id: 'unannotated-heading' }, `Related sources without annotated findings (${total ?? items.length})`),
    shown(items, total),
    h('p', { class: 'hint' }, 'Imported records that mention the claim’s concepts but whose findings nobody has annotated yet: read them before you rely on the verdict.'),
    h('ul', {}, items.map(u => h('li', {}, link(`/?view=source&id=${encodeURIComponent(u.sourceId)}`, u.title), ' — ', u.citation))));
}
