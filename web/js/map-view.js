// One choropleth map: level (chosen or automatic by zoom), layer, classification, and the
// geometry loading behind them. Used once on the programme and municipality views and twice
// (synchronised) in the analyst view.

import { fetchAllFeatures, fetchLayerValues } from './api.js';
import { isOtherYear, seriesValues, seriesYears } from './series.js';
import { AreaLayer } from './areas.js';
import { NO_DATA_COLOUR, UNRELIABLE_COLOUR, classifyValues } from './choropleth.js';
import { afterPaint, nextTask } from './dom.js';
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
 * The automatic level, never one the user cannot see: wanted is what the zoom asks for, allowed the
 * levels whose values the user may read (security: wijk/buurt values are suppressed without detail
 * rights, so going there would only draw grey). limited says the zoom asked for more than allowed.
 */
export function allowedLevel(wanted, allowed) {
  if (allowed.includes(wanted)) return { level: wanted, limited: false };
  const deepest = LEVELS.filter((l) => allowed.includes(l)).pop() ?? 'gemeente';
  return { level: deepest, limited: LEVELS.indexOf(wanted) > LEVELS.indexOf(deepest) };
}

/**
 * Geometry is fetched for the whole country (or the whole gemeente) at a fixed generalisation
 * per level; past zoom 12 wijken and buurten are refetched for the view at the map's zoom, so
 * detail arrives only where it is looked at.
 */
function geometryRequest(level, zoom, gemeente, bounds) {
  // wijken and buurten come as vector tiles (vector-tiles.js): the tile layer fetches what the view needs
  if (level !== 'gemeente') return { key: `tiles:${gemeente ?? 'nl'}`, tiles: true };
  if (level === 'gemeente' || zoom < 12) return { key: 'national', options: { zoom: level === 'wijk' ? 9 : 8 } };
  const z = Math.min(14, Math.floor(zoom));
  const b = bounds.pad(0.5);
  const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => Math.round(v * 100) / 100);
  return { key: `z${z}:${bbox}`, options: { zoom: z, bbox }, bounds: b };
}

/** The properties every drawn area needs (one request shape, so outlines and choropleth share the answer). */
export const AREA_PROPERTIES = ['code', 'name', 'gemeente', 'programmeTranche', 'approximateBoundary'];

/** The national gemeente geometry the map starts with: asked for early, before the page knows its user. */
export function nationalGemeenten() {
  return fetchAllFeatures('gemeenten', { zoom: 8, properties: AREA_PROPERTIES, limit: 10000 });
}

export class MapView {
  /**
   * options: container, config (/api/map/config), layers (catalogue), gemeente (code or null), levels (the
   * levels whose values this user may see), onChange(view), onStatus(key), onError(error).
   */
  constructor({ container, config, layers, gemeente = null, levels = LEVELS, onChange = () => {}, onStatus = () => {}, onError = () => {} }) {
    this.layers = layers;
    this.gemeente = gemeente;
    this.allowedLevels = levels;
    this.container = container;
    this.onChange = onChange;
    this.onStatus = onStatus;
    this.onError = onError;
    this.levelChoice = 'auto';
    this.year = null; // null: the catalogue's own year of the indicator
    this.minPopulation = config?.minPopulation ?? 50;
    this.method = 'quantile';
    this.breaks = [];
    this.colourOverride = null; // (code) → colour, for the bivariate map
    this.geometry = new Map(); // level → {key, collection}
    this.request = 0;
    this.map = createMap(container, config);
    this.areas = new AreaLayer(this.map, {
      onHover: (p) => { this.infoBox.show(p); this.onHoverArea?.(p); },
      popupContent: (p) => popupContent(this.describe(p), this.indicator),
      labelFor: (p) => (this.indicator ? `${p.name}: ${valueText(this.describe(p), this.indicator)}` : p.name),
      onTilesDrawn: () => this.tilesDrawn(),
    });
    this.infoBox = createInfoBox(this.map, (p) => valueText(this.describe(p), this.indicator));
    this.map.on('moveend', () => this.refresh({ quiet: true }));
    this.title = window.L.control({ position: 'bottomleft' });
    this.title.onAdd = () => window.L.DomUtil.create('div', 'map-title');
    this.title.addTo(this.map);
  }

