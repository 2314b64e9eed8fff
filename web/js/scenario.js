// The programme view's scenario panel: weights, constraints and objective of a selection run, its
// explanation cards, the uncertainty run, saving and listing scenarios, comparing two of them and
// the /?scenario=<id> permalink. What the map should mark goes out through onMarks; the map itself
// is app.js's business.

import {
  ApiProblem, compareScenarios, fetchDefaultFramework, fetchScenario, fetchScenarios, runSelection, runUncertainty,
  saveScenario,
} from './api.js';
import { formatNumber, getLang, indicatorLabel, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const UNCERTAINTY_DRAWS = 200; // enough for a stable picture in the UI; the API default is 1,000
const UNCERTAINTY_SEED = 20240101;
const REGIONS = ['perProvince', 'perPoliceUnit', 'perRiec'];

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const clone = (value) => JSON.parse(JSON.stringify(value));
const numberOrNull = (input) => (input.value.trim() === '' ? null : Number(input.value));
const pct = (f) => `${formatNumber(Math.round(f * 100), 0)} %`;

export class ScenarioPanel {
  /** layers: the /api/layers catalogue (indicator labels); onMarks({marks, legend}) ; onScenario(id | null). */
  constructor({ layers, onMarks, onScenario, onZoomTo }) {
    this.labels = new Map(layers.map((l) => [l.id, l]));
    this.onMarks = onMarks;
    this.onScenario = onScenario;
    this.onZoomTo = onZoomTo;
    this.result = null; // last selection response shown
    this.request = null; // the request that produced it
    this.uncertainty = null;
    this.scenario = null; // the opened scenario, if any
    this.comparison = null;
    this.scenarios = null; // null = the scenario API is not available
    this.busy = false;
  }

  async init() {
    this.framework = await fetchDefaultFramework();
    this.buildWeights();
    this.buildRegionRows();
    $('scenario-form').addEventListener('submit', (e) => { e.preventDefault(); this.run(); });
    $('sc-uncertainty').addEventListener('click', () => this.runUncertainty());
    $('sc-weights-reset').addEventListener('click', () => this.fillWeights(this.framework));
    $('sc-save-form').addEventListener('submit', (e) => { e.preventDefault(); this.save(); });
    $('sc-compare-form').addEventListener('submit', (e) => { e.preventDefault(); this.compare(); });
    $('scenario-panel').hidden = false;
    await this.loadList();
  }

  // ---- form ---------------------------------------------------------------------------------

  buildWeights() {
    const rows = [];
    for (const domain of this.framework.domains) {
      rows.push(this.weightRow(`w-${domain.id}`, 'domain', 0, 1, 0.01, domain.weight));
      for (const ind of domain.indicators) {
        const row = this.weightRow(`w-${domain.id}-${ind.indicatorId}`, 'indicator', 0, 5, 0.1, ind.weight);
        const direction = el('select', { id: `d-${domain.id}-${ind.indicatorId}`, className: 'direction' });
        direction.append(...['HIGHER_IS_RISKIER', 'LOWER_IS_RISKIER'].map((d) => el('option', { value: d })));
        direction.value = ind.direction;
        row.append(direction);
        rows.push(row);
      }
    }
    $('sc-weight-rows').replaceChildren(...rows);
    this.labelWeights();
  }

  weightRow(id, kind, min, max, step, value) {
    const label = el('label', { htmlFor: id });
    const range = el('input', { type: 'range', id, min, max, step, value: String(value) });
    const number = el('input', { type: 'number', id: `${id}-n`, min, max, step, value: String(value), className: 'weight-number' });
    range.addEventListener('input', () => { number.value = range.value; });
    number.addEventListener('input', () => { if (number.value !== '') range.value = number.value; });
    return el('div', { className: `weight-row weight-${kind}` }, label, range, number);
  }

  /** (Re)labels the weight rows in the current language. */
  labelWeights() {
    const name = (o) => (getLang() === 'nl' ? o.labelNl : o.labelEn ?? o.labelNl);
    for (const domain of this.framework.domains) {
      const id = `w-${domain.id}`;
      document.querySelector(`label[for="${id}"]`).textContent = name(domain);
      $(`${id}-n`).setAttribute('aria-label', t('scenario.domainWeight', { name: name(domain) }));
      for (const ind of domain.indicators) {
        const iid = `w-${domain.id}-${ind.indicatorId}`;
        const label = this.indicatorName(ind.indicatorId);
        document.querySelector(`label[for="${iid}"]`).textContent = label;
        $(`${iid}-n`).setAttribute('aria-label', t('scenario.indicatorWeight', { name: label }));
        const direction = $(`d-${domain.id}-${ind.indicatorId}`);
        direction.setAttribute('aria-label', t('scenario.direction', { name: label }));
        for (const option of direction.options) option.textContent = t(`direction.${option.value}`);
      }
    }
  }

  buildRegionRows() {
    $('sc-region-rows').replaceChildren(...REGIONS.map((region) => el('tr', {},
      el('th', { scope: 'row', className: 'region-name' }),
      ...['min', 'max'].map((bound) => el('td', {}, el('input', { type: 'number', id: `sc-${region}-${bound}`, min: 0, step: 1 }))))));
    this.labelRegions();
  }

  labelRegions() {
    for (const region of REGIONS) {
      $(`sc-${region}-min`).closest('tr').querySelector('th').textContent = t(`region.${region}`);
      for (const bound of ['min', 'max']) {
        $(`sc-${region}-${bound}`).setAttribute('aria-label', t('scenario.boundLabel', { bound: t(`scenario.${bound}`), region: t(`region.${region}`) }));
      }
    }
  }

  indicatorName(id) {
    const layer = this.labels.get(id);
    return layer ? indicatorLabel(layer) : id;
  }

  domainName(id) {
    const domain = this.framework.domains.find((d) => d.id === id);
    if (!domain) return id;
    return getLang() === 'nl' ? domain.labelNl : domain.labelEn ?? domain.labelNl;
  }

  fillWeights(framework) {
    for (const domain of this.framework.domains) {
      const d = framework.domains?.find((x) => x.id === domain.id) ?? domain;
      $(`w-${domain.id}`).value = $(`w-${domain.id}-n`).value = String(d.weight);
      for (const ind of domain.indicators) {
        const i = d.indicators?.find((x) => x.indicatorId === ind.indicatorId) ?? ind;
        const id = `w-${domain.id}-${ind.indicatorId}`;
        $(id).value = $(`${id}-n`).value = String(i.weight);
        $(`d-${domain.id}-${ind.indicatorId}`).value = i.direction;
      }
    }
  }

  /** The selection request the form describes; throws an Error naming the first invalid field. */
  readRequest() {
    const invalid = (input) => { input.focus(); throw new Error(t('scenario.invalid', { field: document.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.getAttribute('aria-label') ?? input.id })); };
    for (const input of document.querySelectorAll('#scenario-form input[type=number]')) {
      if (!input.checkValidity() || (input.value !== '' && !Number.isFinite(Number(input.value)))) invalid(input);
    }
    const add = numberOrNull($('sc-add'));
    if (!add || add < 1 || !Number.isInteger(add)) invalid($('sc-add'));

    const framework = clone(this.framework);
    for (const domain of framework.domains) {
      domain.weight = Number($(`w-${domain.id}-n`).value);
      for (const ind of domain.indicators) {
        ind.weight = Number($(`w-${domain.id}-${ind.indicatorId}-n`).value);
        ind.direction = $(`d-${domain.id}-${ind.indicatorId}`).value;
      }
    }
    const constraints = {};
    const put = (key, value) => { if (value !== null && value !== undefined) constraints[key] = value; };
    put('budgetEur', numberOrNull($('sc-budget')));
    for (const region of REGIONS) {
      const [min, max] = ['min', 'max'].map((b) => numberOrNull($(`sc-${region}-${b}`)));
      if (min !== null || max !== null) constraints[region] = { min, max };
    }
    put('minPopulation', numberOrNull($('sc-min-population')));
    put('minYoungPeople', numberOrNull($('sc-min-young')));
    const small = numberOrNull($('sc-min-small'));
    if (small !== null) constraints.smallMunicipalities = { min: small };
    put('minTopDecileBuurten', numberOrNull($('sc-severity')));
    if ($('sc-trend').checked) constraints.risingCrimeOnly = true;
    const objective = document.querySelector('input[name="sc-objective"]:checked').value;
    return { level: 'gemeente', add, objective, constraints, framework };
  }

  /** Puts a saved request back into the form. */
  fillRequest(request) {
    $('sc-add').value = String(request.add ?? 8);
    const objective = request.objective ?? 'SCORE';
    document.querySelectorAll('input[name="sc-objective"]').forEach((r) => { r.checked = r.value === objective; });
    this.fillWeights(request.framework ?? this.framework);
    const c = request.constraints ?? {};
    const set = (id, v) => { $(id).value = v === null || v === undefined ? '' : String(v); };
    set('sc-budget', c.budgetEur);
    for (const region of REGIONS) ['min', 'max'].forEach((b) => set(`sc-${region}-${b}`, c[region]?.[b]));
    set('sc-min-population', c.minPopulation);
    set('sc-min-young', c.minYoungPeople);
    set('sc-min-small', c.smallMunicipalities?.min);
    set('sc-severity', c.minTopDecileBuurten);
    $('sc-trend').checked = Boolean(c.risingCrimeOnly);
  }

  // ---- actions ------------------------------------------------------------------------------

  async act(statusKey, params, work) {
    if (this.busy) return;
    this.busy = true;
    $('sc-run').disabled = $('sc-uncertainty').disabled = true;
    $('sc-error').hidden = true;
    $('sc-status').textContent = t(statusKey, params);
    try {
      await work();
    } catch (error) {
      this.showError(error);
    } finally {
      $('sc-status').textContent = '';
      $('sc-run').disabled = $('sc-uncertainty').disabled = false;
      this.busy = false;
    }
  }

  showError(error) {
    const message = error instanceof ApiProblem
      ? (error.status === 0 ? t('error.network') : error.detail ?? error.message)
      : String(error.message ?? error);
    $('sc-error').textContent = `${t('error.prefix')}: ${message}`;
    $('sc-error').hidden = false;
  }

  run() {
    return this.act('scenario.running', {}, async () => {
      const request = this.readRequest();
      const result = await runSelection(request);
      this.scenario = null;
      this.comparison = null;
      this.uncertainty = null;
      this.request = request;
      this.result = result;
      this.onScenario(null);
      this.render();
    });
  }

  runUncertainty() {
    return this.act('scenario.runningUncertainty', { draws: UNCERTAINTY_DRAWS }, async () => {
      const request = this.readRequest();
      const [result, uncertainty] = await Promise.all([
        runSelection(request),
        runUncertainty({ ...request, draws: UNCERTAINTY_DRAWS, seed: UNCERTAINTY_SEED }),
      ]);
      if (JSON.stringify(request) !== JSON.stringify(this.request)) {
        this.scenario = null;
        this.onScenario(null);
      }
      this.comparison = null;
      this.request = request;
      this.result = result;
      this.uncertainty = uncertainty;
      this.render();
    });
  }

  async save() {
    const status = $('sc-save-status');
    const name = $('sc-name').value.trim();
    if (!this.request) { status.textContent = t('scenario.needRun'); return; }
    if (!name) { status.textContent = t('scenario.needName'); $('sc-name').focus(); return; }
    try {
      const saved = await saveScenario({ name, description: $('sc-description').value.trim(), request: this.request,
        status: $('sc-publish').checked ? 'published' : 'draft' });
      status.textContent = t('scenario.saved', { name: saved.name });
      this.scenario = saved;
      this.result = saved.result ?? this.result;
      this.onScenario(saved.id);
      await this.loadList();
      this.render();
    } catch (error) {
      this.showError(error);
    }
  }

  async open(id) {
    return this.act('scenario.running', {}, async () => {
      const scenario = await fetchScenario(id);
      this.scenario = scenario;
      this.request = scenario.request;
      this.result = scenario.result;
      this.uncertainty = null;
      this.comparison = null;
      this.fillRequest(scenario.request ?? {});
      this.onScenario(scenario.id);
      this.render();
    });
  }

  async compare() {
    const [a, b] = [$('sc-compare-a').value, $('sc-compare-b').value];
    if (!a || !b || a === b) { this.showError(new Error(t('scenario.compareSame'))); return; }
    await this.act('scenario.running', {}, async () => {
      this.comparison = await compareScenarios(a, b);
      this.render();
    });
  }

  async loadList() {
    try {
      this.scenarios = await fetchScenarios();
    } catch (error) {
      if (!(error instanceof ApiProblem) || error.status !== 404) console.warn(error);
      this.scenarios = null;
    }
    this.renderList();
  }

  // ---- rendering ----------------------------------------------------------------------------

  /** Re-renders everything from the stored responses (after a run or a language change). */
  render() {
    this.labelWeights();
    this.labelRegions();
    this.renderList();
    this.renderResult();
    this.renderUncertainty();
    this.renderComparison();
    this.emitMarks();
  }

  renderList() {
    const list = $('sc-list');
    const available = this.scenarios !== null;
    $('sc-save').disabled = !available;
    $('sc-compare').disabled = !available;
    if (!available) {
      list.replaceChildren(el('li', { className: 'muted', textContent: t('scenario.unavailable') }));
      return;
    }
    if (this.scenarios.length === 0) list.replaceChildren(el('li', { className: 'muted', textContent: t('scenario.empty') }));
    else {
      list.replaceChildren(...this.scenarios.map((s) => {
        const open = el('button', { type: 'button', className: 'link-button sc-open', textContent: s.name });
        open.dataset.id = s.id;
        open.addEventListener('click', () => this.open(s.id));
        const date = s.createdAt ? new Date(s.createdAt).toLocaleDateString(getLang() === 'nl' ? 'nl-NL' : 'en-GB') : '';
        const item = el('li', { className: `sc-item${this.scenario?.id === s.id ? ' current' : ''}` }, open,
          s.builtIn ? el('span', { className: 'badge', textContent: t('scenario.builtIn') }) : null,
          s.status === 'draft' ? el('span', { className: 'badge badge-draft', textContent: t('scenario.draft') }) : null,
          el('span', { className: 'muted sc-meta', textContent: t('scenario.listMeta', { date, vintage: s.dataVintage ?? '—', n: s.selected?.length ?? 0 }).replace(/^ · /, '') }));
        item.dataset.id = s.id;
        return item;
      }));
    }
    for (const [select, pick] of [[$('sc-compare-a'), 0], [$('sc-compare-b'), 1]]) {
      const current = select.value;
      select.replaceChildren(...this.scenarios.map((s) => el('option', { value: s.id, textContent: s.name })));
      if (this.scenarios.some((s) => s.id === current)) select.value = current;
      else if (this.scenarios[pick]) select.value = this.scenarios[pick].id;
    }
  }

  renderResult() {
    const root = $('sc-result');
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
      n: r.selected.length, objective: formatNumber(r.objective), cost: formatNumber(r.totalCostEur, 0), status: r.status,
    }) }));
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
    const key = `constraint.${name}`;
    const text = t(key);
    return text === key ? name : text;
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
      el('h4', {}, `${s.rank}. ${s.name} `, el('span', { className: 'muted', textContent: s.code })),
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
    const root = $('sc-uncertainty-result');
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
      ranks.length ? el('ul', { className: 'actual-ranks' }, ...ranks) : null);
  }

  renderComparison() {
    const root = $('sc-compare-result');
    const c = this.comparison;
    if (!c) { root.replaceChildren(); return; }
    const nameOf = (x) => (typeof x === 'object' && x ? x.name ?? x.id : x);
    const shifts = c.rankShifts ?? []; // the server's order: by rank in B, unscored last
    const cell = (v) => el('td', { textContent: v === null || v === undefined ? '—' : String(v) });
    const table = el('table', { id: 'rank-shift-table', className: 'rank-shifts' },
      el('caption', { textContent: t('compare.rankShifts') }),
      el('thead', {}, el('tr', {}, ...['compare.gemeente', 'compare.rankA', 'compare.rankB', 'compare.shift'].map((k) => el('th', { scope: 'col', textContent: t(k) })))),
      el('tbody', {}, ...shifts.map((r) => {
        const row = el('tr', {}, el('th', { scope: 'row', textContent: r.name ?? r.code }), cell(r.rankA), cell(r.rankB),
          cell(r.shift === null || r.shift === undefined ? null : `${r.shift > 0 ? '+' : ''}${r.shift}`));
        row.dataset.code = r.code;
        return row;
      })));
    const group = (key, xs) => el('p', { className: `compare-${key}` }, el('strong', { textContent: `${t(`compare.${key}`)} (${xs.length}): ` }),
      xs.map((x) => x.name ?? x.code).join(', ') || '—');
    root.replaceChildren(
      el('h3', { id: 'sc-compare-title', textContent: t('compare.title', { a: nameOf(c.a), b: nameOf(c.b) }) }),
      group('added', c.added ?? []), group('removed', c.removed ?? []), group('kept', c.kept ?? []),
      el('div', { className: 'table-scroll' }, table));
  }

  /** Tells the map what to mark: a comparison wins over the current selection. */
  emitMarks() {
    const c = this.comparison;
    if (c) {
      const marks = [...(c.kept ?? []).map((x) => ({ code: x.code, kind: 'kept' })),
        ...(c.removed ?? []).map((x) => ({ code: x.code, kind: 'removed' })),
        ...(c.added ?? []).map((x) => ({ code: x.code, kind: 'added' }))];
      const nameOf = (x) => (typeof x === 'object' && x ? x.name ?? x.id : x);
      this.onMarks({ marks, legend: { title: t('compare.title', { a: nameOf(c.a), b: nameOf(c.b) }), entries: [
        { kind: 'added', label: t('compare.added'), count: c.added?.length ?? 0 },
        { kind: 'removed', label: t('compare.removed'), count: c.removed?.length ?? 0 },
        { kind: 'kept', label: t('compare.kept'), count: c.kept?.length ?? 0 },
      ] } });
      return;
    }
    const selected = this.result?.selected ?? [];
    this.onMarks({
      marks: selected.map((s) => ({ code: s.code, kind: 'selected' })),
      legend: { title: this.scenario ? t('scenario.opened', { name: this.scenario.name }) : t('marks.selection'),
        entries: selected.length ? [{ kind: 'selected', label: t('marks.selected'), count: selected.length }] : [] },
    });
  }
}
