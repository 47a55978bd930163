// The source view: /?view=source&id=… — the whole record of one source, its review state and its citations.
import { h, link, failure } from '../dom.js';
import { getJson, ApiError } from '../api.js';
import { copyButton } from '../copy.js';
import { levelBadge, reviewBadge, words, styles } from '../labels.js';
import { findingList, adverseList, labelled } from '../findings.js';

export async function renderSource(view, params) {
  const id = params.get('id') ?? '';
  let record;
  try {
    record = await getJson(`/api/evidence/${encodeURIComponent(id)}`);
  } catch (error) {
    view.append(h('h1', {}, error instanceof ApiError && error.status === 404 ? 'No such source' : 'Source'));
    view.append(failure(error));
    view.append(h('p', {}, link('/', 'Back to search')));
    return;
  }
  const source = record.source;
  const label = conceptId => record.labels[conceptId] ?? words(conceptId);

  view.append(
    h('p', { class: 'breadcrumb' }, link('/', '← Search')),
    h('article', { class: 'source' },
      h('h1', {}, source.title),
      h('p', { class: 'byline' }, authors(source.authors), ' ', publication(source)),
      h('p', { class: 'meta' }, h('span', {}, record.designLabel), ' ', levelBadge(source.level.level, record.levelLabel),
        ' ', reviewBadge(source.review.status, source.review.verification)),
      source.level.isOverride && source.level.reason ? h('p', { class: 'hint' }, `Level set by the author: ${source.level.reason}`) : null,
      reviewSection(source.review, record.caution),
      identifiers(source.identifiers),
      section('Summary', source.summary ? h('p', {}, source.summary) : null),
      section('Who was studied', population(source.population)),
      section('Treatments', concepts('Interventions', source.interventions, label), concepts('Compared with', source.comparators, label),
        concepts('Conditions', source.conditions, label)),
      section('Findings', source.findings?.length ? findingList(source.findings.map(f => labelled(f, label))) : null),
      section('Adverse events', source.adverseEvents?.length ? adverseList(source.adverseEvents.map(a => ({ ...a, label: label(a.event) }))) : null),
      section('Key points', list(source.keyPoints)),
      section('Quotes', quotes(source.quotes)),
      section('Limitations', list(source.limitations)),
      source.abstract ? section('Abstract', h('p', {}, source.abstract)) : null,
      citations(source.id, record.citation),
      quotable(source.id)));
}

function section(title, ...content) {
  const body = content.flat().filter(Boolean);
  if (body.length === 0) return null;
  return h('section', { class: 'source-section' }, h('h2', {}, title), body);
}

function authors(list) {
  if (!list?.length) return null;
  return list.map(a => a.literal ?? [a.family, a.given].filter(Boolean).join(' ')).join(', ') + '.';
}

function publication(source) {
  const p = source.publication;
  const where = [p.journal ?? p.journalAbbreviation ?? p.publisher, source.year ? String(source.year) : 'no date', p.volume ? `volume ${p.volume}` : null,
    p.issue ? `issue ${p.issue}` : null, p.pages ? `pages ${p.pages}` : null, p.articleNumber ? `article ${p.articleNumber}` : null].filter(Boolean);
  return h('span', { class: 'hint' }, `${words(p.type)}: ${where.join(', ')}.`);
}

function reviewSection(review, caution) {
  const flagged = review.status !== 'reviewed' || review.verification !== 'verified';
  return h('section', { class: flagged ? 'review-box review-box-flagged' : 'review-box', 'aria-labelledby': 'review-heading' },
    h('h2', { id: 'review-heading' }, 'Review status'),
    h('p', {}, h('strong', {}, words(review.status)), ` · ${words(review.verification)}`),
    caution ? h('p', {}, caution) : null,
    review.unverifiedFields?.length ? h('p', {}, h('strong', {}, 'Not yet verified: '), review.unverifiedFields.join(', ')) : null,
    review.verifiedFields?.length ? h('p', {}, 'Verified: ', review.verifiedFields.join(', ')) : null,
    review.notes ? h('p', {}, 'Notes: ', review.notes) : null,
    review.checkedAt?.length ? h('div', {}, h('p', {}, 'Checked against:'),
      h('ul', {}, review.checkedAt.map(at => h('li', {}, safeUrl(at) ? h('a', { href: at, rel: 'noopener noreferrer' }, at) : at)))) : null);
}

