// Samples Carlot's own metrics (/observe/metrics as JSON) and derives what the charts show.
// Request counts and latencies come from one histogram per method, route and status; p50 and
// p99 are estimated from its buckets between two samples, as Prometheus' histogram_quantile
// does, so they describe the last interval and not the whole life of the server.
const TIMER = 'carlot.http.requests';
export const KEEP = 150; // samples kept: five minutes at one every two seconds

/** One scrape: per "METHOD route" the request count and the cumulative bucket counts. */
export function sample(json, at) {
  const routes = new Map();
  const timer = (json.application || {})[TIMER] || {};
  for (const [key, value] of Object.entries(timer)) {
    const [stat, ...tags] = key.split(';');
    const tag = Object.fromEntries(tags.map((t) => t.split('=')));
    const name = `${tag.method} ${tag.route}`;
    if (!routes.has(name)) routes.set(name, { count: 0, buckets: new Map() });
    const route = routes.get(name);
    if (stat === 'count') route.count += value;
    else if (/^b[0-9.]+$/.test(stat)) {
      const bound = Number(stat.slice(1));
      route.buckets.set(bound, (route.buckets.get(bound) || 0) + value);
    }
  }
  const app = json.application || {};
  const pool = {
    active: app['carlot.db.pool.active'] || 0, idle: app['carlot.db.pool.idle'] || 0,
    pending: app['carlot.db.pool.pending'] || 0, max: app['carlot.db.pool.max'] || 0,
  };
  return { at, routes, pool };
}

/** The change of one route (or of all, for null) between two samples: count and bucket counts. */
export function delta(before, after, route) {
  const names = route ? [route] : [...after.routes.keys()];
  let count = 0;
  const buckets = new Map();
  for (const name of names) {
    const now = after.routes.get(name);
    if (!now) continue;
    const then = before.routes.get(name) || { count: 0, buckets: new Map() };
    count += now.count - then.count;
    for (const [bound, n] of now.buckets) buckets.set(bound, (buckets.get(bound) || 0) + n - (then.buckets.get(bound) || 0));
  }
  return { count, buckets, seconds: (after.at - before.at) / 1000 };
}

/** The q-quantile in milliseconds of the requests a delta counted, null when there were none. */
export function quantile(q, d) {
  if (d.count <= 0) return null;
  const bounds = [...d.buckets.keys()].sort((a, b) => a - b);
  const rank = q * d.count;
  let lower = 0;
  let below = 0;
  for (const bound of bounds) {
    const n = d.buckets.get(bound);
    if (n >= rank) {
      const share = n === below ? 0 : (rank - below) / (n - below);
      return (lower + (bound - lower) * share) * 1000;
    }
    lower = bound;
    below = n;
  }
  return lower * 1000; // slower than the largest bucket: at least that
}

/** Every route seen, the busiest over the samples first. */
export function routesByTraffic(samples) {
  if (samples.length < 2) return samples.length ? [...samples[0].routes.keys()] : [];
  const first = samples[0];
  const last = samples[samples.length - 1];
  return [...last.routes.keys()].sort((a, b) => delta(first, last, b).count - delta(first, last, a).count);
}
