// The scenario view's sensitivity part: for the selection shown, per selected municipality a tornado chart
// of the weight range per domain over which it stays selected, and a table of its Sobol indices per domain
// weight and method choice with its selection probability and irreplaceability; plus the methodology
// report of a saved scenario. It renders into the root it is given and fetches only its own endpoints.

import { postJson } from './api.js';
import { el, svg } from './dom.js';
import { formatNumber, problemText, t } from './i18n.js';

export const SENSITIVITY_DRAWS = 2000; // as the methodology report, so both show the same numbers
export const SENSITIVITY_SEED = 20240101;
const pct = (share) => (share === null || share === undefined ? '—' : `${formatNumber(Math.round(share * 100), 0)} %`);

/** One area's weight ranges: a bar per domain over 0–100 %, the current share as a tick; narrowest on top. */
export function tornado(ranges, domainName, label) {
  const sorted = [...ranges].sort((a, b) => (a.high - a.low) - (b.high - b.low));
  const [labelW, barW, rowH] = [165, 185, 18];
  const height = sorted.length * rowH + 20;
  const x = (share) => labelW + barW * share;
  const chart = svg('svg', { viewBox: `0 0 ${labelW + barW + 10} ${height}`, class: 'tornado', role: 'img', 'aria-label': label });
  sorted.forEach((r, i) => {
    const y = i * rowH + 2;
    const title = t('sensitivity.rangeTitle', { domain: domainName(r.domain), low: pct(r.low), high: pct(r.high), current: pct(r.current) });
    chart.append(svg('g', {},
      svg('title', {}, title),
      svg('text', { x: 0, y: y + 11, class: 'chart-label' }, domainName(r.domain)),
      svg('rect', { x: labelW, y: y + 2, width: barW, height: 10, class: 'track' }),
      svg('rect', { x: x(r.low), y: y + 2, width: Math.max(1, x(r.high) - x(r.low)), height: 10, class: 'range' }),
      svg('rect', { x: x(r.current) - 1, y, width: 2, height: 14, class: 'current' })));
  });
  const axis = sorted.length * rowH + 4;
  for (const share of [0, 0.5, 1]) {
    chart.append(svg('text', { x: x(share), y: axis + 12, class: 'chart-tick', 'text-anchor': share === 0 ? 'start' : share === 1 ? 'end' : 'middle' }, pct(share)));
  }
  return chart;
}

export class SensitivityPanel {
  /** root: the panel's section; names: {domainName(id)}. */
  constructor(root, { names }) {
    this.root = root;
    this.names = names;
    this.request = null; // the selection request the shown analysis belongs to
    this.last = null;
  }

  /** Forgets an analysis that belongs to another selection than the one now shown. */
  clear(request) {
    this.request = request;
    this.last = null;
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  /** Shows the last analysis again (after a language change). */
  refresh() {
    if (this.last) this.render(this.last.result, this.last.scenarioId);
  }

  /** Runs the analysis for a selection request (as run) and, for a saved or built-in scenario, links its report. */
  async run(request, scenarioId) {
    this.request = request;
    this.root.hidden = false;
    this.root.replaceChildren(el('p', { className: 'legend-note', attrs: { 'aria-live': 'polite' }, textContent: t('sensitivity.running', { draws: formatNumber(SENSITIVITY_DRAWS, 0) }) }));
    this.root.setAttribute('aria-busy', 'true');
    try {
      const result = await postJson('/api/selections/sensitivity', { selection: request, draws: SENSITIVITY_DRAWS, seed: SENSITIVITY_SEED });
      this.render(result, scenarioId);
    } catch (problem) {
      this.root.replaceChildren(el('p', { className: 'error', textContent: problemText(problem) }));
    } finally {
      this.root.removeAttribute('aria-busy');
    }
  }

  inputName(id) {
    return id.startsWith('weight:') ? this.names.domainName(id.slice('weight:'.length)) : t(`sensitivity.input.${id}`);
  }

  render(r, scenarioId) {
    this.last = { result: r, scenarioId };
    const selected = r.areas.filter((a) => a.inBase);
    this.root.replaceChildren(
      el('h3', { id: 'sensitivity-title', textContent: t('sensitivity.title') }),
      el('p', { className: 'legend-note', textContent: t('sensitivity.summary', {
        draws: formatNumber(r.draws, 0), samples: formatNumber(r.baseSamples, 0), seed: r.seed, low: formatNumber(1 - r.weightSpread, 2), high: formatNumber(1 + r.weightSpread, 2) }) }),
      el('h4', { textContent: t('sensitivity.tornadoTitle') }),
      el('p', { className: 'legend-note', textContent: t('sensitivity.tornadoNote') }),
      el('div', { className: 'tornado-grid' }, ...selected.map((a) => el('figure', { className: 'tornado-card', dataset: { code: a.code } },
        el('figcaption', { textContent: a.name }), tornado(a.ranges, (id) => this.names.domainName(id), a.name)))),
      el('h4', { textContent: t('sensitivity.indicesTitle') }),
      el('p', { className: 'legend-note', textContent: t('sensitivity.indicesNote', {
        solutions: r.portfolio.solutions, gap: formatNumber(r.portfolio.gap * 100, 1),
        complete: r.portfolio.complete ? t('sensitivity.complete') : t('sensitivity.incomplete') }) }),
      el('div', { className: 'indices-wrap' }, this.indicesTable(r)),
      el('p', { className: 'legend-note', textContent: t('sensitivity.noise') }),
      r.inputs.some((i) => i.id === 'missingPolicy') ? el('p', { className: 'legend-note', textContent: t('sensitivity.missingNote') }) : null,
      scenarioId ? el('p', { id: 'sensitivity-report' },
        el('a', { href: `/api/reports/scenarios/${encodeURIComponent(scenarioId)}.pdf`, textContent: t('sensitivity.reportPdf') }), ' · ',
        el('a', { href: `/api/reports/scenarios/${encodeURIComponent(scenarioId)}`, target: '_blank', rel: 'noopener', textContent: t('sensitivity.reportHtml') }))
        : el('p', { className: 'legend-note', textContent: t('sensitivity.reportAfterSave') }),
    );
  }

  indicesTable(r) {
    const shown = r.areas.filter((a) => a.inBase || a.probability >= 0.1);
    const cell = (idx) => (idx ? `${formatNumber(idx.total, 2)} (${formatNumber(idx.first, 2)})` : '—');
    return el('table', { className: 'indices-table', id: 'sensitivity-indices' },
      el('thead', {}, el('tr', {}, el('th', { textContent: t('sensitivity.area') }), el('th', { textContent: t('sensitivity.probability') }),
        el('th', { textContent: t('sensitivity.irreplaceability') }), ...r.inputs.map((i) => el('th', { textContent: this.inputName(i.id) })))),
      el('tbody', {}, ...shown.map((a) => el('tr', { className: a.inBase ? 'in-base' : '', dataset: { code: a.code } },
        el('td', { textContent: a.name }), el('td', { textContent: pct(a.probability) }), el('td', { textContent: pct(a.irreplaceability) }),
        ...r.inputs.map((_, i) => el('td', { textContent: cell(a.indices[i]) }))))));
  }
}
