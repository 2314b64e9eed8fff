// Bootstrap: picks the view from the address — programme overview (/), municipality page
// (/gemeente/GM0983) or analyst view (/?view=analyse) — builds its map(s) and wires the
// controls. Every control state is mirrored in the address, so the address is the permalink.

import { ApiProblem, fetchAllFeatures, fetchLayers, fetchMapConfig } from './api.js';
import { METHODS, parseBreaks } from './choropleth.js';
import { bivariateColours, renderBivariateLegend, renderCorrelation, renderScatter } from './analyst.js';
import { downloadPng, updateExportLinks } from './exports.js';
import { loadGemeente, renderBenchmark, renderGemeenteInfo } from './gemeente-view.js';
import { getLang, indicatorLabel, onLangChange, setLang, t, translateDocument } from './i18n.js';
import { renderLegend } from './legend.js';
import { refreshAttribution } from './map.js';
import { LEVELS, MapView } from './map-view.js';
import { loadPriorityAreas, priorityMarks, renderPriorityAreas } from './priority-areas.js';
import { ScenarioPanel } from './scenario.js';
import { wireSearch } from './search.js';
import { TrendArrows } from './trend-arrows.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
const gemeenteMatch = window.location.pathname.match(/^\/gemeente\/(GM\d{4})$/);
const mode = gemeenteMatch ? 'gemeente' : params.get('view') === 'analyse' ? 'analyst' : 'programme';
const gemeente = gemeenteMatch ? gemeenteMatch[1] : null;

const state = {
  layers: [], views: [], tranches: new Map(), gemeenteData: null, statusKey: null, error: null, updateScatter: null,
  gemeenten: new Map(), // code → gemeente feature (programme view), for marking selections
  marksLegend: null, // {title, entries} of what is marked on the map
  scenario: null, scenarioId: params.get('scenario'),
  priority: null, priorityLevel: null,
  trends: null, // trend arrows (programme view only)
};

function showStatus(key) {
  state.statusKey = key;
  $('status').textContent = key ? t(key) : '';
}

function showError(error) {
  if (error !== state.error) console.warn(error);
  state.error = error;
  const detail = error instanceof ApiProblem
    ? (error.status === 0 ? t('error.network') : error.message)
    : String(error.message ?? error);
  $('error').textContent = `${t('error.prefix')}: ${detail}`;
  $('error').hidden = false;
}

function options(select, entries, selected) {
  select.replaceChildren(...entries.map(([value, label]) => Object.assign(document.createElement('option'), { value, textContent: label })));
  if (selected !== undefined && entries.some(([v]) => v === selected)) select.value = selected;
}

/** Fills every select for the current level and language, keeping the choices. */
function fillControls() {
  const [view, view2] = state.views;
  const layers = view.layersAt(view.level);
  options($('indicator-select'), layers.map((l) => [l.id, indicatorLabel(l)]), view.indicator?.id ?? view.indicatorId);
  if (view2) options($('indicator2-select'), layers.map((l) => [l.id, indicatorLabel(l)]), view2.indicator?.id ?? view2.indicatorId);
  const levels = gemeente ? ['wijk', 'buurt'] : LEVELS;
  options($('level-select'), [['auto', t('level.auto')], ...levels.map((l) => [l, t(`level.${l}`)])], view.levelChoice);
  options($('method-select'), METHODS.map((m) => [m, t(`method.${m}`)]), view.method);
  $('custom-breaks').hidden = view.method !== 'custom';
}

