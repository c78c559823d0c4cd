// Every call of the console goes through here: Carlot's own API, same origin, bearer token.
// The token lives in sessionStorage: it ends with the tab, and no cookie carries it anywhere.
const KEY = 'carlot.console.token';

/** A refused call: the problem+json that Carlot answered, or a sentence of our own. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export const session = {
  token: () => sessionStorage.getItem(KEY),
  user: () => JSON.parse(sessionStorage.getItem(KEY + '.user') || 'null'),
  keep(login) {
    sessionStorage.setItem(KEY, login.token);
    sessionStorage.setItem(KEY + '.user', JSON.stringify(login.user));
  },
  forget() {
    sessionStorage.removeItem(KEY);
    sessionStorage.removeItem(KEY + '.user');
  },
};

/** Calls {@code method path} with an optional JSON body; the parsed answer, null for 204. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { detail: 'Carlot does not answer; is the server running?' });
  }
  if (response.status === 401 && token && !path.startsWith('/api/auth/')) {
    session.forget();
    window.dispatchEvent(new Event('carlot:signed-out'));
  }
  const text = await response.text();
  const json = text ? parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json || { detail: `HTTP ${response.status}` });
  return json;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text.slice(0, 200) };
  }
}

export const get = (path) => api('GET', path);

/** A query string of the non-empty values of {@code params}. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function signIn(email, password) {
  const login = await api('POST', '/api/auth/login', { email, password });
  if (login.user.role !== 'admin') {
    // a token that cannot use the console is ended at once rather than left behind
    await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${login.token}` } });
    throw new ApiError(403, { detail: 'This account is not an admin; the console is for admins only.' });
  }
  session.keep(login);
  return login.user;
}

/** Ends the session on the server, then here, whatever the server said. */
export async function signOut() {
  try {
    await api('POST', '/api/auth/logout');
  } finally {
    session.forget();
  }
}
