// Cars (filtered as the API filters them, paged by its cursor, so page 1000 costs what page 1 does)
// and orders (by status), with the actions an operator takes on them: archive, cancel.
import { api, get, query } from '/console/api.js';
import { act, begin, button, fill, h, load, table, when } from '/console/ui.js';
import { pager } from '/console/data.js';

const PAGE = 10;
const cars = { filter: {}, cursors: [''] };
const orders = { status: '', offset: 0 };

export function showCars() {
  const form = h('form', { class: 'filters', id: 'cars-filter', onsubmit: (e) => {
    e.preventDefault();
    const f = e.target.elements;
    cars.filter = { status: f.status.value, brand: f.brand.value.trim(), model: f.model.value.trim(),
      minPrice: f.minPrice.value, maxPrice: f.maxPrice.value, sort: f.sort.value };
    cars.cursors = [''];
    load('cars', listCars);
  } },
  choice('status', 'Status', ['', 'available', 'reserved', 'sold', 'archived']),
  h('label', {}, 'Brand ', h('input', { name: 'brand', id: 'cars-brand', size: 10 })),
  h('label', {}, 'Model ', h('input', { name: 'model', size: 10 })),
  h('label', {}, 'Price from ', h('input', { name: 'minPrice', type: 'number', min: 0, size: 7 })),
  h('label', {}, 'to ', h('input', { name: 'maxPrice', type: 'number', min: 0, size: 7 })),
  choice('sort', 'Sort', ['createdAt', 'price', '-price', 'year', '-year']),
  h('button', { type: 'submit' }, 'Filter'));
  document.getElementById('cars-body').before(form);
  load('cars', listCars);
}

async function listCars() {
  const current = begin('cars');
  const depth = cars.cursors.length - 1;
  const after = cars.cursors[depth];
  const page = await get(`/api/cars${query({ ...cars.filter, limit: PAGE, after })}`);
  if (!current()) return;
  fill('cars',
    table(`Cars: page ${depth + 1} of ${Math.max(1, Math.ceil(page.total / PAGE))}, ${page.total} in all`, [
      { label: 'Id', cell: (c) => c.id },
      { label: 'Car', cell: (c) => `${c.brand} ${c.model} (${c.year})` },
      { label: 'Price', cell: (c) => c.price.toLocaleString('en', { minimumFractionDigits: 2 }) },
      { label: 'Seller', cell: (c) => c.sellerId },
      { label: 'Status', cell: (c) => h('span', { class: `badge ${c.status}` }, c.status) },
      { label: 'Actions', cell: (c) => (c.status === 'available'
        ? button('Archive', () => act(`Archive the ${c.brand} ${c.model} (#${c.id})? It leaves the listings.`,
          () => api('PATCH', `/api/cars/${c.id}`, { status: 'archived' }), `Car #${c.id} is archived.`, listCars),
        { 'data-action': 'archive', 'data-car': c.id }) : '') },
    ], page.items, 'No car matches.'),
    h('div', { class: 'pager' },
      button('Previous', () => { cars.cursors.pop(); load('cars', listCars); }, { disabled: depth === 0 }),
      button('Next', () => { cars.cursors.push(page.next); load('cars', listCars); },
        { disabled: !page.next, id: 'cars-next' })));
}

export function showOrders() {
  const filter = choice('status', 'Status', ['', 'pending', 'confirmed', 'completed', 'cancelled'], 'orders-status');
  filter.querySelector('select').addEventListener('change', (e) => {
    orders.status = e.target.value;
    orders.offset = 0;
    load('orders', listOrders);
  });
  document.getElementById('orders-body').before(h('div', { class: 'filters' }, filter));
  load('orders', listOrders);
}

async function listOrders() {
  const current = begin('orders');
  const page = await get(`/api/orders${query({ status: orders.status, limit: PAGE, offset: orders.offset })}`);
  if (!current()) return;
  fill('orders',
    table(`Orders ${page.items.length ? orders.offset + 1 : 0}–${orders.offset + page.items.length} of ${page.total}`, [
      { label: 'Id', cell: (o) => o.id },
      { label: 'Car', cell: (o) => o.carId },
      { label: 'Buyer', cell: (o) => o.buyerId },
      { label: 'Price', cell: (o) => o.price },
      { label: 'Status', cell: (o) => h('span', { class: `badge ${o.status}` }, o.status) },
      { label: 'Placed', cell: (o) => when(o.createdAt) },
      { label: 'Actions', cell: (o) => (['pending', 'confirmed'].includes(o.status)
        ? button('Cancel', () => act(`Cancel order #${o.id}? Its car is available again.`,
          () => api('PATCH', `/api/orders/${o.id}`, { status: 'cancelled' }), `Order #${o.id} is cancelled.`, listOrders),
        { 'data-action': 'cancel', 'data-order': o.id, class: 'danger' }) : '') },
    ], page.items, 'No order matches.'),
    pager(page, (offset) => { orders.offset = offset; load('orders', listOrders); }));
}

function choice(name, label, values, id) {
  return h('label', {}, `${label} `, h('select', { name, id: id || `cars-${name}` },
    values.map((v) => h('option', { value: v }, v || 'any'))));
}
