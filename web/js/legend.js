// Renders the legend into its container (#legend): indicator title, unit, source
// and year, one .legend-class entry per colour class, a no-data entry and the
// programme tranche outlines. Rebuilt from scratch on every indicator or language change.

import { NO_DATA_COLOUR } from './choropleth.js';
import { el } from './dom.js';
import { decimalsFor, formatNumber, indicatorLabel, indicatorUnit, sourceText, t } from './i18n.js';
import { markStyle } from './marks.js';
import { HALO_WEIGHT, TRANCHES, trancheStyle } from './programme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';


function swatch(colour) {
  const node = el('span', { className: 'legend-swatch' });
  node.style.backgroundColor = colour;
  node.setAttribute('aria-hidden', 'true');
  return node;
}

/** One decimal count for the whole legend: none for whole numbers, else by the largest magnitude. */
export function legendDecimals(classes) {
  const bounds = classes.flatMap((c) => [c.min, c.max]);
  if (bounds.every(Number.isInteger)) return 0;
  return decimalsFor(Math.max(...bounds.map(Math.abs)));
}

export function rangeText(c, decimals) {
  const [min, max] = [formatNumber(c.min, decimals), formatNumber(c.max, decimals)];
  return min === max ? min : `${min} – ${max}`;
}

function entry(className, marker, label, count) {
  const item = el('li', { className: className });
  item.append(marker, el('span', { className: 'legend-label', textContent: label }));
  if (count !== undefined) item.append(el('span', { className: 'legend-count', textContent: String(count) }));
  return item;
}

function lineSample(tranche) {
  const style = trancheStyle(tranche);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'legend-line');
  svg.setAttribute('viewBox', '0 0 36 12');
  svg.setAttribute('aria-hidden', 'true');
  const line = (stroke, width, dash) => {
    const node = document.createElementNS(SVG_NS, 'line');
    Object.entries({ x1: 3, y1: 6, x2: 33, y2: 6, stroke, 'stroke-width': width, 'stroke-linecap': style.lineCap })
      .forEach(([name, value]) => node.setAttribute(name, String(value)));
    if (dash) node.setAttribute('stroke-dasharray', dash);
    return node;
  };
  svg.append(line('#ffffff', HALO_WEIGHT), line(style.color, style.weight, style.dashArray));
  return svg;
}

/** A small filled, outlined rectangle in the style of an overlay mark. */
function markSample(kind) {
  const style = markStyle(kind);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'legend-line legend-mark');
  svg.setAttribute('viewBox', '0 0 36 14');
  svg.setAttribute('aria-hidden', 'true');
  const rect = (stroke, width, fill, fillOpacity, dash) => {
    const node = document.createElementNS(SVG_NS, 'rect');
    Object.entries({ x: 3, y: 2.5, width: 30, height: 9, stroke, 'stroke-width': width, fill, 'fill-opacity': fillOpacity })
      .forEach(([name, value]) => node.setAttribute(name, String(value)));
    if (dash) node.setAttribute('stroke-dasharray', dash);
    return node;
  };
  svg.append(rect('#ffffff', style.weight + 2, '#fec44f', 1),
    rect(style.color, Math.min(style.weight, 3), style.fill ? style.fillColor : 'none', style.fillOpacity, style.dashArray));
  return svg;
}

/**
 * indicator: catalogue entry; classification: result of choropleth.classify;
 * tranchesPresent: Map tranche → number of municipalities drawn with that outline.
 */
