// Bootstrap: loads the catalogue, draws the gemeente choropleth and wires the
// indicator selector and the language toggle.

import { ApiProblem, fetchAllFeatures, fetchCollections, fetchIndicators, fetchMapConfig } from './api.js';
import { AreaLayer } from './areas.js';
import { classify } from './choropleth.js';
import { popupContent, valueText } from './feature-info.js';
import { getLang, indicatorLabel, onLangChange, setLang, t, translateDocument } from './i18n.js';
import { renderLegend } from './legend.js';
import { createInfoBox, createMap, refreshAttribution } from './map.js';

const LEVEL = 'gemeente';
const DEFAULT_INDICATOR = 'crime_per_1000';

const ui = {
  select: document.getElementById('indicator-select'),
  langButton: document.getElementById('lang-toggle'),
  legend: document.getElementById('legend'),
  status: document.getElementById('status'),
  error: document.getElementById('error'),
};

const state = {
  indicators: [],
  indicator: null,
  classification: null,
  collectionId: null,
  fetchZoom: null,
  valuesByIndicator: new Map(), // indicator id → features carrying its value and status
  request: 0,
  statusKey: null, // message keys on display, kept to re-word them after a language switch
  error: null,
};

let map;
let areas;
let infoBox;

function showStatus(key) {
  state.statusKey = key;
  ui.status.textContent = key ? t(key) : '';
}

function showError(error) {
  if (error !== state.error) console.warn(error);
  state.error = error;
  const detail = error instanceof ApiProblem
    ? (error.status === 0 ? t('error.network') : error.message)
    : String(error.message ?? error);
  ui.error.textContent = `${t('error.prefix')}: ${detail}`;
  ui.error.hidden = false;
}

function fillIndicatorOptions(selectedId) {
  ui.select.replaceChildren(...state.indicators.map((indicator) => {
    const option = document.createElement('option');
    option.value = indicator.id;
    option.textContent = indicatorLabel(indicator);
    return option;
  }));
  if (selectedId) ui.select.value = selectedId;
}

function tranchesPresent() {
  const counts = new Map();
  for (const properties of areas.properties()) {
    const tranche = properties.programmeTranche;
    if (tranche) counts.set(tranche, (counts.get(tranche) ?? 0) + 1);
  }
  return counts;
}

function redrawLegend() {
  renderLegend(ui.legend, {
    indicator: state.indicator,
    classification: state.classification,
    tranchesPresent: tranchesPresent(),
  });
}

async function featuresWith(indicator) {
  if (!state.valuesByIndicator.has(indicator.id)) {
    const collection = await fetchAllFeatures(state.collectionId, { indicators: [indicator.id], zoom: state.fetchZoom });
    state.valuesByIndicator.set(indicator.id, collection);
  }
  return state.valuesByIndicator.get(indicator.id);
}

async function showIndicator(indicator) {
  const request = ++state.request;
  showStatus('status.loadingIndicator');
  ui.select.setAttribute('aria-busy', 'true');
  try {
    const collection = await featuresWith(indicator);
    if (request !== state.request) return; // a later choice overtook this one
    if (!areas.hasFeatures()) areas.setFeatures(collection);
    state.indicator = indicator;
    state.classification = classify(collection.features.map((f) => f.properties), indicator.id, indicator.direction);
    areas.applyValues(collection.features, state.classification.colourFor);
    redrawLegend();
    ui.error.hidden = true;
    state.error = null;
    showStatus(null);
  } catch (error) {
    if (request === state.request) {
      showStatus(null);
      showError(error);
      if (state.indicator) ui.select.value = state.indicator.id;
    }
  } finally {
    if (request === state.request) ui.select.removeAttribute('aria-busy');
  }
}

function switchLanguage() {
  setLang(getLang() === 'nl' ? 'en' : 'nl');
}

function onLanguageChanged() {
  translateDocument();
  ui.langButton.setAttribute('aria-pressed', String(getLang() === 'en'));
  fillIndicatorOptions(ui.select.value);
  showStatus(state.statusKey);
  if (state.error) showError(state.error);
  if (!map) return; // the page failed before the map was built
  refreshAttribution(map);
  infoBox.refresh();
  if (state.classification) redrawLegend();
  areas.refreshOpenPopup();
}

async function optionalMapConfig() {
  try {
    return await fetchMapConfig();
  } catch {
    return null; // without a config the map simply has no base tiles
  }
}

async function start() {
  translateDocument();
  ui.langButton.addEventListener('click', switchLanguage);
  onLangChange(onLanguageChanged);
  showStatus('status.loading');

  try {
    const [collections, indicators, config] = await Promise.all([fetchCollections(), fetchIndicators(), optionalMapConfig()]);
    const collection = collections.find((c) => c.level === LEVEL);
    if (!collection) throw new Error(`no ${LEVEL} collection in /api/collections`);
    state.collectionId = collection.id;
    state.indicators = indicators.filter((i) => (i.levels ?? []).includes(LEVEL));

    map = createMap(document.getElementById('map'), config);
    state.fetchZoom = Math.floor(map.getZoom());
    areas = new AreaLayer(map, LEVEL, {
      onHover: (properties) => infoBox.show(properties),
      popupContent: (properties) => popupContent(properties, state.indicator),
    });
    infoBox = createInfoBox(map, (properties) => valueText(properties, state.indicator));

    const requested = new URLSearchParams(window.location.search).get('indicator');
    const initial = state.indicators.find((i) => i.id === requested)
      ?? state.indicators.find((i) => i.id === DEFAULT_INDICATOR)
      ?? state.indicators[0];
    if (!initial) throw new Error(`no indicator is available at ${LEVEL} level`);
    fillIndicatorOptions(initial.id);
    ui.select.disabled = false;
    ui.select.addEventListener('change', () => {
      const chosen = state.indicators.find((i) => i.id === ui.select.value);
      if (chosen) showIndicator(chosen);
    });
    await showIndicator(initial);
  } catch (error) {
    showStatus(null);
    showError(error);
  }
}

start();
