// The page's router: the view and its state live in the query string, so every view has a URL to share,
// and back/forward re-render from it (history.pushState + popstate).
import { h, clear, failure } from './dom.js';

// Each view's module loads when it is first shown, so the first page needs only the search view's files.
const views = {
  search: () => import('./views/search.js').then(m => m.renderSearch),
  source: () => import('./views/source.js').then(m => m.renderSource),
  summary: () => import('./views/summary.js').then(m => m.renderSummary),
  map: () => import('./views/map.js').then(m => m.renderMap),
  claim: () => import('./views/claim.js').then(m => m.renderClaim),
};

const main = document.getElementById('main');
let rendering = 0;

/** Goes to a URL of this page. Without `replace`, it is a new history entry. */
export function navigate(url, { replace = false, keepFocus = false } = {}) {
  const target = new URL(url, location.href);
  if (target.href !== location.href || replace) history[replace ? 'replaceState' : 'pushState'](null, '', target);
  return render({ keepFocus });
}

async function render({ keepFocus = false, initial = false } = {}) {
  const params = new URLSearchParams(location.search);
  const name = Object.hasOwn(views, params.get('view') ?? '') ? params.get('view') : 'search';
  const ticket = ++rendering;
  const focusedId = keepFocus ? document.activeElement?.id : null;
  markCurrent(name);
  main.setAttribute('aria-busy', 'true');
  const view = h('div', { class: `view view-${name}` });
  try {
    const renderView = await views[name]();
    await renderView(view, params, { navigate, isCurrent: () => ticket === rendering });
  } catch (error) {
    view.append(failure(error));
  }
  if (ticket !== rendering) return; // a later navigation won
  clear(main).append(view);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Evidence` : 'Evidence';
  const keep = focusedId && document.getElementById(focusedId);
  if (keep) keep.focus();
  else if (!initial && heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
}

function markCurrent(name) {
  for (const anchor of document.querySelectorAll('nav a[data-view]')) {
    if (anchor.dataset.view === name) anchor.setAttribute('aria-current', 'page');
    else anchor.removeAttribute('aria-current');
  }
}

// Links inside the page navigate through history; a modified click (new tab, download) is left alone.
document.addEventListener('click', event => {
  const anchor = event.target.closest?.('a[data-nav]');
  if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url);
});

// The skip link moves focus without a fragment navigation, which would add a history entry and re-render.
document.querySelector('.skip-link')?.addEventListener('click', event => {
  event.preventDefault();
  main.focus();
});

addEventListener('popstate', () => render());
render({ initial: true });
