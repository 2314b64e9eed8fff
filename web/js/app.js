// Bootstrap: picks the view from the address — programme overview (/), municipality page
// (/gemeente/GM0983) or analyst view (/?view=analyse) — builds its map(s) and wires the
// controls. Every control state is mirrored in the address, so the address is the permalink.
// What the map shows is published on its container (data-level, data-drawn …) and the page's
// readiness on <body data-ready>, so assistive technology and the browser tests read the DOM.

import { fetchLayerValues, fetchLayers, fetchMapConfig } from './api.js';
import { METHODS, parseBreaks } from './choropleth.js';
import { afterPaint, fillSelect } from './dom.js';
import { gemeenteOutline, loadGemeente, renderBenchmark, renderGemeenteInfo, showGemeenteOutline } from './gemeente-view.js';
import { mountHeader } from './header.js';
import { indicatorLabel, onLangChange, problemText, t } from './i18n.js';
import { AreaLabels } from './labels.js';
import { renderLegend } from './legend.js';
import { createLevelHint, refreshAttribution } from './map.js';
import { LEVELS, MapView, nationalGemeenten } from './map-view.js';
import { wirePanelToggle } from './panel.js';
import { loadPriorityAreas, priorityMarks, renderPriorityAreas, renderPriorityLocked } from './priority-areas.js';
import { loadProgrammeOutlines, startTrendArrows, syncMaps } from './programme-view.js';
import { RankingTable } from './ranking.js';
import { seriesYears } from './series.js';
import { wireSearch } from './search.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
const gemeenteMatch = window.location.pathname.match(/^\/gemeente\/(GM\d{4})$/);
const mode = gemeenteMatch ? 'gemeente' : params.get('view') === 'analyse' ? 'analyst' : 'programme';
const gemeente = gemeenteMatch ? gemeenteMatch[1] : null;
const FULL_DETAIL = new Set(['PROGRAMME_MANAGER', 'ANALYST']);
// what only one view needs is loaded by that view, so the other views' first drawing does not wait for it
const analystModule = mode === 'analyst' ? import('./analyst.js') : null;
const exportsModule = () => import('./exports.js'); // the export section lies below the map and the legend
analystModule?.catch(() => {}); // awaited in start(), where a failure is shown
let analyst = null; // the analyst view's charts (analyst.js), once loaded

const state = {
  session: null, layers: [], views: [], tranches: new Map(), gemeenteData: null, statusKey: null, error: null, updateScatter: null,
  gemeenten: new Map(), // code → gemeente feature (programme view), for marking selections
  marksLegend: null, // {title, entries} of what is marked on the map
  scenario: null, scenarioId: params.get('scenario'),
  priority: null, priorityLevel: null,
  trends: null, // trend arrows (programme view only)
  hint: null, labels: null, ranking: null, pendingFocus: params.get('area') ?? gemeente,
};

/** The levels whose values this user may read here (security: the disclosure rules of the server). */
function visibleLevels(session) {
  if (FULL_DETAIL.has(session.role)) return LEVELS;
  if (session.role === 'MUNICIPALITY' && gemeente && session.gemeente === gemeente) return LEVELS;
  return ['gemeente'];
}

function showStatus(key) {
  state.statusKey = key;
  $('status').textContent = key ? t(key) : '';
}

function showError(error) {
  if (error !== state.error) console.warn(error);
  state.error = error;
  $('error').textContent = `${t('error.prefix')}: ${problemText(error)}`;
  $('error').hidden = false;
}