function redraw() {
  const [view, view2] = state.views;
  if (!view.classification) return;
  if (state.priority && state.priorityLevel !== view.level) showPriorityMarks();
  state.trends?.setLevelVisible(view.level === 'gemeente');
  renderLegend($('legend'), {
    indicator: view.indicator,
    classification: view.classification,
    tranchesPresent: state.tranches,
    level: view.level,
    marks: state.marksLegend,
  });
  const bivariate = Boolean(view2 && $('bivariate-toggle').checked && view2.values);
  $('bivariate-legend').hidden = !bivariate;
  if (bivariate) renderBivariateLegend($('bivariate-legend'), view.indicator, view2.indicator);
  if (view2?.classification && view2.level === view.level) {
    const names = new Map(view.areas.properties().map((p) => [p.code, p.name]));
    state.updateScatter = renderScatter($('scatter'), {
      a: view.indicator, b: view2.indicator, valuesA: view.values, valuesB: view2.values, names,
      onHover: (code) => { view.areas.highlight(code); view2.areas.highlight(code); },
    });
  }
  fillControls();
  const shown = [...new Set(state.views.filter((v) => v.indicator).map((v) => v.indicator.id))];
  updateExportLinks(view, { indicators: shown, gemeente });
  updatePermalink();
}

function updatePermalink() {
  const [view, view2] = state.views;
  const p = new URLSearchParams();
  if (mode === 'analyst') p.set('view', 'analyse');
  p.set('indicator', view.indicatorId);
  if (view2?.indicatorId) p.set('indicator2', view2.indicatorId);
  if (view.levelChoice !== 'auto') p.set('level', view.levelChoice);
  if (view.method !== 'quantile') p.set('method', view.method);
  if (view.method === 'custom') p.set('breaks', view.breaks.join(';'));
  if (view2 && $('bivariate-toggle').checked) p.set('bivariate', '1');
  if (state.scenarioId) p.set('scenario', state.scenarioId);
  if (state.trends?.state) p.set('trend', state.trends.state);
  if (getLang() !== 'nl') p.set('lang', getLang());
  const c = view.map.getCenter();
  p.set('z', String(view.map.getZoom()));
  p.set('lat', c.lat.toFixed(4));
  p.set('lng', c.lng.toFixed(4));
  const url = `${window.location.pathname}?${p}`;
  window.history.replaceState(null, '', url);
  $('permalink').href = url;
}

function newView(container, config, onChange) {
  return new MapView({
    container, config, layers: state.layers, gemeente, onChange,
    onStatus: showStatus,
    onError: showError,
  });
}

async function applyBivariate() {
  const [view, view2] = state.views;
  view.colourOverride = $('bivariate-toggle').checked ? bivariateColours(view.values, view2.values) : null;
  view.recolour();
  redraw();
}

function wireControls() {
  const [view, view2] = state.views;
  $('indicator-select').addEventListener('change', () => view.setIndicator($('indicator-select').value));
  $('indicator2-select').addEventListener('change', () => view2?.setIndicator($('indicator2-select').value));
  $('level-select').addEventListener('change', () => state.views.forEach((v) => v.setLevelChoice($('level-select').value)));
  $('method-select').addEventListener('change', () => {
    const method = $('method-select').value;
    $('custom-breaks').hidden = method !== 'custom';
    if (method !== 'custom') view.setClassification(method);
    else $('breaks-input').focus();
  });
  $('breaks-apply').addEventListener('click', () => view.setClassification('custom', parseBreaks($('breaks-input').value)));
  $('bivariate-toggle').addEventListener('change', applyBivariate);
  $('export-png').addEventListener('click', () => downloadPng(view, `pmg-${view.collectionId}-${view.indicatorId}.png`));
  $('lang-toggle').addEventListener('click', () => setLang(getLang() === 'nl' ? 'en' : 'nl'));
  wireSearch({
    form: $('search-form'), input: $('search-input'), list: $('search-results'),
    onChoose: (hit) => {
      if (!hit.bbox) return;
      const [w, s, e, n] = hit.bbox;
      view.map.fitBounds([[s, w], [n, e]], { maxZoom: 14 });
    },
  });
}

function onLanguageChanged() {
  translateDocument();
  $('lang-toggle').setAttribute('aria-pressed', String(getLang() === 'en'));
  showStatus(state.statusKey);
  if (state.error) showError(state.error);
  for (const view of state.views) {
    refreshAttribution(view.map);
    view.infoBox.refresh();
    view.areas.refreshOpenPopup();
  }
  if (state.gemeenteData) {
    renderGemeenteInfo($('gemeente-info'), state.gemeenteData);
    renderBenchmark($('benchmark'), state.gemeenteData.benchmark, state.layers);
  }
  if (mode === 'analyst') renderCorrelation($('correlation'), state.layers).catch(showError);
  if (state.scenario) state.scenario.render();
  state.trends?.relabel();
  if (state.priority) {
    renderPriorityAreas($('priority-areas'), state.priority, zoomToArea, changePriorityLens);
    state.priorityLevel = null;
  }
  if (state.views[0]?.classification) redraw();
}

