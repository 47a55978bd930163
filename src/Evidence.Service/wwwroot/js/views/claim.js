// The claim check for writers: /?view=claim&text=… — a sentence checked against the annotated findings.
import { h, add, link, failure } from '../dom.js';
import { postJson, getVocabulary } from '../api.js';
import { copyButton } from '../copy.js';
import { direction, reading, levelBadge, verdicts, words } from '../labels.js';

const example = 'Microneedling reduces the appearance of acne scars';

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
  add(view, h('section', { class: `verdict verdict-${check.verdict}`, 'aria-labelledby': 'verdict-heading' },
    h('h2', { id: 'verdict-heading' }, 'Verdict: ', verdicts[check.verdict] ?? words(check.verdict)),
    h('p', {}, check.reason),
    check.sourcesNotRead ? h('p', { class: 'caution' }, `Only the first 100,000 matching sources were read; ${check.sourcesNotRead} more were not.`) : null,
    check.recognised?.absolute ? h('p', { class: 'caution' }, h('strong', {}, 'Absolute wording: '),
      'words such as “cures”, “eliminates” or “permanently” go beyond what any finding can support as stated.') : null),
  recognised(check.recognised),
  findings('Supporting findings', 'supporting', check.supporting, label, check.supportingTotal),
  findings('Contradicting findings', 'contradicting', check.contradicting, label, check.contradictingTotal),
  check.related?.length ? related(check.related, label, check.relatedTotal) : null,
  unannotated(check.unannotated, check.unannotatedTotal));
}

function recognised(r) {
  if (!r) return null;
  const rows = [['Treatment', r.intervention], ['Compared with', r.comparator], ['Condition', r.condition], ['Outcome', r.outcome]]
    .map(([term, concept]) => [h('dt', {}, term), h('dd', {}, concept ? [concept.label, h('span', { class: 'hint' }, ` (from “${concept.matched}”)`)] : h('span', { class: 'hint' }, 'not recognised'))]);
  rows.push([h('dt', {}, 'Claimed direction'), h('dd', {}, r.direction ? direction(r.direction) : h('span', { class: 'hint' }, 'not recognised'))]);
  return h('section', { 'aria-labelledby': 'recognised-heading' },
    h('h2', { id: 'recognised-heading' }, 'What the claim was read as'),
    h('dl', { class: 'recognised' }, rows));
}

// The API lists the strongest findings first and stops at a limit; the total counts them all.
function shown(items, total) {
  return total > items.length ? h('p', { class: 'hint' }, `Showing the strongest ${items.length} of ${total}.`) : null;
}

function findings(title, id, items, label, total) {
  const section = h('section', { 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading` }, `${title} (${total ?? items?.length ?? 0})`));
  if (!items?.length) {
    section.append(h('p', { class: 'hint' }, 'None.'));
    return section;
  }
  const more = shown(items, total);
  if (more) section.append(more);
  section.append(h('ul', { class: 'finding-cards' }, items.map((f, index) => h('li', {},
    h('h3', {}, link(`/?view=source&id=${encodeURIComponent(f.sourceId)}`, f.title)),
    h('p', { class: 'meta' }, `${f.year} · ${words(f.design)} `, levelBadge(f.level)),
    h('p', {}, reading(f), ' ', h('span', { class: 'finding-topic' }, [f.finding.condition, f.finding.outcome].filter(Boolean).map(label).join(' — ')), ': ', f.finding.effect),
    f.caution ? h('p', { class: 'caution' }, h('strong', {}, 'Take care: '), f.caution) : null,
    h('p', { class: 'citation-inline' }, f.citation, ' ', copyButton(`Copy citation ${index + 1} of ${title.toLowerCase()}`, () => f.citation))))));
  return section;
}

// Findings on the same treatment that cannot decide the claim: improvement when the claim says "cures", or a
// comparison with another treatment when the claim names none.
function related(items, label, total) {
  const section = findings('Related findings', 'related', items, label, total);
  section.querySelector('h2').after(h('p', { class: 'hint' }, 'On the same treatment, but they do not decide the claim as worded: for example improvement where the claim says “cures”, or a comparison with another treatment.'));
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