/** Fills every select for the current level and language, keeping the choices. */
function fillControls() {
  const [view, view2] = state.views;
  const layers = view.layersAt(view.level);
  fillSelect($('indicator-select'), layers.map((l) => [l.id, indicatorLabel(l)]), view.indicator?.id ?? view.indicatorId);
  if (view2) fillSelect($('indicator2-select'), layers.map((l) => [l.id, indicatorLabel(l)]), view2.indicator?.id ?? view2.indicatorId);
  const levels = view.allowedLevels;
  fillSelect($('level-select'), [['auto', t('level.auto')], ...levels.map((l) => [l, t(`level.${l}`)])], view.levelChoice);
  fillSelect($('method-select'), METHODS.map((m) => [m, t(`method.${m}`)]), view.method);
  const years = view.indicator ? seriesYears(view.indicator, view.level) : null;
  $('year-controls').hidden = !years;
  if (years) fillSelect($('year-select'), years.map((y) => [String(y), String(y)]), String(view.shownYear));
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
    populationRule: view.populationRule,
    year: view.shownYear,
  });
  const bivariate = Boolean(view2 && $('bivariate-toggle').checked && view2.values);
  $('bivariate-legend').hidden = !bivariate;
  if (bivariate) analyst.renderBivariateLegend($('bivariate-legend'), view.indicator, view2.indicator);
  if (view2?.classification && view2.level === view.level) {
    const names = new Map(view.areas.properties().map((p) => [p.code, p.name]));
    state.updateScatter = analyst.renderScatter($('scatter'), {
      a: view.indicator, b: view2.indicator, valuesA: view.values, valuesB: view2.values, names,
      onHover: (code) => { view.areas.highlight(code); view2.areas.highlight(code); },
    });
  }
  fillControls();
  state.ranking.render(view);
  fetchLayerValues('population', view.level).then((p) => state.labels.update(view, p), () => state.labels.update(view, null));
  showLevelHint(view);
  applyPendingFocus(view);
  const shown = [...new Set(state.views.filter((v) => v.indicator).map((v) => v.indicator.id))];
  exportsModule().then((m) => m.updateExportLinks(view, { indicators: shown, gemeente }), showError);
  updatePermalink();
}

function showLevelHint(view) {
  const key = !view.levelLimited ? null : state.session.role === 'MUNICIPALITY' ? 'hint.ownGemeente' : 'hint.login';
  state.hint.show(key);
}

/** The area named in the address (?area=, or the gemeente of its page), once it is drawn. */
function applyPendingFocus(view) {
  if (!state.pendingFocus) return;
  if (focus(state.pendingFocus)) state.pendingFocus = null;
  else if (view.level === 'gemeente' && gemeente) { focus(gemeente); state.pendingFocus = null; }
}

function focus(code) {
  const view = state.views[0];
  if (!view.focusArea(code)) return false;
  const properties = view.areas.properties().find((p) => p.code === code);
  view.infoBox.pin(properties);
  return true;
}

function updatePermalink() {
  const [view, view2] = state.views;
  const p = new URLSearchParams();
  if (mode === 'analyst') p.set('view', 'analyse');
  p.set('indicator', view.indicatorId);
  if (view2?.indicatorId) p.set('indicator2', view2.indicatorId);
  if (view.levelChoice !== 'auto') p.set('level', view.levelChoice);
  if (view.method !== 'quantile') p.set('method', view.method);
  if (view.indicator && view.shownYear !== view.indicator.year) p.set('year', String(view.shownYear));
  if (view.method === 'custom') p.set('breaks', view.breaks.join(';'));
  if (view2 && $('bivariate-toggle').checked) p.set('bivariate', '1');
  if (state.scenarioId) p.set('scenario', state.scenarioId);
  if (state.trends?.state) p.set('trend', state.trends.state);
  if (document.documentElement.lang !== 'nl') p.set('lang', document.documentElement.lang);
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
    container, config, layers: state.layers, gemeente, onChange, levels: visibleLevels(state.session),
    onStatus: showStatus,
    onError: showError,
  });
}

async function applyBivariate() {
  const [view, view2] = state.views;
  view.colourOverride = $('bivariate-toggle').checked ? analyst.bivariateColours(view.values, view2.values) : null;
  view.recolour();
  redraw();
}

function wireControls() {
  const [view, view2] = state.views;
  $('indicator-select').addEventListener('change', () => { view.year = null; view.setIndicator($('indicator-select').value); });
  $('year-select').addEventListener('change', () => view.setYear(Number($('year-select').value)));
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
  $('export-png').addEventListener('click', async () => (await exportsModule()).downloadPng(view, { gemeenteName: state.gemeenteData?.benchmark.name }));
  wireSearch({ form: $('search-form'), input: $('search-input'), list: $('search-results'), onChoose: chooseSearchHit });
}

/**
 * Search opens the chosen area: a gemeente on its own page; a wijk or buurt on the page of its gemeente,
 * highlighted with its value in the info box. The analyst view stays where it is and zooms instead.
 */
function chooseSearchHit(hit) {
  const view = state.views[0];
  const here = mode === 'analyst' || (gemeente && hit.gemeente === gemeente) || (gemeente === hit.code);
  if (!here) {
    const page = `/gemeente/${hit.level === 'gemeente' ? hit.code : hit.gemeente}`;
    window.location.href = hit.level === 'gemeente' ? page : `${page}?area=${encodeURIComponent(hit.code)}`;
    return;
  }
  state.pendingFocus = hit.code;
  if (hit.bbox) {
    const [w, s, e, n] = hit.bbox;
    view.map.fitBounds([[s, w], [n, e]], { maxZoom: 14 });
  }
  applyPendingFocus(view);
}

