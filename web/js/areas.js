// Leaflet layers for one area level: the choropleth and (optionally) the programme outlines on
// top. Geometry and values are separate: geometry is drawn once per level and zoom bucket,
// switching indicator or classification only restyles. Buurten (14,500 polygons) go to a canvas
// renderer, which draws them in a fraction of the time 14,500 SVG paths would take.

import { NO_DATA_COLOUR } from './choropleth.js';
import { nextTask } from './dom.js';
import { compareNames, t } from './i18n.js';
import { markStyle } from './marks.js';
import { HALO_WEIGHT, trancheStyle } from './programme.js';
// wijken and buurten from tiles (and their decoder) are loaded when first drawn: the national map needs neither
const vectorTiles = () => import('./vector-tiles.js');

const L = window.L;

const BASE_STYLE = { weight: 0.6, color: '#ffffff', opacity: 1, fillOpacity: 0.85 };
const BUURT_STYLE = { weight: 0.25, color: '#ffffff', opacity: 0.8, fillOpacity: 0.85 };
const HOVER_STYLE = { weight: 2.5, color: '#222222' };
const HIGHLIGHT_STYLE = { weight: 3, color: '#00bcd4' };
const OUTLINE_PANE = 'programmeOutlines';
const MARK_PANE = 'marks';

/** Features drawn per task: the 342 gemeenten in seven tasks of about 20 ms on a phone's CPU, not one of 140 ms. */
const SHOW_BATCH = 50;
const STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The keys of a focused area: the arrow keys step to the next or previous area, Enter and Space open it. */
function wireAreaKeys(el, { onBlur, onStep, onOpen }) {
  el.addEventListener('blur', onBlur);
  el.addEventListener('keydown', (event) => {
    const step = STEPS[event.key];
    if (step) {
      event.preventDefault();
      event.stopPropagation(); // not the map's own arrow-key panning
      onStep(step);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen();
    }
  });
}

export class AreaLayer {
  /**
   * handlers: onHover(properties | null), popupContent(properties) → HTMLElement, labelFor(properties) → the
   * area's name and value in words (for keyboard and screen-reader users), onTilesDrawn() after the tile
   * layer has drawn the tiles a move asked for.
   */
  constructor(map, { onHover, popupContent, labelFor = (p) => p.name, onTilesDrawn = () => {} }) {
    this.map = map;
    this.onHover = onHover;
    this.onTilesDrawn = onTilesDrawn;
    this.popupContent = popupContent;
    this.labelFor = labelFor;
    this.fillFor = () => null;
    this.byCode = new Map();
    this.highlighted = null;
    this.generation = 0; // each show() or showTiles() counts up: a drawing still under way stops
    if (!map.getPane(OUTLINE_PANE)) {
      map.createPane(OUTLINE_PANE).style.zIndex = '450';
      map.getPane(OUTLINE_PANE).style.pointerEvents = 'none';
    }
    this.svg = L.svg({ padding: 0.5 });
    this.canvas = L.canvas({ padding: 0.5, tolerance: 2 });
    this.outlineRenderer = L.svg({ padding: 0.5, pane: OUTLINE_PANE });
    if (!map.getPane(MARK_PANE)) {
      map.createPane(MARK_PANE).style.zIndex = '440'; // under the tranche outlines, so locked-in members keep theirs
      map.getPane(MARK_PANE).style.pointerEvents = 'none';
    }
    this.markRenderer = L.svg({ padding: 0.5, pane: MARK_PANE });
  }

  /**
   * Marks areas on top of the choropleth: marks is [{feature, kind}] with kind one of marks.js, drawn in
   * that order (an area may appear twice, e.g. a priority area that is also a hot spot). Each path
   * carries data-code and the class mark-{kind}. An empty list clears.
   */
  showMarks(marks) {
    this.markGroup?.remove();
    this.markGroup = null;
    if (marks.length === 0) return;
    const features = marks.map(({ feature, kind }) => ({ ...feature, properties: { ...feature.properties, markKind: kind } }));
    const options = (className, styleFor) => ({ renderer: this.markRenderer, interactive: false, className, style: styleFor });
    const halo = L.geoJSON(features, options('mark-halo', (f) => ({
      color: '#ffffff', weight: markStyle(f.properties.markKind).weight + 2.5, opacity: 0.9, fill: false,
    })));
    const drawn = L.geoJSON(features, options('mark', (f) => markStyle(f.properties.markKind)));
    this.markGroup = L.layerGroup([halo, drawn]).addTo(this.map);
    drawn.eachLayer((layer) => {
      const el = layer.getElement();
      el.dataset.code = layer.feature.properties.code;
      el.classList.add(`mark-${layer.feature.properties.markKind}`);
    });
  }