async function programmeOutlines(view) {
  const collection = await fetchAllFeatures('gemeenten', { zoom: 8, limit: 1000, properties: ['code', 'name', 'programmeTranche'] });
  view.areas.showProgramme(collection);
  state.gemeenten = new Map(collection.features.map((f) => [f.properties.code, f]));
  state.tranches = new Map();
  for (const f of collection.features) {
    const tr = f.properties.programmeTranche;
    if (tr) state.tranches.set(tr, (state.tranches.get(tr) ?? 0) + 1);
  }
}

async function start() {
  if (params.get('lang') === 'en') setLang('en');
  translateDocument();
  onLangChange(onLanguageChanged);
  document.body.classList.add(`mode-${mode}`);
  showStatus('status.loading');
  try {
    const [layers, config] = await Promise.all([fetchLayers(), fetchMapConfig().catch(() => null)]);
    state.layers = layers;
    const view = newView($('map'), config, redraw);
    state.views.push(view);
    if (mode === 'analyst') {
      $('map2').hidden = false;
      $('analysis').hidden = false;
      $('analyst-controls').hidden = false;
      $('subtitle').dataset.i18n = 'analyst.subtitle';
      const view2 = newView($('map2'), config, redraw);
      state.views.push(view2);
      syncMaps(view.map, view2.map);
      view.onHoverArea = (p) => { view2.areas.highlight(p?.code ?? null); state.updateScatter?.(p?.code ?? null); };
      view2.onHoverArea = (p) => { view.areas.highlight(p?.code ?? null); state.updateScatter?.(p?.code ?? null); };
      $('bivariate-toggle').checked = params.get('bivariate') === '1';
    }
    if (gemeente) $('subtitle').dataset.i18n = 'gemeente.subtitle';
    translateDocument();
    $('lang-toggle').setAttribute('aria-pressed', String(getLang() === 'en'));

    for (const v of state.views) {
      v.levelChoice = params.get('level') ?? 'auto';
      v.method = params.get('method') ?? 'quantile';
      v.breaks = parseBreaks(params.get('breaks'));
    }
    // the municipality view opens on "waar jongeren wonen", the lens of its priority areas
    view.indicatorId = params.get('indicator') ?? (mode === 'gemeente' ? 'index_residential' : 'crime_per_1000');
    if (state.views[1]) state.views[1].indicatorId = params.get('indicator2') ?? 'income_per_inhabitant';
    $('breaks-input').value = view.breaks.join('; ');

    if (gemeente) {
      const area = await fetchAllFeatures('gemeenten', { gemeente, zoom: 10, limit: 1 });
      const outline = window.L.geoJSON(area, { interactive: false, className: 'gemeente-outline', style: { fill: false, color: '#111', weight: 2.5 } });
      outline.addTo(view.map);
      view.map.fitBounds(outline.getBounds());
      state.gemeenteData = await loadGemeente(gemeente);
      renderGemeenteInfo($('gemeente-info'), state.gemeenteData);
      renderBenchmark($('benchmark'), state.gemeenteData.benchmark, state.layers);
      document.title = `${state.gemeenteData.benchmark.name} — Preventie met Gezag`;
      state.priority = await loadPriorityAreas(gemeente);
      renderPriorityAreas($('priority-areas'), state.priority, zoomToArea, changePriorityLens);
      showPriorityMarks();
    } else {
      await programmeOutlines(view);
    }
    if (params.has('lat') && params.has('lng') && params.has('z')) {
      view.map.setView([Number(params.get('lat')), Number(params.get('lng'))], Number(params.get('z')));
    }
    fillControls();
    $('indicator-select').disabled = false;
    wireControls();
    // the scenario panel loads beside the map rather than before it, so it does not delay the first drawing
    const scenarioPanel = mode === 'programme' ? startScenarioPanel() : null;
    const trendArrows = mode === 'programme' ? startTrendArrows(view) : null;
    await Promise.all(state.views.map((v) => v.refresh()));
    const drawnMs = performance.now();
    if (mode === 'analyst') {
      if ($('bivariate-toggle').checked) await applyBivariate();
      await renderCorrelation($('correlation'), state.layers);
    }
    await scenarioPanel;
    await trendArrows;
    window.pmg = { views: state.views, scenario: state.scenario, ready: true, readyMs: mode === 'programme' ? drawnMs : performance.now() }; // for the browser tests
  } catch (error) {
    showStatus(null);
    showError(error);
  }
}