function identifiers(ids) {
  const rows = [];
  if (ids.doi) rows.push(['DOI', h('a', { href: `https://doi.org/${ids.doi}`, rel: 'noopener noreferrer' }, ids.doi)]);
  if (ids.pmid) rows.push(['PMID', h('a', { href: `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(ids.pmid)}/`, rel: 'noopener noreferrer' }, ids.pmid)]);
  if (ids.pmcid) rows.push(['PMCID', h('a', { href: `https://www.ncbi.nlm.nih.gov/pmc/articles/${encodeURIComponent(ids.pmcid)}/`, rel: 'noopener noreferrer' }, ids.pmcid)]);
  if (ids.url && safeUrl(ids.url)) rows.push(['Web page', h('a', { href: ids.url, rel: 'noopener noreferrer' }, ids.url)]);
  if (rows.length === 0) return null;
  return section('Identifiers', h('dl', { class: 'identifiers' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])));
}

/** Only http(s) links from the corpus become anchors: never javascript: or data: URLs. */
function safeUrl(text) {
  try { return ['http:', 'https:'].includes(new URL(text).protocol); } catch { return false; }
}

function population(p) {
  if (!p) return null;
  return [p.description ? h('p', {}, p.description) : null,
    p.sampleSize ? h('p', {}, `Sample size: ${p.sampleSize}.`) : null,
    p.sampleSizeNote ? h('p', { class: 'hint' }, p.sampleSizeNote) : null];
}

function concepts(title, ids, label) {
  if (!ids?.length) return null;
  return h('p', {}, h('strong', {}, `${title}: `), ids.map(label).join(', '));
}

function list(items) {
  return items?.length ? h('ul', {}, items.map(item => h('li', {}, item))) : null;
}

function quotes(items) {
  if (!items?.length) return null;
  return items.map(q => h('figure', { class: 'quote' },
    h('blockquote', {}, h('p', {}, q.text)),
    h('figcaption', {}, 'Location: ', q.location)));
}

function citations(id, recordCitation) {
  const body = h('div', { class: 'citations' });
  const sectionElement = h('section', { class: 'source-section', 'aria-labelledby': 'cite-heading' },
    h('h2', { id: 'cite-heading' }, 'Cite this source'), body);
  getJson(`/api/evidence/${encodeURIComponent(id)}/citations`).then(
    answer => styles.forEach(style => {
      const cited = answer.citations.find(c => c.style === style.id);
      if (cited) body.append(citation(style, cited));
    }),
    () => {
      // An older server without the citations endpoint: AMA from the record, with no verdict to show.
      body.append(citation(styles[0], { style: 'ama', text: recordCitation, ready: false, warning: 'completeness not known: check before publishing', checks: [] }));
      body.append(h('p', { class: 'hint' }, 'Other citation styles are not available on this server yet.'));
    });
  return sectionElement;
}

/**
 * One style: its text, a Copy button and, beside it, the verdict: "Complete and verified" only when nothing
 * the style requires is missing or unverified; otherwise what is missing or not verified. A citation with a
 * gap is never shown as ready.
 */
function citation(style, cited) {
  const verdictId = `cite-${style.id}-verdict`;
  const pre = h('pre', { class: 'citation', id: `cite-${style.id}`, tabindex: '0', 'aria-labelledby': `cite-${style.id}-label`, 'aria-describedby': verdictId }, cited.text);
  const verdict = cited.ready
    ? h('p', { class: 'citation-verdict verdict-ready', id: verdictId }, h('span', { 'aria-hidden': 'true' }, '✓ '), 'Complete and verified')
    : h('p', { class: 'citation-verdict verdict-incomplete', id: verdictId }, h('span', { 'aria-hidden': 'true' }, '⚠ '), h('strong', {}, 'Not ready: '), cited.warning);
  const copy = copyButton(cited.ready ? `Copy ${style.label} citation` : `Copy ${style.label} citation (not ready: ${cited.warning})`, () => cited.text);
  return h('div', { class: 'citation-block', 'data-style': style.id, 'data-ready': String(cited.ready) },
    h('div', { class: 'citation-head' }, h('h3', { id: `cite-${style.id}-label` }, style.label), copy, verdict),
    pre,
    cited.checks?.length ? h('p', { class: 'hint citation-checks' }, 'Also check: ', cited.checks.join('; '), '.') : null);
}

function quotable(id) {
  const holder = h('div', { class: 'quotable', hidden: true });
  getJson(`/api/evidence/${encodeURIComponent(id)}/quotable`).then(items => {
    if (!items?.length) return;
    holder.append(h('section', { class: 'source-section', 'aria-labelledby': 'quotable-heading' },
      h('h2', { id: 'quotable-heading' }, 'Ready to quote'),
      h('ul', { class: 'quotable-list' }, items.map((item, index) => h('li', {},
        h('p', {}, item.ready),
        item.citationWarning ? h('p', { class: 'citation-verdict verdict-incomplete' }, h('strong', {}, 'Citation not ready: '), item.citationWarning) : null,
        copyButton(`Copy quotable ${words(item.kind).toLowerCase()} ${index + 1}`, () => item.ready))))));
    holder.hidden = false;
  }, () => { /* no quotable endpoint on this server yet: the key points and quotes above still show */ });
  return holder;
}
