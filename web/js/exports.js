// Exports of the current view: CSV, GeoJSON and GeoPackage from the server (same level,
// layer and extent as the map), and a PNG drawn here from the shapes on screen — no
// screenshot library, so nothing leaves the page and nothing comes from a CDN.

import { exportUrl } from './api.js';
import { NO_DATA_COLOUR } from './choropleth.js';
import { indicatorLabel, t } from './i18n.js';

/** Points the three download links at the view: the gemeente on its page, else the visible bbox. */
export function updateExportLinks(view, { indicators, gemeente }) {
  const b = view.map.getBounds();
  const options = gemeente
    ? { indicators, gemeente }
    : { indicators, bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  for (const format of ['csv', 'geojson', 'gpkg']) {
    const link = document.getElementById(`export-${format}`);
    link.href = exportUrl(view.collectionId, format, options);
    link.download = `pmg-${view.collectionId}${gemeente ? `-${gemeente}` : ''}.${format}`;
  }
}

function drawRings(ctx, map, latlngs) {
  if (latlngs.length && !Array.isArray(latlngs[0])) {
    latlngs.forEach((ll, i) => {
      const p = map.latLngToContainerPoint(ll);
      if (i === 0) ctx.moveTo(p.x, p.y); else ctx.lineTo(p.x, p.y);
    });
    ctx.closePath();
    return;
  }
  latlngs.forEach((inner) => drawRings(ctx, map, inner));
}

/** Renders the map's areas, title and attribution into a PNG Blob of the map's size. */
export function mapPng(view) {
  const { map } = view;
  const size = map.getSize();
  const canvas = document.createElement('canvas');
  canvas.width = size.x;
  canvas.height = size.y;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#d6e8f2';
  ctx.fillRect(0, 0, size.x, size.y);
  const visible = map.getBounds().pad(0.1);
  view.areas.tiles?.drawInto(ctx); // wijken and buurten drawn from vector tiles
  for (const { layer, fill } of view.areas.tiles ? [] : view.areas.drawn()) {
    if (!visible.intersects(layer.getBounds())) continue;
    ctx.beginPath();
    drawRings(ctx, map, layer.getLatLngs());
    ctx.fillStyle = fill ?? NO_DATA_COLOUR;
    ctx.fill('evenodd');
    ctx.strokeStyle = 'rgba(255,255,255,0.8)';
    ctx.lineWidth = view.level === 'buurt' ? 0.25 : 0.6;
    ctx.stroke();
  }
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, 0, size.x, 28);
  ctx.fillStyle = '#1f2328';
  ctx.font = '600 15px system-ui, sans-serif';
  ctx.fillText(`${indicatorLabel(view.indicator)} — ${t(`level.plural.${view.level}`)}`, 10, 19);
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillText(t('map.attribution') + (view.level === 'buurt' ? ` · ${t('legend.approximate')}` : ''), 10, size.y - 8);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function downloadPng(view, name) {
  const blob = await mapPng(view);
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
