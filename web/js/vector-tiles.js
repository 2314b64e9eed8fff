// Wijken and buurten from the service's vector tiles (OGC API – Tiles, WebMercatorQuad, MVT), drawn on
// canvas tiles. A tile carries geometry, code and name only; colours come from fillFor(code), i.e. from
// the disclosure-controlled values API, so recolouring never refetches a tile. Hover and click find
// the area under the pointer by testing the tile's paths. Hooked into AreaLayer (areas.js) by showTiles().

import { decodeTile } from './mvt.js';

const L = window.L;
// Tiles are drawn 512 px wide: the grid tile at zoom z is the WebMercatorQuad tile at z − 1, drawn twice as
// wide. A quarter of the requests (the browser keeps six connections per server, so at the national view
// twenty 256 px tiles queued behind each other) and the generalisation of one level up, which is at most
// a pixel or two on the screen.
const TILE = 512;
const LEVEL_UP = 1;
const names = new Map(); // code → name, for areas whose tiles carry no names

const tilesets = new Map(); // collection → Promise of its tileMatrixSetLimits by level

/**
 * The WebMercatorQuad tileset's limits of a collection (which tiles hold data), asked for once per page: a
 * map asks for it beside the values, so the tiles can be asked for as soon as the colours are known.
 */
export function tileLimits(collection) {
  if (!tilesets.has(collection)) {
    const limits = fetch(`/api/collections/${collection}/tiles/WebMercatorQuad`, { headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`tileset ${collection}: HTTP ${response.status}`);
        return new Map((await response.json()).tileMatrixSetLimits.map((l) => [Number(l.tileMatrix), l]));
      });
    limits.catch(() => tilesets.delete(collection)); // asked again next time
    tilesets.set(collection, limits);
  }
  return tilesets.get(collection);
}

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
    this.pending = new Set(); // canvases of tiles asked for and not yet drawn (nor unloaded)
    this.zooming = false;
    this.waiters = []; // resolve functions of whenDrawn()
    const self = this;
    const Grid = L.GridLayer.extend({
      createTile(coords, done) {
        const canvas = L.DomUtil.create('canvas', `vector-tile ${options.level}`);
        self.pending.add(canvas);
        self.load(canvas, coords).then(() => done(null, canvas), (error) => done(error, canvas))
          .finally(() => self.settled(canvas));
        return canvas;
      },
    });
    this.grid = new Grid({ tileSize: TILE, maxNativeZoom: 18, updateWhenIdle: false, keepBuffer: 2 });
    this.grid.on('tileunload', (e) => {
      if (this.tiles.get(this.key(e.coords))?.canvas === e.tile) this.tiles.delete(this.key(e.coords));
      this.settled(e.tile);
    });
    this.onMove = (e) => this.hover(e.latlng);
    this.onOut = () => this.hover(null);
    this.onClick = (e) => this.click(e.latlng);
    this.onZoomStart = () => { this.zooming = true; };
    this.onZoomEnd = () => { this.zooming = false; this.settled(null); };
  }

  /**
   * Resolves once no tile asked for is still loading and no zoom is under way; at once when the layer is
   * removed. Counted here rather than from the grid's 'load' event: that event is not fired when tiles still
   * loading at the old zoom are pruned after a zoom (and never after the layer is removed), which left the
   * first drawing of a page waiting for ever.
   */
  whenDrawn() {
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.settled(null);
    });
  }

  settled(canvas) {
    if (canvas) this.pending.delete(canvas);
    if (this.removed || (this.pending.size === 0 && !this.zooming)) {
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((resolve) => resolve());
      if (!this.removed && canvas) this.options.onDrawn?.();
    }
  }

  /**
   * Adds the layer; resolves when the tiles in view are drawn. The tileset's tileMatrixSetLimits say
   * which tiles exist, so tiles outside the data are never requested.
   */
  async addTo(map) {
    this.limits = await tileLimits(this.options.collection);
    if (this.removed) return; // replaced while the tileset was asked for
    this.grid.addTo(map); // asks for the tiles in view at once
    map.on('mousemove', this.onMove).on('mouseout', this.onOut).on('click', this.onClick)
      .on('zoomstart', this.onZoomStart).on('zoomend', this.onZoomEnd);
    await this.whenDrawn();
  }

  remove() {
    this.removed = true;
    this.map.off('mousemove', this.onMove).off('mouseout', this.onOut).off('click', this.onClick)
      .off('zoomstart', this.onZoomStart).off('zoomend', this.onZoomEnd);
    this.grid.remove();
    this.tiles.clear();
    this.pending.clear();
    this.settled(null);
  }

  key({ x, y, z }) {
    return `${z}/${y}/${x}`;
  }

  exists({ x, y, z }) {
    const l = this.limits.get(z - LEVEL_UP);
    return Boolean(l) && y >= l.minTileRow && y <= l.maxTileRow && x >= l.minTileCol && x <= l.maxTileCol;
  }

  async load(canvas, coords) {
    if (!this.exists(coords)) return;
    const url = `/api/collections/${this.options.collection}/tiles/WebMercatorQuad/${coords.z - LEVEL_UP}/${coords.y}/${coords.x}`;
    const response = await fetch(url, { headers: { Accept: 'application/vnd.mapbox-vector-tile' } });
    if (!response.ok && response.status !== 204) throw new Error(`tile ${url}: HTTP ${response.status}`);
    const layer = response.status === 204 ? null : decodeTile(await response.arrayBuffer())[this.options.collection];
    if (!this.pending.has(canvas)) return; // unloaded (or the layer removed) meanwhile
    const scale = TILE / (layer?.extent ?? 4096);
    const features = [];
    const outline = new Path2D(); // every area's rings, stroked in one call
    for (const f of layer?.features ?? []) {
      const { code, name } = f.properties;
      if (this.options.keep && !this.options.keep(code)) continue;
      const path = new Path2D();
      let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity; // in tile pixels
      for (const ring of f.rings) {
        for (let i = 0; i < ring.length; i += 2) {
          const x = ring[i] * scale;
          const y = ring[i + 1] * scale;
          if (i === 0) path.moveTo(x, y); else path.lineTo(x, y);
          if (x < minX) minX = x;
          if (x > maxX) maxX = x;
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
        path.closePath();
      }
      outline.addPath(path);
      features.push({ code, name, path, box: [minX, minY, maxX, maxY] });
    }
    const tile = { canvas, coords, features, outline };
    this.tiles.set(this.key(coords), tile);
    this.draw(tile);
  }

  draw({ canvas, features, outline }) {
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
    ctx.stroke(outline);
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

  /** An area's extent within one tile, in map coordinates (worked out only when asked for). */
  boundsIn(f, coords) {
    const x0 = coords.x * TILE;
    const y0 = coords.y * TILE;
    const [minX, minY, maxX, maxY] = f.box;
    return L.latLngBounds(this.map.unproject([x0 + minX, y0 + maxY], coords.z), this.map.unproject([x0 + maxX, y0 + minY], coords.z));
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
    if (f) await this.openPopup(f, latlng);
  }

  /** Opens the popup of an area (a feature of a tile, or an entry of drawn()) at a point. */
  async openPopup(f, latlng) {
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
          entry.parts.push([f, tile.coords]);
          continue;
        }
        const parts = [[f, tile.coords]];
        let bounds = null;
        const boundsOf = () => {
          if (!bounds) {
            bounds = this.boundsIn(...parts[0]);
            for (let i = 1; i < parts.length; i++) bounds.extend(this.boundsIn(...parts[i]));
          }
          return bounds;
        };
        seen.set(f.code, {
          code: f.code, name: f.name ?? names.get(f.code) ?? f.code, fill: this.fillFor(f.code) ?? this.options.noData,
          parts, layer: { getBounds: boundsOf, getCenter: () => boundsOf().getCenter() },
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