/** Marks the scenario panel's selection or comparison on the map and in the legend. */
function showScenarioMarks({ marks, legend }) {
  const view = state.views[0];
  view.areas.showMarks(marks.filter((m) => state.gemeenten.has(m.code)).map((m) => ({ feature: state.gemeenten.get(m.code), kind: m.kind })));
  state.marksLegend = legend;
  if (view.classification) redraw();
}

/** The priority panel's lens or rank changed: reload the list and the marks (features are kept). */
async function changePriorityLens(query) {
  try {
    state.priority = await loadPriorityAreas(gemeente, query, state.priority.features);
    renderPriorityAreas($('priority-areas'), state.priority, zoomToArea, changePriorityLens);
    showPriorityMarks();
    // the map follows the lens: the residential score, or the incidents figure the list is ordered by
    const layer = query.lens === 'incidents' ? (query.rank === 'per_km2' ? 'crime_per_km2' : 'crime_count') : 'index_residential';
    $('indicator-select').value = layer;
    await state.views[0].setIndicator(layer);
  } catch (error) {
    showError(error);
  }
}

function showPriorityMarks() {
  const view = state.views[0];
  const level = view.level === 'buurt' ? 'buurt' : 'wijk';
  const { marks, legend } = priorityMarks(state.priority, level);
  view.areas.showMarks(marks);
  state.marksLegend = legend;
  state.priorityLevel = view.level;
}

/** Fits the map to one area (a gemeente of the programme view, or a priority wijk or buurt). */
function zoomToArea(code) {
  const view = state.views[0];
  const feature = state.gemeenten.get(code) ?? state.priority?.features.get(code);
  if (!feature) return;
  const bounds = window.L.geoJSON(feature).getBounds();
  view.map.fitBounds(bounds, { maxZoom: 13, padding: [20, 20] });
  view.map.getContainer().focus();
}

async function startScenarioPanel() {
  const panel = new ScenarioPanel({
    layers: state.layers,
    onMarks: showScenarioMarks,
    onScenario: (id) => { state.scenarioId = id; if (state.views[0].classification) updatePermalink(); },
    onZoomTo: zoomToArea,
  });
  state.scenario = panel;
  await panel.init();
  if (state.scenarioId) await panel.open(state.scenarioId);
}

/** Trend arrows: ?trend=2021-2025:crime_total in the address turns them on with that period and indicator. */
async function startTrendArrows(view) {
  const [period, indicator] = (params.get('trend') ?? '').split(':');
  const trends = new TrendArrows(view.map, {
    toggle: $('trend-toggle'), period: $('trend-period'), indicator: $('trend-indicator'), legend: $('trend-legend'),
    onChange: () => { if (state.views[0].classification) updatePermalink(); },
    onError: showError,
  });
  state.trends = trends;
  trends.setLevelVisible(view.level === 'gemeente');
  $('trend-controls').hidden = false;
  await trends.init({ enabled: params.has('trend'), period: period || undefined, indicator: indicator || undefined });
}

/** Twin maps: moving either moves the other, without echoing back and forth. */
function syncMaps(a, b) {
  let syncing = false;
  const follow = (from, to) => from.on('move', () => {
    if (syncing) return;
    syncing = true;
    to.setView(from.getCenter(), from.getZoom(), { animate: false });
    syncing = false;
  });
  follow(a, b);
  follow(b, a);
}

start();
