// Fetch wrappers for the planner API. Failures become ApiProblem, carrying the
// RFC 9457 problem details when the server sent them, so the page can show them.

export class ApiProblem extends Error {
  constructor({ title, detail, status, code }) {
    super(detail ? `${title}: ${detail}` : title);
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.code = code;
  }
}

async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
  } catch (cause) {
    throw new ApiProblem({ title: 'network', detail: String(cause.message ?? cause), status: 0 });
  }
  if (!response.ok) throw await problemFrom(response);
  return response.json();
}

// security: the browser session's CSRF token (cookie XSRF-TOKEN) goes back as the X-XSRF-TOKEN header
export function csrfHeaders() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
}

async function sendJson(method, url, body) {
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...csrfHeaders() },
      body: JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiProblem({ title: 'network', detail: String(cause.message ?? cause), status: 0 });
  }
  if (!response.ok) throw await problemFrom(response);
  return response.json();
}

async function problemFrom(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      return new ApiProblem({
        title: body.title ?? `HTTP ${response.status}`,
        detail: body.detail,
        status: body.status ?? response.status,
        code: body.code,
      });
    } catch {
      // fall through to the bare status
    }
  }
  return new ApiProblem({ title: `HTTP ${response.status}`, detail: response.statusText, status: response.status });
}

export async function fetchCollections() {
  return (await getJson('/api/collections')).collections;
}

export async function fetchIndicators() {
  return (await getJson('/api/indicators')).indicators;
}

export async function fetchMapConfig() {
  return getJson('/api/map/config');
}

/**
 * All features of a collection, following rel="next" links until every page is in.
 * options: indicators (array of ids), zoom, bbox ([minLon, minLat, maxLon, maxLat]), gemeente, properties, limit.
 */
export async function fetchAllFeatures(collectionId, { indicators = [], zoom, bbox, gemeente, properties, limit = 400 } = {}) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (properties) params.set('properties', properties.join(','));
  if (indicators.length) params.set('indicators', indicators.join(','));
  if (zoom !== undefined) params.set('zoom', String(Math.round(zoom)));
  if (bbox) params.set('bbox', bbox.join(','));
  if (gemeente) params.set('gemeente', gemeente);

  let url = `/api/collections/${encodeURIComponent(collectionId)}/items?${params}`;
  const features = [];
  while (url) {
    const page = await getJson(url);
    features.push(...page.features);
    const next = (page.links ?? []).find((link) => link.rel === 'next');
    url = next && page.features.length > 0 ? next.href : null;
  }
  return { type: 'FeatureCollection', features };
}

/** Every layer the map can colour: the risk index and its domains, then the indicator catalogue. */
export async function fetchLayers() {
  return (await getJson('/api/layers')).layers;
}

const valueCache = new Map();

/** Map code → [value, status] for every area of a level (cached: values never change while the page is open). */
export function fetchLayerValues(layerId, level) {
  const key = `${layerId}@${level}`;
  if (!valueCache.has(key)) {
    const promise = getJson(`/api/layers/${encodeURIComponent(layerId)}/values?level=${level}`)
      .then((body) => new Map(Object.entries(body.values)));
    promise.catch(() => valueCache.delete(key));
    valueCache.set(key, promise);
  }
  return valueCache.get(key);
}

export async function searchAreas(q, limit = 8) {
  return (await getJson(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`)).results;
}

export function fetchBenchmark(gemeente) {
  return getJson(`/api/benchmarks/${encodeURIComponent(gemeente)}`);
}

export function fetchProgramme() {
  return getJson('/api/programme');
}

/** Download URL of the export of a collection in format csv | geojson | gpkg. */
export function exportUrl(collectionId, format, { indicators = [], gemeente, bbox } = {}) {
  const params = new URLSearchParams();
  if (indicators.length) params.set('indicators', indicators.join(','));
  if (gemeente) params.set('gemeente', gemeente);
  if (bbox) params.set('bbox', bbox.map((v) => v.toFixed(5)).join(','));
  return `/api/exports/${collectionId}.${format}?${params}`;
}

export function fetchDefaultFramework() {
  return getJson('/api/frameworks/default');
}

/** POST /api/selections; a 422 selection-infeasible becomes an ApiProblem whose message names the conflicts. */
export function runSelection(request) {
  return sendJson('POST', '/api/selections', request);
}

export function runUncertainty(request) {
  return sendJson('POST', '/api/selections/uncertainty', request);
}

/** query: {k = 5, lens = 'residential', rank}; the lens and rank are left to the server's defaults when absent. */
export function fetchPriorityAreas(gemeente, { k = 5, lens, rank } = {}) {
  const params = new URLSearchParams({ k: String(k) });
  if (lens) params.set('lens', lens);
  if (rank) params.set('rank', rank);
  return getJson(`/api/selections/${encodeURIComponent(gemeente)}/priority-areas?${params}`);
}

export async function fetchScenarios() {
  return (await getJson('/api/scenarios')).scenarios;
}

export function fetchScenario(id) {
  return getJson(`/api/scenarios/${encodeURIComponent(id)}`);
}

export function saveScenario(scenario) {
  return sendJson('POST', '/api/scenarios', scenario);
}

export function compareScenarios(a, b) {
  return getJson(`/api/scenarios/${encodeURIComponent(a)}/compare/${encodeURIComponent(b)}`);
}
