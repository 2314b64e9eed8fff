// Place names on the map, from our own boundaries: gemeente names at national zoom, wijk and buurt
// names when zoomed in. Larger areas are labelled first and a name is left out where it would overlap
// another or not fit its area, so the map stays readable at every zoom.

const L = window.L;
const PANE = 'areaLabels';
const MAX_LABELS = 120;
const CHAR_PX = 6.2; // average width of a character of the 11 px label font
const LABEL_PX = 14;
const MIN_ZOOM = { gemeente: 0, wijk: 10, buurt: 12.5 };

export class AreaLabels {
  constructor(map) {
    this.map = map;
    if (!map.getPane(PANE)) {
      const pane = map.createPane(PANE);
      pane.style.zIndex = '455'; // above outlines, below marks' popups
      pane.style.pointerEvents = 'none';
    }
    this.group = L.layerGroup().addTo(map);
    map.on('moveend', () => this.view && this.update(this.view));
  }

  /** Relabels for what the view draws now; weights (code → [inhabitants]) put the larger places first. */
  update(view, weights = this.weights) {
    this.view = view;
    this.weights = weights;
    this.group.clearLayers();
    if (this.map.getZoom() < (MIN_ZOOM[view.level] ?? 0)) return; // thousands of tiny areas: names would only clutter
    const bounds = this.map.getBounds();
    const candidates = [];
    for (const { code, name, layer } of view.areas.drawn()) {
      const b = layer.getBounds?.();
      if (!b || !bounds.intersects(b)) continue;
      const nw = this.map.latLngToContainerPoint(b.getNorthWest());
      const se = this.map.latLngToContainerPoint(b.getSouthEast());
      const width = se.x - nw.x;
      const height = se.y - nw.y;
      const textWidth = name.length * CHAR_PX;
      // gemeente names may overrun small municipalities (the big cities are small on a national map); finer names must fit
      if (view.level !== 'gemeente' && (width < textWidth * 0.8 || height < LABEL_PX)) continue;
      const inhabitants = weights?.get(code)?.[0];
      candidates.push({ name, layer, size: typeof inhabitants === 'number' ? inhabitants * 1e6 : width * height, textWidth });
    }
    candidates.sort((a, b) => b.size - a.size);
    const placed = [];
    for (const c of candidates) {
      if (placed.length >= MAX_LABELS) break;
      const centre = c.layer.getCenter ? c.layer.getCenter() : c.layer.getBounds().getCenter();
      const p = this.map.latLngToContainerPoint(centre);
      const box = { x0: p.x - c.textWidth / 2 - 3, x1: p.x + c.textWidth / 2 + 3, y0: p.y - LABEL_PX / 2 - 2, y1: p.y + LABEL_PX / 2 + 2 };
      if (placed.some((q) => box.x0 < q.x1 && q.x0 < box.x1 && box.y0 < q.y1 && q.y0 < box.y1)) continue;
      placed.push(box);
      const icon = L.divIcon({ className: 'area-label', html: '', iconSize: null });
      const marker = L.marker(centre, { icon, pane: PANE, interactive: false, keyboard: false });
      marker.on('add', () => { marker.getElement().textContent = c.name; });
      this.group.addLayer(marker);
    }
  }
}