  /**
   * Draws wijken or buurten from the service's vector tiles instead of GeoJSON (vector-tiles.js), replacing
   * what was drawn; keep(code) limits them (e.g. to one gemeente). Resolves once the tiles in view are drawn.
   */
  async showTiles(level, collection, keep = null) {
    this.generation += 1;
    const { VectorTileAreas } = await vectorTiles(); // in already: map-view awaited the tileset first
    this.areas?.remove();
    this.areas = null;
    this.tiles?.remove();
    this.tileFocus ??= this.createTileFocus();
    this.tileAreas = null;
    this.byCode.clear();
    this.level = level;
    this.baseStyle = level === 'buurt' ? BUURT_STYLE : BASE_STYLE;
    this.tiles = new VectorTileAreas(this.map, {
      level, collection, keep, fillFor: this.fillFor, style: this.baseStyle, hoverStyle: HOVER_STYLE,
      highlightStyle: HIGHLIGHT_STYLE, noData: NO_DATA_COLOUR, onHover: this.onHover, popupContent: this.popupContent,
      onDrawn: () => { this.tileAreas = null; this.onTilesDrawn(); },
    });
    return this.tiles.addTo(this.map);
  }

  /**
   * Keyboard access to areas drawn from tiles (they have no element of their own): one tab stop on the map, the
   * arrow keys walk the areas in view in name order, each is outlined and read out (name and value, through the
   * info box, which speaks politely), and Enter opens its popup.
   */
  createTileFocus() {
    const el = L.DomUtil.create('button', 'tile-area-focus', this.map.getContainer());
    el.type = 'button';
    el.textContent = t('map.tileAreas'); // until an area is chosen
    L.DomEvent.disableClickPropagation(el);
    let index = 0;
    const areas = () => {
      this.tileAreas ??= this.tiles ? this.tiles.drawn().sort((a, b) => compareNames(a.name, b.name)) : [];
      return this.tileAreas;
    };
    const show = () => {
      const list = areas();
      if (!list.length) return;
      index = (index + list.length) % list.length;
      const properties = this.tiles.properties(list[index]);
      this.tiles.highlight(properties.code);
      this.onHover(properties);
      el.dataset.code = properties.code;
      el.textContent = this.labelFor(properties);
      el.setAttribute('aria-label', this.labelFor(properties));
    };
    el.addEventListener('focus', show);
    wireAreaKeys(el, {
      onBlur: () => this.onHover(null),
      onStep: (step) => { index += step; show(); },
      onOpen: () => {
        const area = areas()[index];
        if (area) this.tiles.openPopup(area, area.layer.getCenter());
      },
    });
    return el;
  }

  /**
   * Draws a FeatureCollection of the given level, replacing what was drawn: SHOW_BATCH features per task, so
   * that the browser paints and answers input while 342 gemeenten or a city's buurten are drawn. Resolves
   * true when drawn, false when a later show() replaced it first.
   */
  async show(level, collection) {
    const generation = ++this.generation;
    this.tiles?.remove();
    this.tiles = null;
    this.tileFocus?.remove();
    this.tileFocus = null;
    this.areas?.remove();
    this.byCode.clear();
    this.level = level;
    const onCanvas = level === 'buurt';
    const base = onCanvas ? BUURT_STYLE : BASE_STYLE;
    this.baseStyle = base;
    const areas = L.geoJSON(null, {
      renderer: onCanvas ? this.canvas : this.svg,
      className: `area ${level}`,
      style: (f) => ({ ...base, fillColor: this.fillFor(f.properties.code) ?? NO_DATA_COLOUR }),
      onEachFeature: (feature, layer) => this.wire(feature, layer),
    }).addTo(this.map);
    this.areas = areas;
    const { features } = collection;
    for (let i = 0; i < features.length; i += SHOW_BATCH) {
      if (i > 0) {
        await nextTask();
        if (generation !== this.generation) return false;
      }
      areas.addData({ type: 'FeatureCollection', features: features.slice(i, i + SHOW_BATCH) });
    }
    await nextTask(); // keyboard access and the final colours: a task of their own too
    if (generation !== this.generation) return false;
    areas.eachLayer((layer) => {
      const code = layer.feature.properties.code;
      this.byCode.set(code, layer);
      const el = layer.getElement?.();
      if (el) el.dataset.code = code;
    });
    this.makeFocusable();
    this.recolour(this.fillFor);
    return true;
  }

