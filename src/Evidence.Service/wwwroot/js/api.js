// Calls to the service. Errors carry the problem-details body so views can say what was wrong.

export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }

  /** 404 on a route the page knows: this server does not have that part of the API yet. */
  get missing() { return this.status === 404; }
}

function describe(status, problem) {
  const errors = problem?.errors ? Object.values(problem.errors).flat() : [];
  const detail = [problem?.title, problem?.detail, ...errors].filter(Boolean).join(' — ');
  return detail || `The service answered ${status}.`;
}

async function read(response) {
  if (response.ok) return response;
  let problem = null;
  try { problem = await response.json(); } catch { /* not JSON: the status says enough */ }
  throw new ApiError(response.status, problem);
}

export async function getJson(path, params) {
  const response = await read(await fetch(withQuery(path, params), { headers: { accept: 'application/json' } }));
  return response.json();
}

export async function getText(path, params) {
  const response = await read(await fetch(withQuery(path, params)));
  return response.text();
}

export async function postJson(path, body) {
  const response = await read(await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  }));
  return response.json();
}

export function withQuery(path, params) {
  if (!params) return path;
  const query = params instanceof URLSearchParams ? params : toParams(params);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function toParams(object) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(object)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') params.append(name, String(one));
    }
  }
  return params;
}

/** Fetches the vocabulary once per page load: the summary form and the claim view use its labels. */
let vocabulary;
export function getVocabulary() {
  vocabulary ??= getJson('/api/vocabulary').catch(error => { vocabulary = undefined; throw error; });
  return vocabulary;
}
