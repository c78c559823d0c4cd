// The Data panel: users (search, role, disable or enable, end sessions), then cars and orders.
import { api, get, query } from '/console/api.js';
import { act, begin, button, card, fill, h, load, table, when } from '/console/ui.js';
import { showCars, showOrders } from '/console/market.js';

const PAGE = 10;
const users = { email: '', offset: 0 };

export function showData(root) {
  const search = h('form', { class: 'filters', id: 'users-search', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    users.email = e.target.elements.email.value.trim();
    users.offset = 0;
    load('users', listUsers);
  } },
  h('label', {}, 'Email contains ', h('input', { type: 'search', name: 'email', id: 'users-email', value: users.email })),
  h('button', { type: 'submit' }, 'Search'));
  root.replaceChildren(card('users', 'Users', search), card('cars', 'Cars'), card('orders', 'Orders'));
  load('users', listUsers);
  showCars();
  showOrders();
}

async function listUsers() {
  const current = begin('users');
  const page = await get(`/api/admin/users${query({ email: users.email, limit: PAGE, offset: users.offset })}`);
  if (!current()) return;
  fill('users',
    table(`Users ${users.offset + 1}–${users.offset + page.items.length} of ${page.total}`, [
      { label: 'Id', cell: (u) => u.id },
      { label: 'Email', cell: (u) => u.email },
      { label: 'Name', cell: (u) => u.name },
      { label: 'Role', cell: roleChoice },
      { label: 'State', cell: (u) => h('span', { class: `badge ${u.disabled ? 'bad' : 'good'}` },
        u.disabled ? `disabled ${when(u.disabledAt)}` : 'active') },
      { label: 'Sessions', cell: (u) => u.sessions },
      { label: 'Actions', cell: userActions },
    ], page.items, 'No account matches.'),
    pager(page, (offset) => { users.offset = offset; load('users', listUsers); }));
}

function roleChoice(user) {
  const select = h('select', { 'aria-label': `Role of ${user.email}`, 'data-user': user.id, class: 'role' },
    ['user', 'seller', 'admin'].map((r) => h('option', { value: r, selected: r === user.role }, r)));
  select.addEventListener('change', () => {
    const wanted = select.value;
    // the list shows the role the account has until the change is confirmed and made
    select.value = user.role;
    act(`Make ${user.email} a ${wanted}?`, () => api('PATCH', `/api/users/${user.id}`, { role: wanted }),
      `${user.email} is now a ${wanted}.`, listUsers);
  });
  return select;
}

function userActions(user) {
  const toggle = user.disabled
    ? button('Enable', () => act(`Enable ${user.email}? They can sign in again.`,
      () => api('DELETE', `/api/admin/users/${user.id}/disabled`), `${user.email} is enabled.`, listUsers),
    { 'data-action': 'enable', 'data-user': user.id })
    : button('Disable', () => act(`Disable ${user.email}? They are signed out everywhere and cannot sign in.`,
      () => api('PUT', `/api/admin/users/${user.id}/disabled`), `${user.email} is disabled.`, listUsers),
    { 'data-action': 'disable', 'data-user': user.id, class: 'danger' });
  const end = button('End sessions', () => act(`End all ${user.sessions} sessions of ${user.email}?`,
    () => api('DELETE', `/api/admin/users/${user.id}/sessions`), `Every session of ${user.email} ended.`, listUsers),
  { 'data-action': 'end-sessions', 'data-user': user.id });
  return h('div', { class: 'actions' }, toggle, end);
}

/** Previous and next buttons over an offset page. */
export function pager(page, go) {
  const last = page.offset + page.items.length;
  return h('div', { class: 'pager' },
    button('Previous', () => go(Math.max(0, page.offset - page.limit)), { disabled: page.offset === 0 }),
    button('Next', () => go(last), { disabled: last >= page.total }));
}
