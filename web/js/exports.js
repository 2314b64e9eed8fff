// Exports of the current view: CSV (two dialects), GeoJSON and GeoPackage from the server (same level,
// layer and extent as the map, through the server's disclosure path), and a PNG drawn here from the shapes
// on screen with title, legend, source, date and scale bar — no screenshot library, nothing from a CDN.

import { exportUrl } from './api.js';
import { NO_DATA_COLOUR } from './choropleth.js';
import { download } from './dom.js';
import { LOCALES, getLang, indicatorLabel, sourceText, t } from './i18n.js';
import { legendDecimals, rangeText } from './legend.js';

/** "2026-12-01": the date part of file names, so a download says when it was made. */
export function fileDate(date = new Date()) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Points the download links at the view: the gemeente on its page, else the visible bbox. The Dutch UI
 * offers the Excel dialect first (semicolon, decimal comma), the English UI the plain one.
 */
export function updateExportLinks(view, { indicators, gemeente }) {
  const b = view.map.getBounds();
  const options = gemeente
    ? { indicators, gemeente }
    : { indicators, bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  const lang = getLang();
  const what = `pmg-${view.collectionId}${gemeente ? `-${gemeente}` : ''}${indicators.length ? `-${indicators.join('-')}` : ''}-${fileDate()}`;
  const links = {
    csv: { format: 'csv', dialect: lang === 'nl' ? 'excel-nl' : 'plain', label: lang === 'nl' ? 'export.csvExcel' : 'export.csvPlain' },
    'csv-alt': { format: 'csv', dialect: lang === 'nl' ? 'plain' : 'excel-nl', label: lang === 'nl' ? 'export.csvPlain' : 'export.csvExcel' },
    geojson: { format: 'geojson' },
    gpkg: { format: 'gpkg' },
  };
  for (const [id, { format, dialect, label }] of Object.entries(links)) {
    const link = document.getElementById(`export-${id}`);
    if (!link) continue;
    link.href = exportUrl(view.collectionId, format, { ...options, dialect, lang });
    link.download = `${what}${dialect === 'excel-nl' ? '-excel' : ''}.${format}`; // as the server names it
    if (label) link.textContent = t(label);
  }
}

function drawRings(ctx, map, latlngs, dx, dy) {
  if (latlngs.length && !Array.isArray(latlngs[0])) {
    latlngs.forEach((ll, i) => {
      const p = map.latLngToContainerPoint(ll);
      if (i === 0) ctx.moveTo(p.x + dx, p.y + dy); else ctx.lineTo(p.x + dx, p.y + dy);
    });
    ctx.closePath();
    return;
  }
  latlngs.forEach((inner) => drawRings(ctx, map, inner, dx, dy));
}

/** A scale bar of 1, 2 or 5 × 10ⁿ metres, about a fifth of the map wide, measured at the map's centre. */
export function scaleBar(map) {
  const size = map.getSize();
  const y = size.y / 2;
  const metresPer100px = map.distance(map.containerPointToLatLng([size.x / 2 - 50, y]), map.containerPointToLatLng([size.x / 2 + 50, y]));
  const target = (metresPer100px / 100) * (size.x / 5);
  const power = 10 ** Math.floor(Math.log10(target));
  const metres = [5, 2, 1].map((m) => m * power).find((m) => m <= target) ?? power;
  const px = (metres / metresPer100px) * 100;
  const text = metres >= 1000 ? `${new Intl.NumberFormat(LOCALES[getLang()]).format(metres / 1000)} km` : `${metres} m`;
  return { px, text };
}

const HEADER = 44;
const FOOTER = 50;
const LEGEND = 250;

/** Renders the map's areas with title, legend, source, date and scale bar into a PNG Blob. */
export function mapPng(view, { gemeenteName = null, date = new Date() } = {}) {
  const { map, classification, indicator } = view;
  const size = map.getSize();
  const legendRows = classification.classes.length + (classification.noData.count ? 1 : 0);
  const height = HEADER + Math.max(size.y, 60 + legendRows * 22) + FOOTER;
  const canvas = document.createElement('canvas');
  canvas.width = size.x + LEGEND;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#f4f4f1'; // outside our areas: foreign land and open water are not drawn
  ctx.fillRect(0, HEADER, size.x, size.y);
  const visible = map.getBounds().pad(0.1);
  view.areas.tiles?.drawInto(ctx); // wijken and buurten drawn from vector tiles
  for (const { layer, fill } of view.areas.tiles ? [] : view.areas.drawn()) {
    if (!visible.intersects(layer.getBounds())) continue;
    ctx.beginPath();
    drawRings(ctx, map, layer.getLatLngs(), 0, HEADER);
    ctx.fillStyle = fill ?? NO_DATA_COLOUR;
    ctx.fill('evenodd');
    ctx.strokeStyle = 'rgba(255,255,255,0.8)';
    ctx.lineWidth = view.level === 'buurt' ? 0.25 : 0.6;
    ctx.stroke();
  }
  ctx.fillStyle = '#1f2328';
  ctx.font = '600 16px system-ui, sans-serif';
  const place = gemeenteName ? ` — ${gemeenteName}` : '';
  ctx.fillText(`${indicatorLabel(indicator)}${place}`, 10, 20);
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillText(`${t(`level.plural.${view.level}`)} · ${view.shownYear ?? indicator.year ?? ''}`, 10, 37);

  // legend
  const lx = size.x + 14;
  ctx.font = '600 13px system-ui, sans-serif';
  ctx.fillText(t('legend.heading'), lx, HEADER + 18);
  ctx.font = '12px system-ui, sans-serif';
  const decimals = legendDecimals(classification.classes);
  let ly = HEADER + 34;
  const entry = (colour, text) => {
    ctx.fillStyle = colour;
    ctx.fillRect(lx, ly, 28, 14);
    ctx.strokeStyle = '#8c959f';
    ctx.strokeRect(lx + 0.5, ly + 0.5, 27, 13);
    ctx.fillStyle = '#1f2328';
    ctx.fillText(text, lx + 36, ly + 11);
    ly += 22;
  };
  classification.classes.forEach((c) => entry(c.colour, rangeText(c, decimals)));
  if (classification.noData.count) entry(NO_DATA_COLOUR, t('legend.noData'));
  ctx.fillStyle = '#57606a';
  ctx.fillText(t(`legend.method.${classification.method ?? 'quantile'}`, { level: t(`level.plural.${view.level}`) }).slice(0, 40), lx, ly + 6);

  // scale bar, source and date
  const bar = scaleBar(map);
  const by = HEADER + size.y - 14;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(6, by - 16, bar.px + 60, 24);
  ctx.fillStyle = '#1f2328';
  ctx.fillRect(12, by, bar.px, 3);
  ctx.fillRect(12, by - 5, 2, 8);
  ctx.fillRect(12 + bar.px - 2, by - 5, 2, 8);
  ctx.font = '11px system-ui, sans-serif';
  ctx.fillText(bar.text, 18 + bar.px, by + 4);
  const day = new Intl.DateTimeFormat(LOCALES[getLang()], { dateStyle: 'long' }).format(date);
  ctx.fillText(`${t('legend.source')}: ${sourceText(indicator)} · ${t('map.attribution')}`, 10, height - 30);
  ctx.fillText(`${t('export.made', { date: day })}${view.level === 'buurt' ? ` · ${t('legend.approximate')}` : ''}`, 10, height - 12);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function downloadPng(view, { gemeenteName = null } = {}) {
  const blob = await mapPng(view, { gemeenteName });
  const where = gemeenteName ? `-${gemeenteName.replace(/[^\p{L}\p{N}]+/gu, '-')}` : '';
  download(blob, `pmg-${view.indicator.id}-${view.collectionId}${where}-${fileDate()}.png`);
}