  get level() {
    if (this.levelChoice !== 'auto') return this.levelChoice;
    return allowedLevel(levelForZoom(this.map.getZoom(), this.gemeente), this.allowedLevels).level;
  }

  /** True when the zoom asks for wijken or buurten this user cannot see (the map says so in one line). */
  get levelLimited() {
    return this.levelChoice === 'auto' && allowedLevel(levelForZoom(this.map.getZoom(), this.gemeente), this.allowedLevels).limited;
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

  /** Another year of an indicator with a series (gemeente level); null goes back to the catalogue's year. */
  async setYear(year) {
    this.year = year;
    await this.refresh();
  }

  async setClassification(method, breaks = []) {
    this.method = method;
    this.breaks = breaks;
    await this.refresh();
  }

  /**
   * Brings geometry, values and colours in line with level, indicator and view. Resolves once what the
   * map should show now is drawn: a refresh overtaken by a later one (a move, another indicator) waits for
   * that one, so "the page is ready" never comes before the last drawing. A move while the same drawing is
   * still under way joins it rather than starting it again.
   */
  async refresh({ quiet = false } = {}) {
    let plan;
    try {
      plan = this.plan();
    } catch (error) {
      this.onError(error);
      return;
    }
    if (quiet && plan.signature === this.drawing?.signature) {
      await this.drawing.done;
      return;
    }
    const done = this.draw(plan, quiet);
    const drawing = { signature: plan.signature, done };
    this.drawing = drawing;
    const clear = () => { if (this.drawing === drawing) this.drawing = null; };
    done.then(clear, clear);
    await done;
    while (this.drawing && this.drawing !== drawing) await this.drawing.done;
  }

  /** What the map should show now, and the signature that tells whether it already does. */
  plan() {
    const level = this.level;
    const available = this.layersAt(level);
    const indicator = available.find((l) => l.id === this.indicatorId) ?? available.find((l) => l.id === 'index') ?? available[0];
    const wanted = geometryRequest(level, this.map.getZoom(), this.gemeente, this.map.getBounds());
    const drawnKey = `${level}|${wanted.key}`;
    const year = seriesYears(indicator, level)?.includes(this.year) && isOtherYear(indicator, this.year) ? this.year : null;
    const signature = `${drawnKey}|${indicator.id}|${year}|${this.method}|${this.breaks}|${Boolean(this.colourOverride)}`;
    return { level, indicator, wanted, drawnKey, year, signature };
  }

  async draw({ level, indicator, wanted, drawnKey, year, signature }, quiet) {
    const request = ++this.request;
    if (!quiet) this.onStatus('status.loadingIndicator');
    // the first title says what is being drawn before the geometry is in (the same words as once it is drawn)
    // and is painted before the geometry is asked for, so that the page's largest text does not wait for it
    if (!this.indicator && indicator) {
      this.showTitle(indicator, level, year ?? indicator.year);
      await afterPaint();
      if (request !== this.request) return;
    }
    try {
      const loaded = this.drawnKey === drawnKey
        || (wanted.bounds && this.drawnBounds?.contains(this.map.getBounds()) && this.drawnKey?.startsWith(`${level}|z${Math.min(14, Math.floor(this.map.getZoom()))}:`));
      if (quiet && loaded && signature === this.signature) {
        this.container.dataset.limited = String(this.levelLimited);
        this.onChange(this); // only the view moved: nothing to redraw, but the permalink follows
        return;
      }
      const populationRule = appliesPopulationRule(indicator, level);
      const [collection, values, population] = await Promise.all([
        // tiles: their tileset beside the values (the tiles themselves need the colours)
        loaded ? null : wanted.tiles ? import('./vector-tiles.js').then((m) => m.tileLimits(COLLECTIONS[level])).then(() => null)
          : fetchAllFeatures(COLLECTIONS[level], { ...wanted.options, properties: AREA_PROPERTIES, limit: 10000 }),
        year ? seriesValues(indicator, year) : fetchLayerValues(indicator.id, level),
        populationRule ? fetchLayerValues('population', level) : null,
      ]);
      if (request !== this.request) return; // a later change overtook this one
      this.indicator = indicator;
      this.shownYear = year ?? indicator.year; // what the legend and title say
      // on the municipality page its wijken and buurten are classified among themselves; a gemeente among all 342
      const local = this.gemeente && level !== 'gemeente' ? onlyIn(values, this.gemeente) : values;
      this.values = population ? withPopulationRule(local, population, this.minPopulation) : local;
      this.populationRule = population ? { min: this.minPopulation, excluded: countStatus(this.values, TOO_FEW) } : null;
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
        if (!await this.areas.show(level, collection) || request !== this.request) return;
        this.drawnKey = drawnKey;
        this.drawnBounds = wanted.bounds ?? null;
        this.drawnLevel = level;
      } else {
        this.areas.recolour(fill);
      }
      this.signature = signature;
      this.showTitle(indicator, level, this.shownYear);
      this.title.getContainer().dataset.indicator = indicator.id;
      this.publishState();
      this.onStatus(null);
      await nextTask(); // what follows the drawing (legend, ranking, labels) is a task of its own
      if (request !== this.request) return;
      this.onChange(this);
    } catch (error) {
      if (request === this.request) {
        this.onStatus(null);
        this.onError(error);
      }
    }
  }

