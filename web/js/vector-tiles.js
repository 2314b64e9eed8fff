// Wijken and buurten from the service's vector tiles (OGC API – Tiles, WebMercatorQuad, MVT), drawn on
// canvas tiles. A tile carries geometry, code and name only; colours come from fillFor(code), i.e. from
// the disclosure-controlled values API, so recolouring never refetches a tile. Hover and click find
// the area under the pointer by testing the tile's paths. Hooked into AreaLayer (areas.js) by showTiles().

import { decodeTile } from './mvt.js';

const L = window.L;
const TILE = 256;
const names = new Map(); // code → name, for areas whose tiles carry no names

export class VectorTileAreas {
  /**
   * options: level ('wijk' | 'buurt'), collection ('wijken' | 'buurten'), fillFor(code) → colour | null,
   * keep(code) → boolean (e.g. only one gemeente's areas), style {weight, color, opacity, fillOpacity},
   * hoverStyle, onHover(properties | null), popupContent(properties) → HTMLElement.
   */
  constructor(map, options) {
    this.map = map;
    this.options = options;
    this.fillFor = options.fillFor;
    this.tiles = new Map(); // key → {canvas, coords, features}
    this.hovered = null;
    this.highlighted = null;
    const self = this;
    const Grid = L.GridLayer.extend({
      createTile(coords, done) {
        const canvas = L.DomUtil.create('canvas', `vector-tile ${options.level}`);
        self.load(canvas, coords).then(() => done(null, canvas), (error) => done(error, canvas));
        return canvas;
      },
    });
    this.grid = new Grid({ tileSize: TILE, maxNativeZoom: 18, updateWhenIdle: false, keepBuffer: 2 });
    this.grid.on('tileunload', (e) => this.tiles.delete(this.key(e.coords)));
    this.onMove = (e) => this.hover(e.latlng);
    this.onOut = () => this.hover(null);
    this.onClick = (e) => this.click(e.latlng);
  }

