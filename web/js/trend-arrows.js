// Trend arrows on the programme map (gemeente level): one arrow per gemeente at its label point for a
// chosen period and monitor indicator, from /api/monitor/trends. Direction is carried by shape and
// rotation (up, down, a level bar for flat) as well as by Okabe–Ito colour, so it never relies on colour
// alone. Broken series get no arrow; the legend counts them instead of hiding them.

import { fetchMonitorIndicators, fetchMonitorTrends } from './api.js';
import { el } from './dom.js';
import { formatNumber, getLang, t } from './i18n.js';

const L = window.L;
const SVG_NS = 'http://www.w3.org/2000/svg';
const PANE = 'trendArrows';
const LAST_YEAR = 2025; // last year of series_gemeente.csv; the periods all end there
export const PERIODS = [2021, 2022, 2023, 2024].map((from) => `${from}-${LAST_YEAR}`);
const STYLE = {
  up: { colour: '#d55e00', rotate: 0 },
  down: { colour: '#0072b2', rotate: 180 },
  flat: { colour: '#1f2328', rotate: 90 },
};

/** An arrow (up/down, rotated) or, for flat, a level bar with short ends; white halo for any fill below. */
export function arrowSvg(direction, size = 18) {
  const { colour, rotate } = STYLE[direction];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '-10 -10 20 20');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', direction === 'flat'
    ? 'M -7 -2.2 H 7 V 2.2 H -7 Z'
    : 'M 0 -8.5 L 7 -0.5 H 2.6 V 8.5 H -2.6 V -0.5 H -7 Z');
  path.setAttribute('transform', direction === 'flat' ? '' : `rotate(${rotate})`);
  path.setAttribute('fill', colour);
  path.setAttribute('stroke', '#ffffff');
  path.setAttribute('stroke-width', '1.6');
  path.setAttribute('paint-order', 'stroke');
  svg.append(path);
  return svg;
}

function pct(value) {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(value), 1)} %`;
}

export class TrendArrows {
  /** controls: {toggle, period, indicator} elements; legend: the section the legend entry goes in. */
  constructor(map, { toggle, period, indicator, legend, onChange = () => {}, onError = () => {} }) {
    this.map = map;
    this.controls = { toggle, period, indicator };
    this.legend = legend;
    this.onChange = onChange;
    this.onError = onError;
    this.data = null;
    this.visibleLevel = true;
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '620'; // above outlines, below popups
    this.group = L.layerGroup();
  }

  async init({ enabled = false, period = PERIODS[0], indicator = 'crime_total' } = {}) {
    this.indicators = await fetchMonitorIndicators();
    this.fillControls(period, indicator);
    this.controls.toggle.checked = enabled;
    for (const control of Object.values(this.controls)) control.addEventListener('change', () => this.update());
    await this.update();
  }

  fillControls(period = this.controls.period.value, indicator = this.controls.indicator.value) {
    const option = (value, label) => Object.assign(document.createElement('option'), { value, textContent: label });
    this.controls.period.replaceChildren(...PERIODS.map((p) => option(p, p.replace('-', ' → '))));
    this.controls.period.value = PERIODS.includes(period) ? period : PERIODS[0];
    this.controls.indicator.replaceChildren(...this.indicators.map((i) => option(i.id, getLang() === 'en' ? i.labelEn : i.labelNl)));
    this.controls.indicator.value = this.indicators.some((i) => i.id === indicator) ? indicator : 'crime_total';
  }

  get enabled() {
    return this.controls.toggle.checked;
  }

  /** The state for the permalink, e.g. "2021-2025:crime_total", or null when off. */
  get state() {
    return this.enabled ? `${this.controls.period.value}:${this.controls.indicator.value}` : null;
  }

  async update() {
    this.controls.period.disabled = !this.enabled;
    this.controls.indicator.disabled = !this.enabled;
    if (!this.enabled) {
      this.data = null;
      this.draw();
      return;
    }
    const [from, to] = this.controls.period.value.split('-');
    try {
      this.data = await fetchMonitorTrends({ indicator: this.controls.indicator.value, from, to });
    } catch (error) {
      this.data = null;
      this.onError(error);
    }
    this.draw();
  }

  /** Arrows make sense only over gemeenten: hidden (not discarded) while wijken or buurten are shown. */
  setLevelVisible(visible) {
    if (visible === this.visibleLevel) return;
    this.visibleLevel = visible;
    this.draw();
  }

  draw() {
    this.group.clearLayers();
    this.group.remove();
    this.renderLegend();
    this.onChange();
    if (!this.data || !this.visibleLevel) return;
    for (const a of this.data.areas) {
      if (a.direction === 'none' || !a.point) continue;
      const icon = L.divIcon({ className: `trend-arrow trend-${a.direction}`, html: arrowSvg(a.direction), iconSize: [18, 18], iconAnchor: [9, 9] });
      const marker = L.marker([a.point[1], a.point[0]], { icon, pane: PANE, keyboard: false, title: this.title(a) });
      marker.on('add', () => { marker.getElement().dataset.code = a.code; });
      this.group.addLayer(marker);
    }
    this.group.addTo(this.map);
  }

  title(a) {
    const d = this.data;
    return t('trend.title', {
      name: a.name, from: d.from, to: d.to, fromValue: formatNumber(a.from, 1), toValue: formatNumber(a.to, 1), pct: pct(a.changePct),
    });
  }

  /** Refreshes labels, hover texts and legend after a language change. */
  relabel() {
    if (!this.indicators) return;
    this.fillControls();
    this.draw();
  }

  renderLegend() {
    const d = this.data;
    this.legend.hidden = !d;
    if (!d) {
      this.legend.replaceChildren();
      return;
    }
    const indicator = this.indicators.find((i) => i.id === d.indicator);
    const title = el('h2', { className: 'legend-title', textContent: t('trend.legendTitle', { from: d.from, to: d.to }) });
    title.id = 'trend-legend-title';
    const list = el('ul', { className: 'legend-classes trend-entries' });
    const counts = { up: 0, down: 0, flat: 0 };
    d.areas.forEach((a) => { if (a.direction in counts) counts[a.direction] += 1; });
    for (const direction of ['up', 'flat', 'down']) {
      const item = el('li', { className: `trend-entry trend-entry-${direction}` });
      item.append(arrowSvg(direction, 16), el('span', { className: 'legend-label', textContent: t(`trend.${direction}`, { band: d.band }) }),
        el('span', { className: 'legend-count', textContent: String(counts[direction]) }));
      list.append(item);
    }
    const missing = el('li', { className: 'trend-entry trend-entry-missing' });
    missing.append(el('span', { className: 'trend-none', textContent: '—' }), el('span', { className: 'legend-label', textContent: t('trend.missing') }), el('span', { className: 'legend-count', textContent: String(d.missing) }));
    list.append(missing);
    this.legend.replaceChildren(title,
      el('p', { className: 'legend-note', textContent: getLang() === 'en' ? indicator?.labelEn : indicator?.labelNl }),
      list,
      el('p', { className: 'legend-note trend-band', textContent: t('trend.band', { from: d.from, to: d.to, band: d.band }) }),
      el('p', { className: 'legend-note trend-caveat', textContent: t('trend.caveat') }));
    if (!this.visibleLevel) this.legend.append(el('p', { className: 'legend-note trend-level', textContent: t('trend.gemeenteOnly') }));
  }
}