  /** The title of what the map is about to draw, before its geometry and values are in (the page's first view). */
  announce() {
    const { indicator, level, year } = this.plan();
    if (indicator) this.showTitle(indicator, level, year ?? indicator.year);
  }

  showTitle(indicator, level, year) {
    const text = `${indicatorLabel(indicator)} — ${t(`level.plural.${level}`)}, ${year}`;
    if (this.title.getContainer().textContent !== text) this.title.getContainer().textContent = text;
  }

  /** The tile layer drew what a move asked for: what the map shows (and the ranking, the labels) follows. */
  tilesDrawn() {
    if (this.drawing || !this.drawnKey?.includes('|tiles:') || !this.indicator) return;
    this.publishState();
    this.onChange(this);
  }

  /**
   * What the map shows, on its container for assistive technology and the browser tests alike:
   * data-level, data-indicator, data-drawn (areas drawn), data-fills (the distinct class colours drawn) and
   * data-unreliable (areas drawn greyed: rates over too few residents, outside the classes).
   */
  publishState() {
    const drawn = this.areas.drawn();
    Object.assign(this.container.dataset, {
      level: this.level,
      indicator: this.indicator.id,
      drawn: String(drawn.length),
      fills: [...new Set(drawn.map((a) => a.fill).filter((f) => f && f !== NO_DATA_COLOUR && f !== UNRELIABLE_COLOUR))].sort().join(' '),
      unreliable: String(drawn.filter((a) => a.fill === UNRELIABLE_COLOUR).length),
      limited: String(this.levelLimited),
    });
  }

  /** Highlights one drawn area and shows it in the info box (search, ranking table); false when not drawn. */
  focusArea(code) {
    const properties = this.areas.properties().find((p) => p.code === code);
    if (!properties) return false;
    this.areas.highlight(code);
    this.infoBox.show(properties);
    this.container.dataset.focused = code;
    return true;
  }

  /** Re-applies colours without reloading (e.g. after the bivariate option changes). */
  recolour() {
    if (!this.classification) return;
    this.areas.recolour(this.colourOverride ?? ((code) => {
      const [v, s] = this.values.get(code) ?? [null, 'missing'];
      return this.classification.colourForValue(v, s);
    }));
    this.publishState();
  }
}

export const TOO_FEW = 'too-few-inhabitants';

/** Rates and averages over a wijk or buurt with very few inhabitants (business parks) are not classified. */
export function appliesPopulationRule(indicator, level) {
  return level !== 'gemeente' && !['persons', 'class 1-5'].includes(indicator.unit) && indicator.id !== 'population';
}

/** Values with those of areas below minPopulation inhabitants replaced by [null, too-few-inhabitants]. */
export function withPopulationRule(values, population, minPopulation) {
  const out = new Map();
  for (const [code, v] of values) {
    const [inhabitants, status] = population.get(code) ?? [null, 'missing'];
    const few = typeof inhabitants === 'number' && status !== 'suppressed' && inhabitants < minPopulation;
    out.set(code, few ? [null, TOO_FEW] : v);
  }
  return out;
}

function countStatus(values, status) {
  let n = 0;
  for (const [, s] of values.values()) if (s === status) n += 1;
  return n;
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
