// One choropleth map: level (chosen or automatic by zoom), layer, classification, and the
// geometry loading behind them. Used once on the programme and municipality views and twice
// (synchronised) in the analyst view.

import { fetchAllFeatures, fetchLayerValues } from './api.js';
import { AreaLayer } from './areas.js';
import { classifyValues } from './choropleth.js';
import { popupContent, valueText } from './feature-info.js';
import { indicatorLabel, t } from './i18n.js';
import { createInfoBox, createMap } from './map.js';

export const LEVELS = ['gemeente', 'wijk', 'buurt'];
const COLLECTIONS = { gemeente: 'gemeenten', wijk: 'wijken', buurt: 'buurten' };

/** Automatic level by zoom: municipalities nationally, wijken regionally, buurten in town. */
export function levelForZoom(zoom, gemeente) {
  if (gemeente) return zoom >= 13 ? 'buurt' : 'wijk';
  return zoom < 9 ? 'gemeente' : zoom < 11.5 ? 'wijk' : 'buurt';
}

/**
 * Geometry is fetched for the whole country (or the whole gemeente) at a fixed generalisation
 * per level; past zoom 12 wijken and buurten are refetched for the view at the map's zoom, so
 * detail arrives only where it is looked at.
 */
function geometryRequest(level, zoom, gemeente, bounds) {
  // wijken and buurten come as vector tiles (vector-tiles.js): the tile layer fetches what the view needs
  if (level !== 'gemeente') return { key: `tiles:${gemeente ?? 'nl'}`, tiles: true };
  if (gemeente) return { key: `${gemeente}`, options: { gemeente, zoom: 12 } };
  if (level === 'gemeente' || zoom < 12) return { key: 'national', options: { zoom: level === 'wijk' ? 9 : 8 } };
  const z = Math.min(14, Math.floor(zoom));
  const b = bounds.pad(0.5);
  const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => Math.round(v * 100) / 100);
  return { key: `z${z}:${bbox}`, options: { zoom: z, bbox }, bounds: b };
}

export class MapView {
  /** options: container, config (/api/map/config), layers (catalogue), gemeente (code or null), onChange(). */
  constructor({ container, config, layers, gemeente = null, onChange = () => {}, onStatus = () => {}, onError = () => {} }) {
    this.layers = layers;
    this.gemeente = gemeente;
    this.onChange = onChange;
    this.onStatus = onStatus;
    this.onError = onError;
    this.levelChoice = 'auto';
    this.method = 'quantile';
    this.breaks = [];
    this.colourOverride = null; // (code) → colour, for the bivariate map
    this.geometry = new Map(); // level → {key, collection}
    this.request = 0;
    this.map = createMap(container, config);
    this.areas = new AreaLayer(this.map, {
      onHover: (p) => { this.infoBox.show(p); this.onHoverArea?.(p); },
      popupContent: (p) => popupContent(this.describe(p), this.indicator),
    });
    this.infoBox = createInfoBox(this.map, (p) => valueText(this.describe(p), this.indicator));
    this.map.on('moveend', () => this.refresh({ quiet: true }));
    this.title = window.L.control({ position: 'bottomleft' });
    this.title.onAdd = () => window.L.DomUtil.create('div', 'map-title');
    this.title.addTo(this.map);
  }

  get level() {
    return this.levelChoice === 'auto' ? levelForZoom(this.map.getZoom(), this.gemeente) : this.levelChoice;
  }

  get collectionId() {
    return COLLECTIONS[this.level];
  }

  /** Layers available at a level (the index exists everywhere, most indicators only for gemeenten). */
  layersAt(level) {
    return this.layers.filter((l) => (l.levels ?? []).includes(level));
  }

  /** Properties with the current value merged in, in the shape feature-info expects. */
  describe(properties) {
    const [value, status] = this.values?.get(properties.code) ?? [null, 'missing'];
    return { ...properties, [this.indicator.id]: value, [`${this.indicator.id}_status`]: status };
  }

