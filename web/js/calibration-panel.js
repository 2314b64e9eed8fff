// The analyst view's "Wat verklaart de keuze van …" panel: for a past round, the domain weights that best
// explain what was actually chosen, beside the default's, how sure that is, and how both replay the rounds.
// A calibrated framework is an estimate of a past choice, labelled as such; it never becomes the default.
// It renders into the root it is given and fetches only /api/calibrations.

import { getJson, postJson } from './api.js';
import { el, svg } from './dom.js';
import { formatNumber, getLang, problemText, t } from './i18n.js';

const CAN_SAVE = new Set(['PROGRAMME_MANAGER', 'ANALYST']);
const pct = (share) => (share === null || share === undefined ? '—' : `${formatNumber(Math.round(share * 100), 0)} %`);

/** Grouped bars per domain: the default share (grey) and the calibrated one (blue) with its 95 % interval. */
export function weightsChart(weights, domainName) {
  const [labelW, barW, rowH] = [175, 220, 30];
  const height = weights.length * rowH + 24;
  const x = (share) => labelW + barW * Math.max(0, Math.min(1, share ?? 0));
  const chart = svg('svg', { viewBox: `0 0 ${labelW + barW + 50} ${height}`, class: 'calibration-chart', role: 'img',
    'aria-label': t('calibration.chartLabel') });
  weights.forEach((w, i) => {
    const y = i * rowH + 4;
    chart.append(
      svg('text', { x: 0, y: y + 15, class: 'chart-label' }, domainName(w.id)),
      svg('rect', { x: labelW, y, width: x(w.defaultShare) - labelW, height: 10, class: 'bar-default' }),
      svg('rect', { x: labelW, y: y + 12, width: x(w.share) - labelW, height: 10, class: 'bar-calibrated' }),
    );
    if (w.low !== null && w.high !== null) {
      chart.append(svg('line', { x1: x(w.low), x2: x(w.high), y1: y + 17, y2: y + 17, class: 'interval' }));
    }
    chart.append(svg('text', { x: x(Math.max(w.share, w.high ?? 0)) + 4, y: y + 21, class: 'chart-value' }, pct(w.share)));
  });
  const axis = weights.length * rowH + 8;
  for (const share of [0, 0.5, 1]) {
    chart.append(svg('text', { x: x(share), y: axis + 12, class: 'chart-tick', 'text-anchor': share === 0 ? 'start' : share === 1 ? 'end' : 'middle' }, pct(share)));
  }
  return chart;
}

export class CalibrationPanel {
  /** root: an empty section of the analyst view; session: /api/session (who may save). */
  constructor(root, { session }) {
    this.root = root;
    this.canSave = CAN_SAVE.has(session?.role);
  }

  async init() {
    const list = await getJson('/api/calibrations');
    this.rounds = list.rounds;
    const available = this.rounds.filter((r) => r.available);
    if (!available.length) {
      this.root.replaceChildren(el('p', { className: 'legend-note', textContent: t('calibration.noRounds') }));
      return;
    }
    await this.show(available[0].id);
  }

  async show(roundId) {
    this.root.setAttribute('aria-busy', 'true');
    try {
      this.doc = await getJson(`/api/calibrations/round-${encodeURIComponent(roundId)}`);
      this.render();
    } catch (problem) {
      this.root.replaceChildren(el('p', { className: 'error', textContent: problemText(problem) }));
    } finally {
      this.root.removeAttribute('aria-busy');
    }
  }

  domainName(id) {
    const d = this.doc.framework.domains.find((x) => x.id === id);
    return d ? (getLang() === 'nl' ? d.labelNl : d.labelEn ?? d.labelNl) : id;
  }

  render() {
    const d = this.doc;
    const round = d.rounds.join(', ');
    const picker = el('select', { id: 'calibration-round', attrs: { 'aria-label': t('calibration.round') } },
      ...this.rounds.map((r) => el('option', { value: r.id, textContent: r.id, disabled: !r.available, selected: r.id === round })));
    picker.addEventListener('change', () => this.show(picker.value));
    const own = d.inSample[0];
    const chart = el('div', {},
      el('p', { className: 'legend-note' }, el('span', { className: 'swatch bar-default' }), t('calibration.default'), ' ',
        el('span', { className: 'swatch bar-calibrated' }), t('calibration.calibrated')),
      weightsChart(d.weights, (id) => this.domainName(id)));
    const replays = el('div', {},
      el('p', { id: 'calibration-in-sample', textContent: t('calibration.inSample', {
        calibrated: own.calibrated.picked, standard: own.standard.picked, chosen: own.chosen, chance: formatNumber(own.chanceExpectation, 1) }) }),
      this.ranks(own),
      ...d.outOfSample.map((o) => el('p', { className: 'out-of-sample', textContent: o.available
        ? t('calibration.outOfSample', { round: o.round, calibrated: o.calibrated.picked, standard: o.standard.picked, chosen: o.chosen,
          chance: formatNumber(o.chanceExpectation, 1) })
        : t('calibration.outOfSampleMissing', { round: o.round }) })),
      el('p', { className: 'legend-note', textContent: t('calibration.note', { bootstrap: d.reproduce.bootstrap, permutations: d.reproduce.permutations, seed: d.reproduce.seed }) }),
      this.saveButton());
    this.root.replaceChildren(
      el('h2', { id: 'calibration-title', textContent: t('calibration.title', { round }) }),
      el('label', { className: 'inline' }, t('calibration.round'), ' ', picker),
      el('p', { id: 'calibration-verdict', className: d.test.explained ? 'verdict' : 'verdict not-explained',
        textContent: t(d.test.explained ? 'calibration.explained' : 'calibration.notExplained', { p: formatNumber(d.test.pValue, 3) }) }),
      el('div', { className: 'calibration-cols' }, chart, replays),
    );
  }

  /** The chosen areas with their rank among the candidates under both frameworks. */
  ranks(fit) {
    const standard = new Map(fit.standard.ranks.map((r) => [r.code, r.candidateRank]));
    return el('table', { className: 'calibration-ranks' },
      el('thead', {}, el('tr', {}, el('th', { textContent: t('calibration.chosenArea') }),
        el('th', { textContent: t('calibration.rankDefault') }), el('th', { textContent: t('calibration.rankCalibrated') }))),
      el('tbody', {}, ...fit.calibrated.ranks.map((r) => el('tr', {}, el('td', { textContent: r.name }),
        el('td', { textContent: String(standard.get(r.code) || '—') }), el('td', { textContent: String(r.candidateRank || '—') })))));
  }

  saveButton() {
    if (!this.canSave) return null;
    const status = el('span', { className: 'legend-note', attrs: { 'aria-live': 'polite' } });
    const button = el('button', { type: 'button', id: 'calibration-save', textContent: t('calibration.save') });
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const saved = await postJson('/api/calibrations', { rounds: this.doc.rounds, save: true });
        status.textContent = t('calibration.saved', { id: saved.framework.id, version: saved.framework.version });
      } catch (problem) {
        status.textContent = problemText(problem);
      } finally {
        button.disabled = false;
      }
    });
    return el('p', {}, button, ' ', status);
  }
}
