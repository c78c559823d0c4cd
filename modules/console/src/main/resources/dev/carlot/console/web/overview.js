// The Overview panel: health of every check, versions, uptime, backend, migrations and the live charts.
import { ApiError, get } from '/console/api.js';
import { card, fill, h, load, table, when } from '/console/ui.js';
import { startCharts } from '/console/charts.js';

let stopCharts = null;

export function showOverview(root) {
  root.replaceChildren(
    h('div', { class: 'grid' }, card('health', 'Health'), card('server', 'Server')),
    card('live', 'Live'),
    card('migrations', 'Migrations'));
  load('health', health);
  load('server', server);
  if (stopCharts) stopCharts();
  stopCharts = startCharts(document.getElementById('live-body'));
}

/** Stops the charts' sampling while another panel is shown. */
export function leaveOverview() {
  if (stopCharts) stopCharts();
  stopCharts = null;
}

async function health() {
  let answer;
  try {
    answer = await get('/observe/health');
  } catch (e) {
    // a DOWN server answers 503 with the same body
    if (!(e instanceof ApiError) || !e.problem.checks) throw e;
    answer = e.problem;
  }
  const checks = answer.checks || [];
  fill('health',
    h('p', {}, 'Overall: ', status(answer.status)),
    table('Checks', [
      { label: 'Check', cell: (c) => c.name },
      { label: 'Status', cell: (c) => status(c.status) },
      { label: 'Details', cell: (c) => Object.entries(c.data || {}).filter(([k]) => k !== 'version')
        .map(([k, v]) => `${k} ${v}`).join(', ') },
    ], checks));
}

async function server() {
  const o = await get('/api/admin/overview');
  fill('server', h('dl', { class: 'facts' },
    fact('Carlot', o.version),
    fact('Backend', o.backend),
    fact('PostgreSQL', o.postgresVersion.split(' on ')[0]),
    fact('Started', when(o.startedAt)),
    fact('Uptime', uptime(o.uptimeSeconds)),
    fact('Pool', `${o.pool.active} active, ${o.pool.idle} idle of ${o.pool.max}`)));
  const rows = o.migrations.map((m) => ({ owner: 'core', ...m }))
    .concat((o.pluginMigrations || []).map((m) => ({ owner: `plugin ${m.plugin}`, ...m })));
  fill('migrations', table('Schema migrations', [
    { label: 'Of', cell: (m) => m.owner },
    { label: 'Version', cell: (m) => m.version },
    { label: 'Description', cell: (m) => m.description },
    { label: 'State', cell: (m) => status(m.state) },
    { label: 'Applied', cell: (m) => when(m.appliedAt) },
  ], rows));
}

function fact(name, value) {
  return [h('dt', {}, name), h('dd', {}, value)];
}

function status(text) {
  const good = ['UP', 'applied', 'running'].includes(text);
  return h('span', { class: `badge ${good ? 'good' : 'bad'}` }, text);
}

function uptime(seconds) {
  const d = Math.floor(seconds / 86400);
  const hrs = Math.floor((seconds % 86400) / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  return d > 0 ? `${d} d ${hrs} h` : hrs > 0 ? `${hrs} h ${min} min` : `${min} min ${seconds % 60} s`;
}
