// The one HTTP client of every page: fetch wrappers for the planner API. Failures become ApiProblem,
// carrying the RFC 9457 problem code and its parameters, so the page can word them (i18n.problemText).
// Every request says the UI language (Accept-Language), every write carries the CSRF token.

import { getLang } from './i18n.js';

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code']);

/**
 * A failed request. code is the server's stable problem code (RFC 9457 member "code"), params its
 * other members (the parameter, the conflicts …), so the page can word it in its own language
 * (i18n.problemText); status 0 means the server was not reached.
 */
export class ApiProblem extends Error {
  constructor({ title, detail, status, code, params = {} }) {
    super(detail ? `${title}: ${detail}` : title);
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.code = code ?? (status === 0 ? 'network' : `http-${status}`);
    this.params = params;
    this.conflicts = params.conflicts ?? []; // selection-infeasible: [{code, params, constraints, detail}]
  }
}

async function request(method, url, { body, accept = 'application/json', raw = false } = {}) {
  const headers = { Accept: accept, 'Accept-Language': getLang() };
  if (method !== 'GET') Object.assign(headers, csrfHeaders());
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (cause) {
    throw new ApiProblem({ title: 'network', detail: String(cause.message ?? cause), status: 0 });
  }
  if (!response.ok) throw await problemFrom(response);
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

/** GET a JSON (or GeoJSON) document; failures become ApiProblem. */
export function getJson(url) {
  return request('GET', url, { accept: 'application/geo+json, application/json' });
}

/** POST a JSON body with the session's CSRF token. */
export function postJson(url, body) {
  return request('POST', url, { body });
}

/** GET as a Response (for text, CSV or binary bodies); failures become ApiProblem all the same. */
export function getResponse(url, accept = '*/*') {
  return request('GET', url, { accept, raw: true });
}

// security: the browser session's CSRF token (cookie XSRF-TOKEN) goes back as the X-XSRF-TOKEN header
export function csrfHeaders() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? { 'X-XSRF-TOKEN': decodeURIComponent(match[1]) } : {};
}

async function problemFrom(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      const params = Object.fromEntries(Object.entries(body).filter(([k]) => !STANDARD_MEMBERS.has(k)));
      return new ApiProblem({
        title: body.title ?? `HTTP ${response.status}`,
        detail: body.detail,
        status: body.status ?? response.status,
        code: body.code,
        params,
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

  const first = `/api/collections/${encodeURIComponent(collectionId)}/items?${params}`;
  if (!featureCache.has(first)) {
    const promise = allPages(first);
    promise.catch(() => featureCache.delete(first));
    featureCache.set(first, promise);
    if (featureCache.size > 24) featureCache.delete(featureCache.keys().next().value); // the oldest: geometry is big
  }
  return featureCache.get(first);
}

// the same geometry asked twice (outlines and choropleth, or early and on time) is fetched once
const featureCache = new Map();

async function allPages(firstUrl) {
  let url = firstUrl;
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

/** Download URL of the export of a collection in format csv | geojson | gpkg; CSV in dialect excel-nl | plain. */
export function exportUrl(collectionId, format, { indicators = [], gemeente, bbox, dialect, lang } = {}) {
  const params = new URLSearchParams();
  if (indicators.length) params.set('indicators', indicators.join(','));
  if (gemeente) params.set('gemeente', gemeente);
  if (bbox) params.set('bbox', bbox.map((v) => v.toFixed(5)).join(','));
  if (format === 'csv' && dialect) params.set('dialect', dialect);
  if (format === 'csv' && lang) params.set('lang', lang);
  return `/api/exports/${collectionId}.${format}?${params}`;
}

export function fetchDefaultFramework() {
  return getJson('/api/frameworks/default');
}

/** POST /api/selections; a 422 selection-infeasible becomes an ApiProblem whose message names the conflicts. */
export function runSelection(request) {
  return postJson('/api/selections', request);
}

export function runUncertainty(request) {
  return postJson('/api/selections/uncertainty', request);
}

/** Regions per cap family ({perProvince: [{id, name}], …}) for per-region overrides. */
export function fetchCapRegions() {
  return getJson('/api/selections/regions');
}

export function fetchPriorityAreas(gemeente, k = 5) {
  return getJson(`/api/selections/${encodeURIComponent(gemeente)}/priority-areas?k=${k}`);
}

export async function fetchScenarios() {
  return (await getJson('/api/scenarios')).scenarios;
}

export function fetchScenario(id) {
  return getJson(`/api/scenarios/${encodeURIComponent(id)}`);
}

export function saveScenario(scenario) {
  return postJson('/api/scenarios', scenario);
}

export function compareScenarios(a, b) {
  return getJson(`/api/scenarios/${encodeURIComponent(a)}/compare/${encodeURIComponent(b)}`);
}

// ---- session, audit, decisions --------------------------------------------------------------

/** Who is signed in: {authenticated, username, role, gemeente, demoMode, demoUsers, csrf}. */
export function fetchSession() {
  return getJson('/api/session');
}

export function fetchAudit(limit = 500) {
  return getJson(`/api/audit?limit=${limit}`);
}

/** Records a programme manager's decision on a scenario: decision adopt | reject | defer. */
export function recordDecision(scenarioId, decision, note) {
  return postJson('/api/decisions', { scenarioId, decision, note });
}

// ---- monitor ------------------------------------------------------------------------------

export function fetchMonitorIndicators() {
  return getJson('/api/monitor/indicators');
}

export function fetchMonitor(code, indicator) {
  return getJson(`/api/monitor/${encodeURIComponent(code)}?indicator=${encodeURIComponent(indicator)}`);
}

export function fetchMonitorProgramme(params) {
  return getJson(`/api/monitor/programme?${new URLSearchParams(params)}`);
}

export function fetchFocusAreas() {
  return getJson('/api/monitor/focus-areas');
}

export function fetchMonitorTrends(params) {
  return getJson(`/api/monitor/trends?${new URLSearchParams(params)}`);
}
