// Small SVG line charts for the monitor: index (start year = 100) of the municipality (solid) and of
// its comparison group (dashed). No library, so the pages work offline and print cleanly.

import { svg } from './dom.js';
import { formatNumber, t } from './i18n.js';

/** The chart, with a text alternative (role img + title) naming both lines and the last values. */
export function indexChart(change, { width = 220, height = 120, name = '' } = {}) {
  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'monitor-chart', role: 'img' });
  const years = (change?.years ?? []).filter((y) => y.ownIndex !== null);
  const title = svg('title');
  root.append(title);
  if (years.length === 0) {
    title.textContent = t('monitor.noSeries');
    const text = svg('text', { x: 8, y: height / 2, class: 'monitor-empty' });
    text.textContent = t('monitor.noSeries');
    root.append(text);
    return root;
  }
  const last = years[years.length - 1];
  title.textContent = t('monitor.chartAlt', { name, from: years[0].year, to: last.year,
    own: formatNumber(last.ownIndex, 1), group: last.groupIndex === null ? '—' : formatNumber(last.groupIndex, 1) });
  const values = years.flatMap((y) => [y.ownIndex, y.groupIndex]).filter((v) => v !== null && v !== undefined);
  const lo = Math.min(90, ...values);
  const hi = Math.max(110, ...values);
  const x0 = 30; const x1 = width - 16; const y0 = height - 18; const y1 = 8;
  const first = years[0].year; const end = Math.max(last.year, first + 1);
  const x = (year) => x0 + ((year - first) / (end - first)) * (x1 - x0);
  const y = (v) => y0 - ((v - lo) / (hi - lo)) * (y0 - y1);
  // strokes as attributes, not only CSS classes: the chart is also drawn on pages without monitor.css
  root.append(svg('line', { x1: x0, x2: x1, y1: y(100), y2: y(100), class: 'monitor-base', stroke: '#8c959f' }));
  [lo, 100, hi].forEach((v) => {
    const label = svg('text', { x: 2, y: y(v) + 4, class: 'monitor-axis', 'font-size': 10, fill: '#57606a' });
    label.textContent = formatNumber(Math.round(v), 0);
    root.append(label);
  });
  for (let year = first; year <= end; year += 1) {
    const label = svg('text', { x: x(year), y: height - 4, class: 'monitor-axis', 'text-anchor': 'middle', 'font-size': 10, fill: '#57606a' });
    label.textContent = year;
    root.append(label);
  }
  const line = (key, cls) => {
    const pts = years.filter((yr) => yr[key] !== null && yr[key] !== undefined)
      .map((yr) => `${x(yr.year).toFixed(1)},${y(yr[key]).toFixed(1)}`);
    if (pts.length === 0) return;
    const stroke = cls === 'monitor-own'
      ? { stroke: '#b2182b', 'stroke-width': 2 } : { stroke: '#2166ac', 'stroke-width': 2, 'stroke-dasharray': '4 3' };
    root.append(svg('polyline', { points: pts.join(' '), class: cls, fill: 'none', ...stroke }));
  };
  line('groupIndex', 'monitor-group');
  line('ownIndex', 'monitor-own');
  return root;
}

/** "−6,6 [−18,4; 15,2]": the difference with the municipality's comparison group and its placebo interval. */
export function formatDiff(year) {
  if (!year || year.difference === null || year.difference === undefined) return '—';
  const signed = (value) => {
    const v = Math.round(value * 10) / 10;
    return `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 1)}`;
  };
  const interval = year.placeboLow === null || year.placeboLow === undefined ? ''
    : ` [${signed(year.placeboLow)}; ${signed(year.placeboHigh)}]`;
  return `${signed(year.difference)}${interval}`;
}