  async setIndicator(id) {
    this.indicatorId = id;
    await this.refresh();
  }

  async setLevelChoice(choice) {
    this.levelChoice = choice;
    await this.refresh();
  }

  async setClassification(method, breaks = []) {
    this.method = method;
    this.breaks = breaks;
    await this.refresh();
  }

  /** Brings geometry, values and colours in line with level, indicator and view. */
  async refresh({ quiet = false } = {}) {
    const request = ++this.request;
    const level = this.level;
    const available = this.layersAt(level);
    const indicator = available.find((l) => l.id === this.indicatorId) ?? available.find((l) => l.id === 'index') ?? available[0];
    if (!quiet) this.onStatus('status.loadingIndicator');
    try {
      const wanted = geometryRequest(level, this.map.getZoom(), this.gemeente, this.map.getBounds());
      const drawnKey = `${level}|${wanted.key}`;
      const loaded = this.drawnKey === drawnKey
        || (wanted.bounds && this.drawnBounds?.contains(this.map.getBounds()) && this.drawnKey?.startsWith(`${level}|z${Math.min(14, Math.floor(this.map.getZoom()))}:`));
      const signature = `${drawnKey}|${indicator.id}|${this.method}|${this.breaks}|${Boolean(this.colourOverride)}`;
      if (quiet && loaded && signature === this.signature) {
        this.onChange(this); // only the view moved: nothing to redraw, but the permalink follows
        return;
      }
      const [collection, values] = await Promise.all([
        loaded || wanted.tiles ? null : fetchAllFeatures(COLLECTIONS[level], { ...wanted.options, properties: ['code', 'name', 'gemeente', 'programmeTranche', 'approximateBoundary'], limit: 10000 }),
        fetchLayerValues(indicator.id, level),
      ]);
      if (request !== this.request) return; // a later change overtook this one
      this.indicator = indicator;
      this.values = this.gemeente ? onlyIn(values, this.gemeente) : values;
      this.classification = classifyValues(this.values, indicator.direction, { method: this.method, breaks: this.breaks });
      const fill = this.colourOverride ?? ((code) => {
        const [v, s] = this.values.get(code) ?? [null, 'missing'];
        return this.classification.colourForValue(v, s);
      });
      if (wanted.tiles && !loaded) {
        this.areas.fillFor = fill;
        const digits = this.gemeente?.slice(2);
        await this.areas.showTiles(level, COLLECTIONS[level], digits ? (code) => code.slice(2, 6) === digits : null);
        if (request !== this.request) return;
        this.drawnKey = drawnKey;
        this.drawnBounds = null;
        this.drawnLevel = level;
      } else if (collection) {
        this.areas.fillFor = fill;
        this.areas.show(level, collection);
        this.drawnKey = drawnKey;
        this.drawnBounds = wanted.bounds ?? null;
        this.drawnLevel = level;
      } else {
        this.areas.recolour(fill);
      }
      this.signature = signature;
      this.title.getContainer().textContent = `${indicatorLabel(indicator)} — ${t(`level.plural.${level}`)}`;
      this.title.getContainer().dataset.indicator = indicator.id;
      this.onStatus(null);
      this.onChange(this);
    } catch (error) {
      if (request === this.request) {
        this.onStatus(null);
        this.onError(error);
      }
    }
  }

  /** Re-applies colours without reloading (e.g. after the bivariate option changes). */
  recolour() {
    if (!this.classification) return;
    this.areas.recolour(this.colourOverride ?? ((code) => {
      const [v, s] = this.values.get(code) ?? [null, 'missing'];
      return this.classification.colourForValue(v, s);
    }));
  }
}

/** Only the values of areas in one gemeente: CBS wijk and buurt codes embed the gemeente number. */
export function onlyIn(values, gemeente) {
  const digits = gemeente.slice(2);
  const out = new Map();
  for (const [code, v] of values) {
    if (code.slice(2, 6) === digits) out.set(code, v);
  }
  return out;
}
