// Building the DOM from API data. Text only ever goes in through text nodes: the page has no innerHTML.
import { ApiError } from './api.js';

/** h('p', { class: 'x' }, 'text', child) — attributes, then children (strings become text nodes). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children to an element, skipping null, undefined and false (the DOM's own append writes "null"). */
export function add(element, ...children) {
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A link inside the page: history navigation, not a reload. */
export function link(href, ...children) {
  return h('a', { href, 'data-nav': true }, ...children);
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that .NET's WebUtility.HtmlEncode writes. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code) => {
    if (code[0] !== '#') return entities[code.toLowerCase()] ?? whole;
    const point = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/**
 * The search snippet is escaped text with <mark> around matched words. Split on the two tags and turn every
 * piece into a text node, so nothing else in it can ever become markup.
 */
export function snippet(html) {
  const fragment = document.createDocumentFragment();
  let marked = false;
  for (const piece of html.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') { marked = true; continue; }
    if (piece === '</mark>') { marked = false; continue; }
    if (!piece) continue;
    const text = document.createTextNode(decodeEntities(piece));
    fragment.append(marked ? h('mark', {}, text) : text);
  }
  return fragment;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

/** A wide table in a scrollable, focusable region so it never widens the page on a phone. */
export function scroller(label, table) {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}

export function announce(message) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  // A fresh text a moment later makes screen readers repeat an identical message.
  setTimeout(() => { announcer.textContent = message; }, 30);
}

/** An alert for a failed call; a 404 on a known route means this server lacks that part of the API. */
export function failure(error) {
  const missing = error instanceof ApiError && error.missing;
  return h('div', { class: 'notice notice-error', role: 'alert' },
    h('p', {}, missing ? 'This part of the service is not available on this server yet.' : 'Something went wrong.'),
    h('p', {}, error?.message ?? String(error)));
}
