// The Operations panel: backups, plugins, the audit log and the sign-in throttle.
import { ApiError, api, get, query } from '/console/api.js';
import { act, begin, age, button, bytes, card, fill, h, load, table, when } from '/console/ui.js';

const audit = { event: '', actor: '', cursors: [''] };

export function showOperations(root) {
  const backup = button('Back up now', () => act('Make a backup of all data now?',
    () => api('POST', '/api/admin/backups'), 'The backup is made.', backups), { id: 'backup-now' });
  const filter = h('form', { class: 'filters', id: 'audit-filter', onsubmit: (e) => {
    e.preventDefault();
    audit.event = e.target.elements.event.value.trim();
    audit.actor = e.target.elements.actor.value.trim();
    audit.cursors = [''];
    load('audit', auditLog);
  } },
  h('label', {}, 'Event ', h('input', { name: 'event', id: 'audit-event', size: 14, placeholder: 'login' })),
  h('label', {}, 'Actor id ', h('input', { name: 'actor', id: 'audit-actor', size: 6, inputmode: 'numeric' })),
  h('button', { type: 'submit' }, 'Filter'));
  root.replaceChildren(
    h('div', { class: 'grid' }, card('backups', 'Backups', backup), card('plugins', 'Plugins')),
    card('throttle', 'Sign-in throttle'),
    card('audit', 'Audit log', filter));
  load('backups', backups);
  load('plugins', plugins);
  load('throttle', throttle);
  load('audit', auditLog);
}

async function backups() {
  const current = begin('backups');
  const page = await get('/api/admin/backups?limit=100');
  const schedule = page.schedule
    ? h('p', { id: 'backup-schedule' }, `Scheduled every ${page.schedule.every}, keeping ${page.schedule.keep}`,
      page.schedule.next ? `; next ${when(page.schedule.next)}` : '', '.')
    : h('p', { id: 'backup-schedule', class: 'muted' }, 'No schedule: backups are made on demand.');
  if (!current()) return;
  fill('backups', schedule, table(`${page.total} backups`, [
    { label: 'File', cell: (b) => b.name },
    { label: 'Age', cell: (b) => age(b.createdAt) },
    { label: 'Size', cell: (b) => bytes(b.size) },
    { label: 'Rows', cell: (b) => (b.rows === null ? 'unreadable' : b.rows) },
  ], page.items, 'No backup yet.'));
}

async function plugins() {
  let answer;
  try {
    answer = await get('/api/admin/plugins');
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      fill('plugins', h('p', { class: 'muted', id: 'plugins-unavailable' }, 'Plugins are not available on this server.'));
      return;
    }
    throw e;
  }
  fill('plugins', table(`${(answer.items || []).length} installed`, [
    { label: 'Name', cell: (p) => p.name },
    { label: 'Version', cell: (p) => p.version },
    { label: 'State', cell: (p) => h('span', { class: `badge ${p.state === 'running' ? 'good' : 'bad'}` }, p.state) },
    { label: 'Reason', cell: (p) => p.reason || p.description || '' },
  ], answer.items || [], 'No plugin is installed.'));
}

async function throttle() {
  const current = begin('throttle');
  const answer = await get('/api/admin/throttle');
  if (!current()) return;
  fill('throttle', table('Slowed now', [
    { label: 'Who', cell: (c) => c.subject },
    { label: 'Attempts', cell: (c) => c.attempts },
    { label: 'Until', cell: (c) => when(c.until) },
    { label: 'Actions', cell: (c) => button('Clear', () => act(`Clear the limit on ${c.subject}? They may try again at once.`,
      () => api('DELETE', `/api/admin/throttle/${encodeURIComponent(c.key)}`), `Cleared: ${c.subject}.`, throttle),
    { 'data-action': 'clear-throttle' }) },
  ], answer.items, 'Nobody is slowed.'));
}

async function auditLog() {
  const current = begin('audit');
  const depth = audit.cursors.length - 1;
  const page = await get(`/api/admin/audit${query({ event: audit.event, actor: audit.actor, limit: 15,
    after: audit.cursors[depth] })}`);
  if (!current()) return;
  fill('audit', table(`Events, page ${depth + 1}`, [
    { label: 'When', cell: (e) => when(e.at) },
    { label: 'Event', cell: (e) => e.event },
    { label: 'Actor', cell: (e) => e.actor ?? '—' },
    { label: 'Target', cell: (e) => e.target ?? '—' },
    { label: 'Client', cell: (e) => e.client },
    { label: 'Facts', cell: (e) => e.facts.join(' ') },
  ], page.items, 'No event matches.'),
  h('div', { class: 'pager' },
    button('Newer', () => { audit.cursors.pop(); load('audit', auditLog); }, { disabled: depth === 0 }),
    button('Older', () => { audit.cursors.push(page.next); load('audit', auditLog); },
      { disabled: !page.next, id: 'audit-older' })));
}
