// The programme view's own parts: the gemeenten with their tranche outlines, the trend arrows and, for
// the analyst view, the twin maps that follow each other.

import { nationalGemeenten } from './map-view.js';

const $ = (id) => document.getElementById(id);

/** Draws the tranche outlines; resolves to {gemeenten: code → feature, tranches: tranche → count}. */
export async function loadProgrammeOutlines(view) {
  const collection = await nationalGemeenten(); // the choropleth's own request: fetched once
  view.areas.showProgramme(collection);
  const tranches = new Map();
  for (const f of collection.features) {
    const tr = f.properties.programmeTranche;
    if (tr) tranches.set(tr, (tranches.get(tr) ?? 0) + 1);
  }
  return { gemeenten: new Map(collection.features.map((f) => [f.properties.code, f])), tranches };
}

/** Trend arrows: ?trend=2021-2025:crime_total in the address turns them on with that period and indicator. */
export async function startTrendArrows(view, params, { onChange, onError }) {
  const [period, indicator] = (params.get('trend') ?? '').split(':');
  const { TrendArrows } = await import('./trend-arrows.js'); // off at first: loaded beside the first drawing
  const trends = new TrendArrows(view.map, {
    toggle: $('trend-toggle'), period: $('trend-period'), indicator: $('trend-indicator'), legend: $('trend-legend'),
    onChange, onError,
  });
  trends.setLevelVisible(view.level === 'gemeente');
  $('trend-controls').hidden = false;
  await trends.init({ enabled: params.has('trend'), period: period || undefined, indicator: indicator || undefined });
  return trends;
}

/** Twin maps: moving either moves the other, without echoing back and forth. */
export function syncMaps(a, b) {
  let syncing = false;
  const follow = (from, to) => from.on('move', () => {
    if (syncing) return;
    syncing = true;
    to.setView(from.getCenter(), from.getZoom(), { animate: false });
    syncing = false;
  });
  follow(a, b);
  follow(b, a);
}