  /**
   * Keyboard access to the drawn areas (SVG only; the canvas of 14,500 buurten has the ranking table): one
   * tab stop on the map's areas, the arrow keys walk them in name order, focus shows the area in the info
   * box and Enter opens its popup.
   */
  makeFocusable() {
    const layers = this.areas.getLayers().filter((l) => l.getElement?.()).sort((a, b) =>
      compareNames(a.feature.properties.name, b.feature.properties.name));
    layers.forEach((layer, i) => {
      const el = layer.getElement();
      el.setAttribute('tabindex', i === 0 ? '0' : '-1');
      el.setAttribute('role', 'button');
      el.addEventListener('focus', () => {
        layers.forEach((other) => other.getElement().setAttribute('tabindex', other === layer ? '0' : '-1'));
        this.highlight(layer.feature.properties.code, { front: false });
        this.onHover(layer.feature.properties);
      });
      wireAreaKeys(el, {
        onBlur: () => this.onHover(null),
        onStep: (step) => layers[(i + step + layers.length) % layers.length].getElement().focus(),
        onOpen: () => layer.openPopup(),
      });
    });
  }

  /** Programme outlines by tranche, from gemeente features that carry programmeTranche. */
  showProgramme(collection) {
    this.outlineGroup?.remove();
    const inProgramme = collection.features.filter((f) => trancheStyle(f.properties.programmeTranche));
    const options = (extraClass, styleFor) => ({
      renderer: this.outlineRenderer, interactive: false, className: extraClass, style: styleFor,
    });
    const halo = L.geoJSON(inProgramme, options('programme-halo', () => ({
      color: '#ffffff', weight: HALO_WEIGHT, opacity: 0.9, fill: false,
    })));
    const outlines = L.geoJSON(inProgramme, options('programme-outline', (f) => trancheStyle(f.properties.programmeTranche)));
    this.outlineGroup = L.layerGroup([halo, outlines]).addTo(this.map);
    outlines.eachLayer((layer) => {
      const el = layer.getElement();
      el.dataset.code = layer.feature.properties.code;
      el.classList.add(`tranche-${layer.feature.properties.programmeTranche}`);
    });
  }

  wire(feature, layer) {
    layer.on({
      mouseover: () => {
        layer.setStyle(HOVER_STYLE);
        if (this.level !== 'buurt') layer.bringToFront();
        this.onHover(feature.properties);
      },
      mouseout: () => {
        layer.setStyle(feature.properties.code === this.highlighted ? HIGHLIGHT_STYLE : this.baseStyle);
        this.onHover(null);
      },
    });
    layer.bindPopup(() => this.popupContent(feature.properties), { maxWidth: 320 });
  }

  /** Recolours every drawn area with fillFor(code) → colour | null (no data). */
  recolour(fillFor) {
    this.fillFor = fillFor;
    this.tiles?.recolour(fillFor);
    this.areas?.eachLayer((layer) => {
      const colour = fillFor(layer.feature.properties.code);
      layer.setStyle({ fillColor: colour ?? NO_DATA_COLOUR });
      const el = layer.getElement?.();
      if (el) {
        el.classList.toggle('no-data', colour === null);
        el.setAttribute('aria-label', this.labelFor(layer.feature.properties));
      }
    });
    this.refreshOpenPopup();
  }

  /**
   * Outlines one area (e.g. the scatter-plot dot under the pointer); null clears. front: false keeps the
   * path where it is in the DOM — moving a focused path to the front would take the keyboard focus away.
   */
  highlight(code, { front = true } = {}) {
    if (this.tiles) {
      this.tiles.highlight(code);
      return;
    }
    const previous = this.byCode.get(this.highlighted);
    if (previous) previous.setStyle(this.baseStyle);
    this.highlighted = code;
    const layer = this.byCode.get(code);
    if (layer) {
      layer.setStyle(HIGHLIGHT_STYLE);
      if (front && this.level !== 'buurt') layer.bringToFront();
    }
  }

  refreshOpenPopup() {
    this.tiles?.refreshOpenPopup();
    this.areas?.eachLayer((layer) => {
      if (layer.isPopupOpen()) layer.getPopup().update();
    });
  }

  /** What is drawn: [{code, name, fill, rings}] — for tests, the PNG export and the scatter plot. */
  drawn() {
    if (this.tiles) return this.tiles.drawn();
    if (!this.areas) return [];
    return this.areas.getLayers().map((layer) => ({
      code: layer.feature.properties.code,
      name: layer.feature.properties.name,
      fill: layer.options.fillColor,
      layer,
    }));
  }

  /** The Leaflet layer drawing one area, if drawn. */
  layerOf(code) {
    return this.byCode.get(code) ?? null;
  }

  properties() {
    if (this.tiles) return this.tiles.drawn().map(({ code, name }) => ({ code, name }));
    return this.areas ? this.areas.getLayers().map((layer) => layer.feature.properties) : [];
  }
}
