// Analyst tools over two layers A and B at one level: a 3×3 bivariate colouring, a scatter
// plot linked to the map both ways, and a Pearson correlation matrix of the catalogue.

import { fetchLayerValues } from './api.js';
import { hasValue } from './choropleth.js';
import { formatNumber, indicatorLabel, t } from './i18n.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

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
  const grid = document.createElement('div');
  grid.className = 'bivariate-grid';
  for (let row = 2; row >= 0; row--) {
    for (let col = 0; col < 3; col++) {
      const cell = document.createElement('span');
      cell.className = 'legend-class bivariate-cell';
      cell.style.backgroundColor = BIVARIATE[row][col];
      grid.append(cell);
    }
  }
  const title = document.createElement('h2');
  title.textContent = t('analyst.bivariateLegend', { a: indicatorLabel(a), b: indicatorLabel(b) });
  const axes = document.createElement('p');
  axes.className = 'legend-note';
  axes.textContent = `→ ${indicatorLabel(a)}   ↑ ${indicatorLabel(b)}`;
  container.replaceChildren(title, grid, axes);
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

function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, String(v)));
  return node;
}

/** Scatter of A (x) against B (y); onHover(code|null) marks the map, returns highlight(code) for the way back. */
export function renderScatter(container, { a, b, valuesA, valuesB, names, onHover }) {
  const [w, h, pad] = [300, 220, 30];
  const points = [];
  for (const [code, [va, sa]] of valuesA) {
    const [vb, sb] = valuesB.get(code) ?? [null, 'missing'];
    if (hasValue(va, sa) && hasValue(vb, sb)) points.push({ code, x: va, y: vb });
  }
  const ext = (key) => [Math.min(...points.map((p) => p[key])), Math.max(...points.map((p) => p[key]))];
  const [[x0, x1], [y0, y1]] = [ext('x'), ext('y')];
  const sx = (v) => pad + ((v - x0) / (x1 - x0 || 1)) * (w - pad - 8);
  const sy = (v) => h - pad - ((v - y0) / (y1 - y0 || 1)) * (h - pad - 8);
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'scatter', role: 'img' });
  root.setAttribute('aria-label', `${indicatorLabel(a)} × ${indicatorLabel(b)}`);
  root.append(svg('line', { x1: pad, y1: h - pad, x2: w, y2: h - pad, stroke: '#57606a' }),
    svg('line', { x1: pad, y1: 0, x2: pad, y2: h - pad, stroke: '#57606a' }));
  const label = (text, x, y, anchor, rotate) => {
    const node = svg('text', { x, y, 'text-anchor': anchor, 'font-size': 10, fill: '#1f2328', ...(rotate ? { transform: `rotate(-90 ${x} ${y})` } : {}) });
    node.textContent = text;
    return node;
  };
  root.append(label(indicatorLabel(a), w / 2, h - 6, 'middle'), label(indicatorLabel(b), 10, h / 2 - 10, 'middle', true),
    label(formatNumber(x0), pad, h - pad + 12, 'start'), label(formatNumber(x1), w - 8, h - pad + 12, 'end'));
  const dots = new Map();
  for (const p of points) {
    const dot = svg('circle', { cx: sx(p.x).toFixed(1), cy: sy(p.y).toFixed(1), r: points.length > 2000 ? 1.2 : 2.5, class: 'scatter-dot' });
    dot.dataset.code = p.code;
    const title = svg('title', {});
    title.textContent = names.get(p.code) ?? p.code;
    dot.append(title);
    dot.addEventListener('mouseenter', () => onHover(p.code));
    dot.addEventListener('mouseleave', () => onHover(null));
    dots.set(p.code, dot);
    root.append(dot);
  }
  const note = document.createElement('p');
  note.className = 'legend-note';
  note.textContent = t('analyst.scatterNote', { r: formatNumber(pearson(valuesA, valuesB), 2) });
  container.replaceChildren(root, note);
  let active = null;
  return (code) => {
    active?.classList.remove('active');
    active = dots.get(code) ?? null;
    active?.classList.add('active');
    if (active) root.append(active); // on top
  };
}

/** Correlation matrix of every layer available for gemeenten (pairwise complete cases). */
export async function renderCorrelation(container, layers) {
  const atGemeente = layers.filter((l) => (l.levels ?? []).includes('gemeente'));
  const values = await Promise.all(atGemeente.map((l) => fetchLayerValues(l.id, 'gemeente')));
  const table = document.createElement('table');
  table.className = 'correlation';
  table.id = 'correlation-table';
  const head = document.createElement('tr');
  head.append(document.createElement('th'));
  atGemeente.forEach((l, i) => {
    const th = Object.assign(document.createElement('th'), { scope: 'col', textContent: String(i + 1), title: indicatorLabel(l) });
    head.append(th);
  });
  table.append(head);
  atGemeente.forEach((l, i) => {
    const tr = document.createElement('tr');
    tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: `${i + 1}. ${indicatorLabel(l)}` }));
    atGemeente.forEach((m, j) => {
      const r = i === j ? 1 : pearson(values[i], values[j]);
      const td = document.createElement('td');
      td.textContent = Number.isFinite(r) ? formatNumber(r, 2) : '—';
      td.title = `${indicatorLabel(l)} × ${indicatorLabel(m)}`;
      // RdBu diverging (ColorBrewer): blue positive, red negative, white near zero.
      td.style.backgroundColor = Number.isFinite(r) ? (r >= 0 ? `rgba(33,102,172,${Math.abs(r) * 0.8})` : `rgba(178,24,43,${Math.abs(r) * 0.8})`) : '#eee';
      if (Math.abs(r) > 0.6) td.style.color = '#fff';
      tr.append(td);
    });
    table.append(tr);
  });
  const note = Object.assign(document.createElement('p'), { className: 'legend-note', textContent: t('analyst.correlationNote') });
  container.replaceChildren(note, table);
}
