// The scenario result view: the selection's summary and its explanation cards ("waarom deze
// gemeente"), the runners-up, the uncertainty frequencies and, for a replay, the model against the actual
// choice. It renders what it is given into its root; it fetches nothing.

import { el, part } from './dom.js';
import { formatNumber, hasText, t } from './i18n.js';
import { pathwayBadge, pathwayLine, pathwaySummary } from './pathways.js';

const pct = (f) => `${formatNumber(Math.round(f * 100), 0)} %`;

export class ScenarioResultView {
  /** root holds #sc-result and #sc-uncertainty-result; names: {indicatorName(id), domainName(id)}; onZoomTo(code). */
  constructor(root, { names, onZoomTo }) {
    this.root = root;
    this.names = names;
    this.onZoomTo = onZoomTo;
    this.$ = (id) => part(root, id);
    this.result = null;
    this.scenario = null;
    this.uncertainty = null;
  }

  /** Shows a selection response, the scenario it belongs to (if saved) and its uncertainty run (if any). */
  render({ result, scenario, uncertainty }) {
    Object.assign(this, { result, scenario, uncertainty });
    this.renderResult();
    this.renderUncertainty();
  }

  indicatorName(id) {
    return this.names.indicatorName(id);
  }

  domainName(id) {
    return this.names.domainName(id);
  }

  renderResult() {
    const root = this.$('sc-result');
    const r = this.result;
    if (!r) { root.replaceChildren(); return; }
    const parts = [];
    if (this.scenario) {
      const link = el('a', { href: `/?scenario=${encodeURIComponent(this.scenario.id)}`, id: 'sc-permalink', textContent: t('scenario.permalink') });
      parts.push(el('h3', { id: 'sc-opened', textContent: t('scenario.opened', { name: this.scenario.name }) }));
      if (this.scenario.description) parts.push(el('p', { className: 'legend-note', textContent: this.scenario.description }));
      for (const note of [].concat(this.scenario.notes ?? [])) parts.push(el('p', { className: 'legend-note', textContent: note }));
      parts.push(el('p', {}, link));
      if (this.scenario.comparison) parts.push(this.comparisonCard(this.scenario.comparison));
    }
    parts.push(el('h3', { textContent: t('scenario.selectedTitle') }));
    parts.push(el('p', { id: 'sc-summary', className: 'legend-note', textContent: t('scenario.summary', {
      n: r.selected.length, objective: formatNumber(r.objective), cost: formatNumber(r.totalCostEur, 0), status: hasText(`solver.${r.status}`) ? t(`solver.${r.status}`) : r.status,
    }) }));
    parts.push(pathwaySummary(r));
    if (r.activeConstraints?.length) {
      parts.push(el('p', { className: 'legend-note', textContent: t('scenario.activeConstraints', { list: r.activeConstraints.map((c) => this.constraintName(c)).join(', ') }) }));
    }
    const maxContribution = Math.max(1, ...r.selected.flatMap((s) => Object.values(s.contributions ?? {})));
    parts.push(...r.selected.map((s) => this.explainCard(s, maxContribution, r.runnersUp ?? [])));
    if (r.runnersUp?.length) {
      parts.push(el('h3', { textContent: t('scenario.runnersUp') }));
      parts.push(el('ul', { className: 'runners-up' }, ...r.runnersUp.map((u) => el('li', { className: 'runner-up' },
        el('strong', { textContent: `${u.name} ` }), `(${u.nationalRank}, ${formatNumber(u.score)}) — `,
        t('scenario.keptOutBy', { by: (u.keptOutBy ?? []).map((c) => this.constraintName(c)).join(', ') }),
        u.objectiveLoss !== null && u.objectiveLoss !== undefined ? t('scenario.loss', { loss: formatNumber(u.objectiveLoss) }) : ''))));
    }
    root.replaceChildren(...parts);
  }

  constraintName(name) {
    return hasText(`constraint.${name}`) ? t(`constraint.${name}`) : name;
  }

