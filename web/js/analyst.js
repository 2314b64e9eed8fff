// Analyst tools over two layers A and B at one level: a 3×3 bivariate colouring, a scatter
// plot linked to the map both ways, and a Pearson correlation matrix of the catalogue.

import { fetchLayerValues } from './api.js';
import { hasValue } from './choropleth.js';
import { el, svg } from './dom.js';
import { formatNumber, indicatorLabel, t } from './i18n.js';


// Joshua Stevens' blue–pink bivariate scheme: rows = B tertile (low→high), columns = A tertile.
// Distinguishable with the common colour-vision deficiencies by lightness as well as hue.
const BIVARIATE = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
];

function tertiles(values) {
  const sorted = [...values.values()].filter(([v, s]) => hasValue(v, s)).map(([v]) => v).sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 3)], sorted[Math.floor((2 * sorted.length) / 3)]];
}

/** (code) → bivariate colour, or null when either value is missing. */
export function bivariateColours(valuesA, valuesB) {
  const [ta, tb] = [tertiles(valuesA), tertiles(valuesB)];
  const bin = ([v, s], [t1, t2]) => (!hasValue(v, s) ? -1 : v < t1 ? 0 : v < t2 ? 1 : 2);
  return (code) => {
    const a = bin(valuesA.get(code) ?? [null, 'missing'], ta);
    const b = bin(valuesB.get(code) ?? [null, 'missing'], tb);
    return a < 0 || b < 0 ? null : BIVARIATE[b][a];
  };
}

export function renderBivariateLegend(container, a, b) {
  const grid = el('div', { className: 'bivariate-grid', attrs: { 'aria-hidden': 'true' } });
  for (let row = 2; row >= 0; row--) {
    for (let col = 0; col < 3; col++) {
      const cell = el('span', { className: 'legend-class bivariate-cell' });
      cell.style.backgroundColor = BIVARIATE[row][col];
      grid.append(cell);
    }
  }
  container.replaceChildren(el('h2', { textContent: t('analyst.bivariateLegend', { a: indicatorLabel(a), b: indicatorLabel(b) }) }),
    grid, el('p', { className: 'legend-note', textContent: `→ ${indicatorLabel(a)}   ↑ ${indicatorLabel(b)}` }));
}

export function pearson(valuesA, valuesB) {
  let n = 0; let sa = 0; let sb = 0; let saa = 0; let sbb = 0; let sab = 0;
  for (const [code, [va, sta]] of valuesA) {
    const [vb, stb] = valuesB.get(code) ?? [null, 'missing'];
    if (!hasValue(va, sta) || !hasValue(vb, stb)) continue;
    n += 1; sa += va; sb += vb; saa += va * va; sbb += vb * vb; sab += va * vb;
  }
  const cov = sab - (sa * sb) / n;
  const denom = Math.sqrt((saa - (sa * sa) / n) * (sbb - (sb * sb) / n));
  return n > 2 && denom > 0 ? cov / denom : NaN;
}

/** Round tick values (1, 2 or 5 × 10ⁿ apart) covering [lo, hi]. */
export function niceTicks(lo, hi, count = 5) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