export function renderLegend(container, { indicator, classification, tranchesPresent = new Map(), level = 'gemeente', marks = null, populationRule = null, year = indicator.year }) {
  container.replaceChildren();
  const title = el('h2', { className: 'legend-title', textContent: indicatorLabel(indicator) });
  title.id = 'legend-title';
  container.append(title);

  const meta = el('dl', { className: 'legend-meta' });
  for (const [key, value] of [
    ['legend.unit', indicatorUnit(indicator)],
    ['legend.source', sourceText(indicator)],
    ['legend.year', year],
  ]) {
    if (value) meta.append(el('dt', { textContent: t(key) }), el('dd', { textContent: value }));
  }
  container.append(meta);

  container.append(el('p', { className: 'legend-note', textContent: t(`legend.direction.${indicator.direction ?? 'neutral'}`) }));

  const { classes, noData } = classification;
  if (classes.length === 0) {
    container.append(el('p', { className: 'legend-note', textContent: t('legend.noValues') }));
  } else {
    container.append(el('p', { className: 'legend-note legend-method', textContent: t(`legend.method.${classification.method ?? 'quantile'}`, { level: t(`level.plural.${level}`) }) }));
    const check = classification.breakCheck;
    if (check) container.append(breakNote(check, legendDecimals(classes)));
    container.append(histogram(classification));
    const list = el('ul', { className: 'legend-classes' });
    list.setAttribute('aria-label', t('legend.heading'));
    const decimals = legendDecimals(classes);
    for (const c of classes) {
      list.append(entry('legend-class', swatch(c.colour), rangeText(c, decimals), c.count));
    }
    container.append(list);
  }

  if (noData.count > 0) {
    const statuses = Object.entries(noData.byStatus)
      .map(([status, n]) => `${t(`status.${status}`)}: ${n}`)
      .join(', ');
    const list = el('ul', { className: 'legend-classes' });
    const item = entry('legend-missing', swatch(NO_DATA_COLOUR), t('legend.noData'), noData.count);
    item.append(el('span', { className: 'legend-explain', textContent: `${t('legend.noDataExplained')} (${statuses})` }));
    list.append(item);
    container.append(list);
  }

  if (populationRule) {
    container.append(el('p', { className: 'legend-note legend-population', id: 'legend-population',
      textContent: t('legend.populationRule', { min: populationRule.min, level: t(`level.plural.${level}`), n: populationRule.excluded }) }));
  }
  if (level === 'buurt') {
    container.append(el('p', { className: 'legend-approximate', textContent: t('legend.approximate') }));
  }
  container.append(el('p', { className: 'legend-note legend-background', textContent: t('legend.background') }));

  if (tranchesPresent.size > 0) {
    container.append(el('h3', { className: 'legend-subtitle', textContent: t('legend.programme') }));
    const list = el('ul', { className: 'legend-programme' });
    for (const tranche of TRANCHES) {
      if (!tranchesPresent.has(tranche)) continue;
      list.append(entry(`legend-tranche tranche-${tranche}`, lineSample(tranche), t(`tranche.${tranche}`), tranchesPresent.get(tranche)));
    }
    container.append(list);
  }

  // marks: {title, entries: [{kind, label, count}]} — the overlay of a selection, comparison or priority areas.
  if (marks && marks.entries.length > 0) {
    container.append(el('h3', { className: 'legend-subtitle', textContent: marks.title }));
    const list = el('ul', { className: 'legend-marks' });
    for (const m of marks.entries) list.append(entry(`legend-mark-entry mark-${m.kind}`, markSample(m.kind), m.label, m.count));
    container.append(list);
  }
}

/** Says which custom breaks were not used and why (outside the values, or more than four). */
function breakNote(check, decimals) {
  const lines = [];
  if (check.given === 0) lines.push(t('legend.breaksNone'));
  if (check.ignored.length) {
    lines.push(t('legend.breaksOutside', { list: check.ignored.map((b) => formatNumber(b, decimals)).join('; '),
      min: formatNumber(check.min, decimals), max: formatNumber(check.max, decimals) }));
  }
  if (check.extra.length) lines.push(t('legend.breaksExtra', { n: check.extra.length }));
  return el('p', { className: `legend-note legend-breaks${lines.length ? ' warning' : ''}`, id: 'breaks-note', attrs: { role: lines.length ? 'alert' : null } },
    lines.join(' ') || t('legend.breaksOk'));
}

/**
 * A 24-bin histogram of the classified values, bars coloured by their class, so the reader sees
 * how the chosen breaks cut the distribution.
 */
function histogram({ sorted, classes }) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'legend-histogram');
  svg.setAttribute('viewBox', '0 0 240 60');
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('legend.histogram'));
  // skewed data (a few buurten with shops and no residents reach thousands per 1,000): the bars cover the
  // values up to the 98th percentile and the last bar also holds everything above it, so the shape stays visible
  const min = sorted[0];
  const p98 = sorted[Math.floor(0.98 * (sorted.length - 1))];
  const max = p98 > min ? p98 : sorted[sorted.length - 1];
  if (max < sorted[sorted.length - 1]) svg.setAttribute('aria-label', `${t('legend.histogram')} ${t('legend.histogramTail', { value: formatNumber(max) })}`);
  const bins = 24;
  const width = (max - min) / bins || 1;
  const counts = new Array(bins).fill(0);
  for (const v of sorted) counts[Math.min(bins - 1, Math.floor((v - min) / width))] += 1;
  const top = Math.max(...counts);
  counts.forEach((n, i) => {
    const centre = min + (i + 0.5) * width;
    const c = classes[Math.max(0, classes.findLastIndex((k) => centre >= k.lower))];
    const rect = document.createElementNS(SVG_NS, 'rect');
    const h = n === 0 ? 0 : Math.max(1, (n / top) * 56);
    Object.entries({ x: i * 10, y: 58 - h, width: 9, height: h, fill: c.colour })
      .forEach(([k, v]) => rect.setAttribute(k, String(v)));
    svg.append(rect);
  });
  const axis = document.createElementNS(SVG_NS, 'line');
  Object.entries({ x1: 0, y1: 58.5, x2: 240, y2: 58.5, stroke: '#57606a' }).forEach(([k, v]) => axis.setAttribute(k, String(v)));
  svg.append(axis);
  return svg;
}