  explainCard(s, maxContribution, runnersUp) {
    const show = el('button', { type: 'button', className: 'link-button', textContent: t('scenario.showOnMap') });
    show.addEventListener('click', () => this.onZoomTo(s.code));
    const bars = el('ul', { className: 'contribution-bars' }, ...Object.entries(s.contributions ?? {}).map(([domain, v]) => {
      const bar = el('span', { className: 'bar' });
      bar.style.width = `${Math.max(0, (v / maxContribution) * 100)}%`;
      const item = el('li', {}, el('span', { className: 'bar-label', textContent: this.domainName(domain) }),
        el('span', { className: 'bar-track' }, bar), el('span', { className: 'bar-value', textContent: formatNumber(v, 1) }));
      item.dataset.domain = domain;
      return item;
    }));
    const flags = s.p90Flags?.length
      ? t('scenario.p90', { list: s.p90Flags.map((f) => this.indicatorName(f)).join(', ') })
      : t('scenario.noP90');
    const lines = [
      pathwayLine(s),
      el('p', { className: 'legend-note', textContent: t('scenario.rankLine', {
        rank: s.nationalRank, score: formatNumber(s.score, 1), young: formatNumber(Math.round(s.youngPeople ?? 0), 0), cost: formatNumber(s.costEur ?? 0, 0),
      }) }),
      el('h5', { textContent: t('scenario.contributions') }), bars,
      el('p', { className: 'p90', textContent: flags }),
    ];
    if (s.replacementCost !== null && s.replacementCost !== undefined) {
      lines.push(el('p', { className: 'replacement', textContent: t('scenario.replacement', { value: formatNumber(s.replacementCost) }) }));
    }
    const freq = this.uncertainty?.areas.find((a) => a.code === s.code);
    lines.push(el('p', { className: 'frequency', textContent: this.uncertainty
      ? t('scenario.frequency', { pct: pct(freq?.frequency ?? 0), draws: this.uncertainty.completed, kind: this.frequencyKind(s.code) })
      : t('scenario.frequencyNone') }));
    const best = runnersUp[0];
    if (best) {
      lines.push(el('p', { className: 'best-not-chosen', textContent: t('scenario.bestNotChosen', {
        name: best.name, rank: best.nationalRank, by: (best.keptOutBy ?? []).map((c) => this.constraintName(c)).join(', '),
        loss: best.objectiveLoss !== null && best.objectiveLoss !== undefined ? t('scenario.loss', { loss: formatNumber(best.objectiveLoss) }) : '',
      }) }));
    }
    const card = el('article', { className: 'explain-card' },
      el('h4', {}, `${s.rank}. ${s.name} `, el('span', { className: 'muted', textContent: s.code }), ' ', pathwayBadge(s.pathway)),
      el('details', {}, el('summary', { textContent: t('scenario.why') }), ...lines),
      show);
    card.dataset.code = s.code;
    return card;
  }

  frequencyKind(code) {
    const u = this.uncertainty;
    if (u.stableCore.includes(code)) return t('uncertainty.core');
    if (u.marginal.includes(code)) return t('uncertainty.marginal');
    return t('uncertainty.rare');
  }

  renderUncertainty() {
    const root = this.$('sc-uncertainty-result');
    const u = this.uncertainty;
    if (!u) { root.replaceChildren(); return; }
    const name = new Map(u.areas.map((a) => [a.code, a.name]));
    const names = (codes) => codes.map((c) => name.get(c) ?? c).join(', ') || '—';
    const rows = u.areas.filter((a) => a.frequency >= 0.05).map((a) => {
      const bar = el('span', { className: 'bar' });
      bar.style.width = `${a.frequency * 100}%`;
      const row = el('li', { className: `frequency-row${a.inBaseSelection ? ' in-base' : ''}` },
        el('span', { className: 'bar-label', textContent: a.name }), el('span', { className: 'bar-track' }, bar),
        el('span', { className: 'bar-value', textContent: pct(a.frequency) }));
      row.dataset.code = a.code;
      row.title = this.frequencyKind(a.code);
      return row;
    });
    root.replaceChildren(
      el('h3', { textContent: t('uncertainty.title') }),
      el('p', { className: 'legend-note', textContent: t('uncertainty.summary', { completed: u.completed, draws: u.draws, seed: u.seed }) }),
      el('p', { className: 'legend-note', textContent: t('uncertainty.boldNote') }),
      el('p', { id: 'sc-stable-core', textContent: t('uncertainty.coreList', { list: names(u.stableCore) }) }),
      el('p', { id: 'sc-marginal', textContent: t('uncertainty.marginalList', { list: names(u.marginal) }) }),
      el('ul', { className: 'contribution-bars frequency-bars' }, ...rows),
    );
  }

  comparisonCard(c) {
    const names = new Map();
    for (const s of this.result?.selected ?? []) names.set(s.code, s.name);
    const label = (x) => (typeof x === 'string' ? names.get(x) ?? x : `${x.name ?? x.code}`);
    const list = (xs) => (xs ?? []).map(label).join(', ') || '—';
    const ranks = (c.actualRanks ?? []).map((r) => el('li', { textContent: t('comparison.actualRank', { name: r.name ?? r.code, rank: r.rank || '—' }) }));
    return el('section', { className: 'comparison-card', id: 'sc-comparison' },
      el('h4', { textContent: t('comparison.title') }),
      el('p', { textContent: `${t('comparison.model')}: ${list(c.modelAdded)}` }),
      el('p', { textContent: `${t('comparison.actual')}: ${list(c.actuallyAdded)}` }),
      el('p', { textContent: t('comparison.both', { list: list(c.both) }) }),
      el('p', { textContent: t('comparison.onlyModel', { list: list(c.onlyModel) }) }),
      el('p', { textContent: t('comparison.onlyActual', { list: list(c.onlyActual) }) }),
      c.inCommon !== undefined ? el('p', { className: 'in-common', textContent: t('comparison.inCommon', { n: c.inCommon, of: (c.modelAdded ?? []).length }) }) : null,
      c.seenEarly ? el('p', { className: 'seen-early', textContent: c.seenEarly.laterTranches.length
        ? t('comparison.seenEarly', { n: c.seenEarly.count, of: c.seenEarly.of, list: list(c.seenEarly.areas) })
        : t('comparison.seenEarlyNone') }) : null,
      ranks.length ? el('ul', { className: 'actual-ranks' }, ...ranks) : null);
  }
}