function onLanguageChanged() {
  showStatus(state.statusKey);
  if (state.error) showError(state.error);
  for (const view of state.views) {
    refreshAttribution(view.map);
    view.infoBox.refresh();
    view.areas.refreshOpenPopup();
  }
  state.hint?.refresh();
  if (state.gemeenteData) {
    renderGemeenteInfo($('gemeente-info'), state.gemeenteData);
    renderBenchmark($('benchmark'), state.gemeenteData.benchmark, state.layers);
  }
  if (analyst) analyst.renderCorrelation($('correlation'), state.layers).catch(showError);
  state.calibration?.render();
  if (state.scenario) state.scenario.render();
  state.trends?.relabel();
  if (state.priority) {
    renderPriorityAreas($('priority-areas'), state.priority, zoomToArea, changePriorityLens);
    state.priorityLevel = null;
  } else if (gemeente && state.session && !visibleLevels(state.session).includes('wijk')) {
    renderPriorityLocked($('priority-areas'), state.session);
  }
  if (state.views[0]?.classification) redraw();
}

/** The municipality's name and programme status, shown as soon as they arrive: they need neither the session nor the map. */
async function showGemeenteInfo() {
  state.gemeenteData = await loadGemeente(gemeente);
  renderGemeenteInfo($('gemeente-info'), state.gemeenteData);
  document.title = `${state.gemeenteData.benchmark.name} — Preventie met Gezag`;
}

async function startGemeente(view, info) {
  const outline = await showGemeenteOutline(view, gemeente, { fit: !(params.has('lat') && params.has('z')) });
  await info;
  renderBenchmark($('benchmark'), state.gemeenteData.benchmark, state.layers);
  if (visibleLevels(state.session).includes('wijk')) {
    state.priority = await loadPriorityAreas(gemeente);
    renderPriorityAreas($('priority-areas'), state.priority, zoomToArea, changePriorityLens);
    showPriorityMarks();
  } else {
    renderPriorityLocked($('priority-areas'), state.session); // public visitors: say what a login adds, no error
  }
  return outline;
}

