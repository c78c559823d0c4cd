// The live charts of the overview: requests per second, p50 and p99 of a chosen route (or of
// every route) and the pool, redrawn from a new sample every two seconds without a reload.
import uPlot from '/console/vendor/uPlot.esm.js';
import { KEEP, delta, quantile, routesByTraffic, sample } from '/console/metrics.js';
import { get } from '/console/api.js';
import { h, table } from '/console/ui.js';

const PERIOD = 2000;
const WINDOW = 15; // samples behind the table's figures: thirty seconds

export function startCharts(root) {
  const samples = [];
  const choice = h('select', { id: 'chart-route', 'aria-label': 'Route of the latency chart' },
    h('option', { value: '' }, 'every route'));
  const places = ['rate', 'latency', 'pool'].map((id) => h('div', { class: 'chart', id: `chart-${id}` }));
  const routes = h('div', { id: 'route-table' });
  root.append(h('div', { class: 'charts' },
    h('figure', {}, h('figcaption', {}, 'Requests per second'), places[0]),
    h('figure', {}, h('figcaption', {}, 'Latency p50 / p99 (ms) of ', choice), places[1]),
    h('figure', {}, h('figcaption', {}, 'Database pool'), places[2])), routes);
  const plots = [
    plot(places[0], [{ label: 'req/s', stroke: '#2563eb', width: 2 }]),
    plot(places[1], [{ label: 'p50', stroke: '#059669', width: 2 }, { label: 'p99', stroke: '#dc2626', width: 2 }]),
    plot(places[2], [{ label: 'active', stroke: '#dc2626' }, { label: 'idle', stroke: '#059669' },
      { label: 'pending', stroke: '#d97706' }, { label: 'max', stroke: '#6b7280', dash: [4, 4] }]),
  ];
  const redraw = () => draw(samples, plots, choice.value || null, routes, choice);
  choice.addEventListener('change', redraw);
  const tick = async () => {
    try {
      samples.push(sample(await get('/observe/metrics'), Date.now()));
      if (samples.length > KEEP) samples.shift();
      redraw();
    } catch (e) {
      routes.replaceChildren(h('p', { class: 'failed' }, `Metrics unavailable: ${e.message}`));
    }
  };
  tick();
  const timer = setInterval(tick, PERIOD);
  const resize = () => plots.forEach((p) => p.setSize(size(p.root.parentElement)));
  window.addEventListener('resize', resize);
  return () => { clearInterval(timer); window.removeEventListener('resize', resize); plots.forEach((p) => p.destroy()); };
}

function size(place) {
  return { width: Math.max(240, place.clientWidth - 8), height: 160 };
}

// always the last five minutes, so that the first points do not stretch the axis over years
function lastMinutes(u) {
  const xs = u.data[0];
  const end = xs.length ? xs[xs.length - 1] : Date.now() / 1000;
  return [end - (KEEP * PERIOD) / 1000, end];
}

function plot(place, series) {
  return new uPlot({ ...size(place), series: [{}, ...series], scales: { x: { time: true, range: lastMinutes } },
    axes: [{}, { size: 50 }], legend: { live: false } }, [[], ...series.map(() => [])], place);
}

function draw(samples, plots, route, routes, choice) {
  const xs = [];
  const rate = [];
  const p50 = [];
  const p99 = [];
  for (let i = 1; i < samples.length; i++) {
    const d = delta(samples[i - 1], samples[i], route);
    xs.push(samples[i].at / 1000);
    rate.push(d.seconds > 0 ? delta(samples[i - 1], samples[i], null).count / d.seconds : 0);
    p50.push(quantile(0.5, d));
    p99.push(quantile(0.99, d));
  }
  const pool = samples.slice(1).map((s) => s.pool);
  plots[0].setData([xs, rate]);
  plots[1].setData([xs, p50, p99]);
  plots[2].setData([xs, pool.map((p) => p.active), pool.map((p) => p.idle), pool.map((p) => p.pending), pool.map((p) => p.max)]);
  const names = routesByTraffic(samples);
  if (choice.options.length - 1 !== names.length) {
    const kept = choice.value;
    choice.replaceChildren(h('option', { value: '' }, 'every route'), ...names.map((n) => h('option', { value: n }, n)));
    choice.value = names.includes(kept) ? kept : '';
  }
  if (samples.length < 2) return;
  const from = samples[Math.max(0, samples.length - 1 - WINDOW)];
  const to = samples[samples.length - 1];
  const ms = (v) => (v === null ? '—' : v.toFixed(1));
  routes.replaceChildren(table('Routes over the last 30 seconds', [
    { label: 'Route', cell: (n) => n },
    { label: 'req/s', cell: (n) => { const d = delta(from, to, n); return (d.count / d.seconds).toFixed(2); } },
    { label: 'p50 ms', cell: (n) => ms(quantile(0.5, delta(from, to, n))) },
    { label: 'p99 ms', cell: (n) => ms(quantile(0.99, delta(from, to, n))) },
  ], names.filter((n) => delta(from, to, n).count > 0), 'No requests in the last 30 seconds.'));
}
