// Leaflet layers for one area level: the choropleth itself and the outlines of the
// programme municipalities on top of it. Geometry is drawn once; switching indicator
// only merges new properties into the features and restyles them.

import { NO_DATA_COLOUR } from './choropleth.js';
import { HALO_WEIGHT, trancheStyle } from './programme.js';

const L = window.L;

const BASE_STYLE = { weight: 0.6, color: '#ffffff', opacity: 1, fillOpacity: 0.85 };
const HOVER_STYLE = { weight: 2.5, color: '#222222' };
const OUTLINE_PANE = 'programmeOutlines';

export class AreaLayer {
  /**
   * level: 'gemeente' (later also 'wijk', 'buurt'); it becomes a CSS class of every path.
   * handlers: onHover(properties | null), popupContent(properties) → HTMLElement.
   */
  constructor(map, level, { onHover, popupContent }) {
    this.map = map;
    this.level = level;
    this.onHover = onHover;
    this.popupContent = popupContent;
    this.colourFor = () => null;
    this.byCode = new Map();

    if (!map.getPane(OUTLINE_PANE)) {
      map.createPane(OUTLINE_PANE).style.zIndex = '450';
      map.getPane(OUTLINE_PANE).style.pointerEvents = 'none';
    }
    this.areaRenderer = L.svg({ padding: 0.5 });
    this.outlineRenderer = L.svg({ padding: 0.5, pane: OUTLINE_PANE });
  }

  /** Draws the features (a GeoJSON FeatureCollection) and their programme outlines. */
  setFeatures(collection) {
    this.clear();
    this.areas = L.geoJSON(collection, {
      renderer: this.areaRenderer,
      className: `area ${this.level}`,
      style: () => ({ ...BASE_STYLE, fillColor: NO_DATA_COLOUR }),
      onEachFeature: (feature, layer) => this.wire(feature, layer),
    }).addTo(this.map);
    this.areas.eachLayer((layer) => {
      const code = layer.feature.properties.code;
      this.byCode.set(code, layer);
      layer.getElement().dataset.code = code;
    });
    this.drawProgrammeOutlines(collection);
  }

  drawProgrammeOutlines(collection) {
    const inProgramme = collection.features.filter((f) => trancheStyle(f.properties.programmeTranche));
    const options = (extraClass, styleFor) => ({
      renderer: this.outlineRenderer,
      interactive: false,
      className: extraClass,
      style: styleFor,
    });
    const halo = L.geoJSON(inProgramme, options('programme-halo', () => ({
      color: '#ffffff', weight: HALO_WEIGHT, opacity: 0.9, fill: false,
    })));
    this.outlines = L.geoJSON(inProgramme, options('programme-outline', (f) => trancheStyle(f.properties.programmeTranche)));
    this.outlineGroup = L.layerGroup([halo, this.outlines]).addTo(this.map);
    this.outlines.eachLayer((layer) => {
      const el = layer.getElement();
      el.dataset.code = layer.feature.properties.code;
      el.classList.add(`tranche-${layer.feature.properties.programmeTranche}`);
    });
  }

  wire(feature, layer) {
    layer.on({
      mouseover: () => {
        layer.setStyle(HOVER_STYLE);
        layer.bringToFront();
        this.onHover(feature.properties);
      },
      mouseout: () => {
        layer.setStyle(BASE_STYLE);
        this.onHover(null);
      },
    });
    layer.bindPopup(() => this.popupContent(feature.properties), { maxWidth: 320 });
  }

  /**
   * Merges the indicator properties of features (matched by code) into the drawn
   * areas and recolours them with colourFor(properties) → colour | null (no data).
   */
  applyValues(features, colourFor) {
    for (const feature of features) {
      const layer = this.byCode.get(feature.properties.code);
      if (layer) Object.assign(layer.feature.properties, feature.properties);
    }
    this.colourFor = colourFor;
    this.areas.eachLayer((layer) => {
      const colour = colourFor(layer.feature.properties);
      layer.setStyle({ fillColor: colour ?? NO_DATA_COLOUR });
      layer.getElement().classList.toggle('no-data', colour === null);
    });
    this.refreshOpenPopup();
  }

  /** Re-renders an open popup, e.g. after a language or indicator switch. */
  refreshOpenPopup() {
    this.areas?.eachLayer((layer) => {
      if (layer.isPopupOpen()) layer.getPopup().update();
    });
  }

  properties() {
    return this.areas ? this.areas.getLayers().map((layer) => layer.feature.properties) : [];
  }

  hasFeatures() {
    return Boolean(this.areas);
  }

  clear() {
    this.areas?.remove();
    this.outlineGroup?.remove();
    this.byCode.clear();
  }
}