async function start() {
  document.body.classList.add(`mode-${mode}`);
  if (!gemeente && !params.has('z')) {
    // the first drawing needs these whoever the user is: ask now, beside the session, not after it
    nationalGemeenten().catch(() => {});
    if (!['wijk', 'buurt'].includes(params.get('level'))) fetchLayerValues(params.get('indicator') ?? 'crime_per_1000', 'gemeente').catch(() => {});
  }
  if (gemeente) gemeenteOutline(gemeente).catch(() => {});
  const gemeenteInfo = gemeente ? showGemeenteInfo() : null; // beside the session and the catalogue, not after them
  gemeenteInfo?.catch(() => {}); // awaited in startGemeente, where a failure is shown
  const subtitleKey = gemeente ? 'gemeente.subtitle' : mode === 'analyst' ? 'analyst.subtitle' : 'app.subtitle';
  const catalogue = Promise.all([fetchLayers(), fetchMapConfig().catch(() => null)]); // beside the session, not after it
  catalogue.catch(() => {}); // awaited below, where a failure is shown
  state.session = await mountHeader({ active: mode === 'gemeente' ? null : mode, subtitleKey, search: true });
  $('panel-heading').dataset.i18n = subtitleKey;
  onLangChange(onLanguageChanged);
  wirePanelToggle($('panel-toggle'), $('panel-body'));
  showStatus('status.loading');
  try {
    const [layers, config] = await catalogue;
    state.layers = layers;
    if (analystModule) analyst = await analystModule;
    if (mode === 'analyst') $('map2').hidden = false; // both halves laid out before either map fits itself: both centred
    const view = newView($('map'), config, redraw);
    state.views.push(view);
    state.hint = createLevelHint(view.map);
    state.labels = new AreaLabels(view.map);
    state.ranking = new RankingTable($('ranking'), { onChoose: (code) => { zoomToArea(code); focus(code); } });
    if (mode === 'analyst') {
      $('analysis').hidden = false;
      $('analyst-controls').hidden = false;
      const view2 = newView($('map2'), config, redraw);
      state.views.push(view2);
      syncMaps(view.map, view2.map);
      view.onHoverArea = (p) => { view2.areas.highlight(p?.code ?? null); state.updateScatter?.(p?.code ?? null); };
      view2.onHoverArea = (p) => { view.areas.highlight(p?.code ?? null); state.updateScatter?.(p?.code ?? null); };
      $('bivariate-toggle').checked = params.get('bivariate') === '1';
    }
    for (const v of state.views) v.levelChoice = v.allowedLevels.includes(params.get('level')) ? params.get('level') : 'auto';
    view.method = params.get('method') ?? 'quantile'; // the classification controls act on the (left) map
    view.breaks = parseBreaks(params.get('breaks'));
    // the municipality view opens on "waar jongeren wonen", the lens of its priority areas
    view.indicatorId = params.get('indicator') ?? (mode === 'gemeente' ? 'index_residential' : 'crime_per_1000');
    view.year = params.has('year') ? Number(params.get('year')) : null;
    if (state.views[1]) state.views[1].indicatorId = params.get('indicator2') ?? 'income_per_inhabitant';
    $('breaks-input').value = view.breaks.join('; ');
    for (const v of state.views) v.announce();
    await afterPaint(); // the title and the controls show before the geometry is drawn

    if (gemeente) await startGemeente(view, gemeenteInfo);
    else Object.assign(state, await loadProgrammeOutlines(view));
    if (params.has('lat') && params.has('lng') && params.has('z')) {
      for (const v of state.views) v.map.setView([Number(params.get('lat')), Number(params.get('lng'))], Number(params.get('z')), { animate: false });
    }
    fillControls();
    $('indicator-select').disabled = false;
    wireControls();
    // the scenario panel loads beside the map rather than before it, so it does not delay the first drawing
    const scenarioPanel = mode === 'programme' ? startScenarioPanel() : null;
    const trendArrows = mode === 'programme'
      ? startTrendArrows(view, params, {
        onChange: () => { if (state.views[0].classification) updatePermalink(); },
        onError: showError,
      }).then((trends) => { state.trends = trends; })
      : null;
    await Promise.all(state.views.map((v) => v.refresh()));
    document.body.dataset.drawnMs = String(Math.round(performance.now()));
    if (mode === 'analyst') {
      if ($('bivariate-toggle').checked) await applyBivariate();
      await analyst.renderCorrelation($('correlation'), state.layers);
      startCalibrationPanel(); // beside the rest: the first request of a round computes its calibration
    }
    await scenarioPanel;
    await trendArrows;
    await state.gemeenteData?.complete;
    document.body.dataset.ready = 'true';
  } catch (error) {
    showStatus(null);
    showError(error);
    document.body.dataset.ready = 'error';
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
    state.views[0].year = null;
    await state.views[0].setIndicator(layer);
  } catch (error) {
    showError(error);
  }
}

function showPriorityMarks() {
  const view = state.views[0];
  const level = view.level === 'buurt' ? 'buurt' : 'wijk';
  const { marks, legend } = priorityMarks(state.priority, level);
  view.areas.showMarks(view.level === 'gemeente' ? [] : marks);
  state.marksLegend = view.level === 'gemeente' ? null : legend;
  state.priorityLevel = view.level;
}

/** Fits the map to one area (a gemeente of the programme view, a priority area, a row of the ranking table). */
function zoomToArea(code) {
  const view = state.views[0];
  const feature = state.gemeenten.get(code) ?? state.priority?.features.get(code);
  const layer = feature ? window.L.geoJSON(feature) : view.areas.layerOf(code);
  if (!layer) return;
  view.map.fitBounds(layer.getBounds(), { maxZoom: view.level === 'gemeente' ? 10 : 13, padding: [20, 20] });
  view.map.getContainer().focus({ preventScroll: true });
}

/** The analyst view's "wat verklaart de keuze van …" panel (calibration on the past rounds). */
async function startCalibrationPanel() {
  const { CalibrationPanel } = await import('./calibration-panel.js');
  const panel = new CalibrationPanel($('calibration-panel'), { session: state.session });
  await panel.init().catch(showError);
  state.calibration = panel.doc ? panel : null;
}

async function startScenarioPanel() {
  const { ScenarioPanel } = await import('./scenario.js'); // below the map and the legend: loaded beside the first drawing
  const panel = new ScenarioPanel($('scenario-panel'), {
    layers: state.layers,
    session: state.session,
    onMarks: showScenarioMarks,
    onScenario: (id) => { state.scenarioId = id; if (state.views[0].classification) updatePermalink(); },
    onZoomTo: zoomToArea,
  });
  state.scenario = panel;
  await panel.init();
  if (state.scenarioId) await panel.open(state.scenarioId);
}

start();