  /**
   * Adds the layer; resolves when the tiles in view are drawn. The tileset's tileMatrixSetLimits say
   * which tiles exist, so tiles outside the data are never requested.
   */
  async addTo(map) {
    const response = await fetch(`/api/collections/${this.options.collection}/tiles/WebMercatorQuad`,
      { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`tileset ${this.options.collection}: HTTP ${response.status}`);
    this.limits = new Map((await response.json()).tileMatrixSetLimits.map((l) => [Number(l.tileMatrix), l]));
    const loaded = new Promise((resolve) => this.grid.once('load', resolve));
    this.grid.addTo(map);
    map.on('mousemove', this.onMove).on('mouseout', this.onOut).on('click', this.onClick);
    return loaded;
  }

  remove() {
    this.map.off('mousemove', this.onMove).off('mouseout', this.onOut).off('click', this.onClick);
    this.grid.remove();
    this.tiles.clear();
  }

  key({ x, y, z }) {
    return `${z}/${y}/${x}`;
  }

  exists({ x, y, z }) {
    const l = this.limits.get(z);
    return Boolean(l) && y >= l.minTileRow && y <= l.maxTileRow && x >= l.minTileCol && x <= l.maxTileCol;
  }

  async load(canvas, coords) {
    if (!this.exists(coords)) return;
    const url = `/api/collections/${this.options.collection}/tiles/WebMercatorQuad/${coords.z}/${coords.y}/${coords.x}`;
    const response = await fetch(url, { headers: { Accept: 'application/vnd.mapbox-vector-tile' } });
    if (!response.ok && response.status !== 204) throw new Error(`tile ${url}: HTTP ${response.status}`);
    const layer = response.status === 204 ? null : decodeTile(await response.arrayBuffer())[this.options.collection];
    const scale = TILE / (layer?.extent ?? 4096);
    const features = [];
    for (const f of layer?.features ?? []) {
      const { code, name } = f.properties;
      if (this.options.keep && !this.options.keep(code)) continue;
      const path = new Path2D();
      const box = [Infinity, Infinity, -Infinity, -Infinity]; // in tile pixels
      for (const ring of f.rings) {
        path.moveTo(ring[0] * scale, ring[1] * scale);
        for (let i = 2; i < ring.length; i += 2) path.lineTo(ring[i] * scale, ring[i + 1] * scale);
        path.closePath();
        for (let i = 0; i < ring.length; i += 2) {
          box[0] = Math.min(box[0], ring[i] * scale); box[2] = Math.max(box[2], ring[i] * scale);
          box[1] = Math.min(box[1], ring[i + 1] * scale); box[3] = Math.max(box[3], ring[i + 1] * scale);
        }
      }
      const x0 = coords.x * TILE;
      const y0 = coords.y * TILE;
      const bounds = L.latLngBounds(this.map.unproject([x0 + box[0], y0 + box[3]], coords.z),
        this.map.unproject([x0 + box[2], y0 + box[1]], coords.z));
      features.push({ code, name, path, bounds });
    }
    const tile = { canvas, coords, features };
    this.tiles.set(this.key(coords), tile);
    this.draw(tile);
  }

  draw({ canvas, features }) {
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== TILE * ratio) {
      canvas.width = TILE * ratio;
      canvas.height = TILE * ratio;
      canvas.style.width = `${TILE}px`;
      canvas.style.height = `${TILE}px`;
    }
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, TILE, TILE);
    const { style, hoverStyle, noData } = this.options;
    ctx.globalAlpha = style.fillOpacity;
    for (const f of features) {
      ctx.fillStyle = this.fillFor(f.code) ?? noData;
      ctx.fill(f.path, 'evenodd');
    }
    ctx.globalAlpha = style.opacity;
    ctx.lineWidth = style.weight;
    ctx.strokeStyle = style.color;
    for (const f of features) ctx.stroke(f.path);
    for (const [code, s] of [[this.highlighted, this.options.highlightStyle], [this.hovered?.code, hoverStyle]]) {
      if (!code) continue;
      ctx.globalAlpha = 1;
      ctx.lineWidth = s.weight;
      ctx.strokeStyle = s.color;
      for (const f of features) if (f.code === code) ctx.stroke(f.path);
    }
  }

  redraw() {
    for (const tile of this.tiles.values()) this.draw(tile);
  }

  recolour(fillFor) {
    this.fillFor = fillFor;
    this.redraw();
  }

  highlight(code) {
    this.highlighted = code;
    this.redraw();
  }

  /** The area under a point: the tile at the current zoom holding it, then its paths. */
  at(latlng) {
    if (!latlng) return null;
    const z = Math.round(this.map.getZoom());
    const point = this.map.project(latlng, z);
    const coords = { x: Math.floor(point.x / TILE), y: Math.floor(point.y / TILE), z };
    const tile = this.tiles.get(this.key(coords));
    if (!tile) return null;
    const ctx = tile.canvas.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    const x = point.x - coords.x * TILE;
    const y = point.y - coords.y * TILE;
    for (let i = tile.features.length - 1; i >= 0; i--) {
      if (ctx.isPointInPath(tile.features[i].path, x, y, 'evenodd')) return tile.features[i];
    }
    return null;
  }

  properties(f) {
    return {
      code: f.code, name: f.name ?? names.get(f.code) ?? f.code, level: this.options.level,
      gemeente: `GM${f.code.slice(2, 6)}`, approximateBoundary: this.options.level === 'buurt',
    };
  }

  /** Tiles below zoom 10 carry no names; the one under the pointer is asked for once (and kept). */
  async nameOf(f) {
    if (f.name || names.has(f.code)) return;
    const url = `/api/collections/${this.options.collection}/items/${encodeURIComponent(f.code)}?properties=name&zoom=7`;
    const response = await fetch(url, { headers: { Accept: 'application/geo+json' } });
    if (response.ok) names.set(f.code, (await response.json()).properties.name);
  }

  hover(latlng) {
    const f = this.at(latlng);
    if ((f?.code ?? null) === (this.hovered?.code ?? null)) return;
    this.hovered = f;
    this.map.getContainer().style.cursor = f ? 'pointer' : '';
    this.redraw();
    this.options.onHover(f ? this.properties(f) : null);
    if (f && !f.name && !names.has(f.code)) {
      this.nameOf(f).then(() => { if (this.hovered === f) this.options.onHover(this.properties(f)); }, () => {});
    }
  }

  async click(latlng) {
    const f = this.at(latlng);
    if (!f) return;
    await this.nameOf(f).catch(() => {});
    this.popupFeature = f;
    this.popup = L.popup({ maxWidth: 320 }).setLatLng(latlng)
      .setContent(() => this.options.popupContent(this.properties(f))).openOn(this.map);
  }

  refreshOpenPopup() {
    if (this.popup?.isOpen()) this.popup.update();
  }

  /**
   * Every area drawn in the tiles at the current zoom, once: [{code, name, fill, layer}], where layer answers
   * getBounds() and getCenter() (the area's extent over the tiles it is drawn in), as a Leaflet layer would.
   */
  drawn() {
    const z = Math.round(this.map.getZoom());
    const seen = new Map();
    for (const tile of this.tiles.values()) {
      if (tile.coords.z !== z) continue;
      for (const f of tile.features) {
        const entry = seen.get(f.code);
        if (entry) {
          entry.bounds.extend(f.bounds);
          continue;
        }
        const bounds = L.latLngBounds(f.bounds.getSouthWest(), f.bounds.getNorthEast());
        seen.set(f.code, {
          code: f.code, name: f.name ?? names.get(f.code) ?? f.code, fill: this.fillFor(f.code) ?? this.options.noData,
          bounds, layer: { getBounds: () => bounds, getCenter: () => bounds.getCenter() },
        });
      }
    }
    return [...seen.values()];
  }

  /** Paints the tiles in view into a 2D context of the map's size (for the PNG export). */
  drawInto(ctx) {
    const z = Math.round(this.map.getZoom());
    const scale = this.map.getZoomScale(this.map.getZoom(), z);
    for (const tile of this.tiles.values()) {
      if (tile.coords.z !== z) continue;
      const nw = this.map.unproject([tile.coords.x * TILE, tile.coords.y * TILE], z);
      const p = this.map.latLngToContainerPoint(nw);
      ctx.drawImage(tile.canvas, p.x, p.y, TILE * scale, TILE * scale);
    }
  }
}