/** Scatter of A (x) against B (y) with both axes ticked and titled; onHover(code|null) marks the map, returns highlight(code). */
export function renderScatter(container, { a, b, valuesA, valuesB, names, onHover }) {
  const [w, h] = [480, 340];
  const pad = { left: 58, right: 14, top: 12, bottom: 46 };
  const points = [];
  for (const [code, [va, sa]] of valuesA) {
    const [vb, sb] = valuesB.get(code) ?? [null, 'missing'];
    if (hasValue(va, sa) && hasValue(vb, sb)) points.push({ code, x: va, y: vb });
  }
  const ext = (key) => [Math.min(...points.map((p) => p[key])), Math.max(...points.map((p) => p[key]))];
  const [[x0, x1], [y0, y1]] = [ext('x'), ext('y')];
  const sx = (v) => pad.left + ((v - x0) / (x1 - x0 || 1)) * (w - pad.left - pad.right);
  const sy = (v) => h - pad.bottom - ((v - y0) / (y1 - y0 || 1)) * (h - pad.top - pad.bottom);
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'scatter', role: 'img',
    'aria-label': t('analyst.scatterAlt', { a: indicatorLabel(a), b: indicatorLabel(b), n: points.length, r: formatNumber(pearson(valuesA, valuesB), 2) }) });
  const text = (content, attrs) => svg('text', { 'font-size': 11, fill: '#1f2328', ...attrs }, document.createTextNode(content));
  for (const v of niceTicks(x0, x1)) {
    root.append(svg('line', { x1: sx(v), x2: sx(v), y1: pad.top, y2: h - pad.bottom, stroke: '#e1e4e8' }),
      text(formatNumber(v), { x: sx(v), y: h - pad.bottom + 14, 'text-anchor': 'middle' }));
  }
  for (const v of niceTicks(y0, y1)) {
    root.append(svg('line', { x1: pad.left, x2: w - pad.right, y1: sy(v), y2: sy(v), stroke: '#e1e4e8' }),
      text(formatNumber(v), { x: pad.left - 6, y: sy(v) + 4, 'text-anchor': 'end' }));
  }
  root.append(svg('line', { x1: pad.left, y1: h - pad.bottom, x2: w - pad.right, y2: h - pad.bottom, stroke: '#57606a' }),
    svg('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: h - pad.bottom, stroke: '#57606a' }),
    text(indicatorLabel(a), { x: (pad.left + w - pad.right) / 2, y: h - 8, 'text-anchor': 'middle', 'font-weight': 600 }),
    text(indicatorLabel(b), { x: 12, y: (pad.top + h - pad.bottom) / 2, 'text-anchor': 'middle', 'font-weight': 600,
      transform: `rotate(-90 12 ${(pad.top + h - pad.bottom) / 2})` }));
  const dots = new Map();
  for (const p of points) {
    const dot = svg('circle', { cx: sx(p.x).toFixed(1), cy: sy(p.y).toFixed(1), r: points.length > 2000 ? 1.4 : 3, class: 'scatter-dot' },
      svg('title', {}, document.createTextNode(names.get(p.code) ?? p.code)));
    dot.dataset.code = p.code;
    dot.addEventListener('mouseenter', () => onHover(p.code));
    dot.addEventListener('mouseleave', () => onHover(null));
    dots.set(p.code, dot);
    root.append(dot);
  }
  container.replaceChildren(root, el('p', { className: 'legend-note', textContent: t('analyst.scatterNote', { r: formatNumber(pearson(valuesA, valuesB), 2) }) }));
  let active = null;
  return (code) => {
    active?.classList.remove('active');
    active = dots.get(code) ?? null;
    active?.classList.add('active');
    if (active) root.append(active); // on top
  };
}

/**
 * Cell colour for a correlation r: ColorBrewer RdBu tints (blue positive, red negative), never darker than
 * 60 % so black text keeps a contrast of at least 4.5:1 on every cell.
 */
export function correlationColour(r) {
  if (!Number.isFinite(r)) return '#eeeeee';
  const alpha = (Math.abs(r) * 0.6).toFixed(2);
  return r >= 0 ? `rgba(33,102,172,${alpha})` : `rgba(178,24,43,${alpha})`;
}

/** Correlation matrix of every layer available for gemeenten (pairwise complete cases), named on both axes. */
export async function renderCorrelation(container, layers) {
  const atGemeente = layers.filter((l) => (l.levels ?? []).includes('gemeente'));
  const values = await Promise.all(atGemeente.map((l) => fetchLayerValues(l.id, 'gemeente')));
  const head = el('tr', {}, el('td'), ...atGemeente.map((l) => el('th', { scope: 'col', className: 'correlation-col' },
    el('span', { textContent: indicatorLabel(l) }))));
  const rows = atGemeente.map((l, i) => el('tr', {}, el('th', { scope: 'row', textContent: indicatorLabel(l) }),
    ...atGemeente.map((m, j) => {
      const r = i === j ? 1 : pearson(values[i], values[j]);
      const td = el('td', { textContent: Number.isFinite(r) ? formatNumber(r, 2) : '—', title: `${indicatorLabel(l)} × ${indicatorLabel(m)}` });
      td.style.backgroundColor = correlationColour(r);
      return td;
    })));
  const table = el('table', { className: 'correlation', id: 'correlation-table' },
    el('caption', { className: 'visually-hidden', textContent: t('analyst.correlation') }), el('thead', {}, head), el('tbody', {}, ...rows));
  container.replaceChildren(el('p', { className: 'legend-note', textContent: t('analyst.correlationNote') }),
    el('div', { className: 'table-scroll', tabIndex: 0, attrs: { role: 'region', 'aria-label': t('analyst.correlation') } }, table));
}
