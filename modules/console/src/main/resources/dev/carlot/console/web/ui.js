// Small DOM helpers shared by the panels: elements, tables, the confirm dialog and the notice.
// Text always goes in as text nodes, never as HTML, so nothing from the API can run as script.

/** An element: h('button', {type: 'button', onclick: f}, 'Text', child...). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null) node.append(child instanceof Node ? child : String(child));
  });
  return node;
}

/** A table of {@code rows}, each column {label, cell(row)}; scrolls sideways on a narrow screen. */
export function table(caption, columns, rows, empty = 'Nothing to show.') {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'scroll' }, h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map((c) => h('td', { 'data-label': c.label }, c.cell(row))))))));
}

/** A card with a heading and a body that {@link fill} replaces. */
export function card(id, title, ...controls) {
  const body = h('div', { class: 'body', id: `${id}-body` });
  return h('article', { class: 'card', id, 'aria-labelledby': `${id}-title` },
    h('div', { class: 'card-head' }, h('h2', { id: `${id}-title` }, title), ...controls), body);
}

export function fill(id, ...content) {
  const body = document.getElementById(`${id}-body`);
  body.replaceChildren(...content.flat());
  return body;
}

/** Asks before an action; resolves true only for an explicit confirmation. */
export function confirmed(question) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-text').textContent = question;
  dialog.returnValue = 'cancel';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
    document.getElementById('confirm-cancel').focus();
  });
}

/** Shows a sentence at the top: a refusal's problem detail, or what was done. */
export function notice(text, kind = 'error') {
  const box = document.getElementById('notice');
  box.className = kind;
  box.replaceChildren(h('span', {}, text), h('button', {
    type: 'button', class: 'close', 'aria-label': 'Dismiss', onclick: () => { box.hidden = true; },
  }, '×'));
  box.hidden = false;
}

/** Confirms, runs {@code action}, reports its outcome, then {@code after} (usually a reload). */
export async function act(question, action, done, after) {
  if (!(await confirmed(question))) return;
  try {
    await action();
    notice(done, 'ok');
    if (after) await after();
  } catch (e) {
    notice(e.message, 'error');
  }
}

const generations = new Map();

/**
 * Starts a new load of list {@code id}; the function answers whether it is still the newest, so
 * that an answer arriving late (the list before a search) never replaces a newer one.
 */
export function begin(id) {
  const mine = (generations.get(id) || 0) + 1;
  generations.set(id, mine);
  return () => generations.get(id) === mine;
}

/** Runs a load and shows its failure in place of the content. */
export async function load(id, work) {
  try {
    await work();
  } catch (e) {
    fill(id, h('p', { class: 'failed', role: 'status' }, e.message));
  }
}

export function when(iso) {
  return iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—';
}

export function age(iso) {
  const seconds = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 1000));
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 129600) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} d`;
}

export function bytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}

export function button(label, onclick, attrs = {}) {
  return h('button', { type: 'button', onclick, ...attrs }, label);
}
