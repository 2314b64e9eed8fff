// The programme view's scenario panel: it runs selections and uncertainty from the form, saves, lists,
// opens and compares scenarios and records decisions, and tells the map what to mark (onMarks). The
// views it drives — form, result, list/comparison and decision — each get their own root element.
// What a role cannot do is not offered: visitors and municipalities see saved scenarios only.

import {
  compareScenarios, fetchCapRegions, fetchDefaultFramework, fetchScenario, fetchScenarios, runSelection, runUncertainty, saveScenario,
} from './api.js';
import { conflictLines } from './conflicts.js';
import { el, part } from './dom.js';
import { problemText, t } from './i18n.js';
import { DecisionView } from './scenario-decision.js';
import { ScenarioForm } from './scenario-form.js';
import { ScenarioListView } from './scenario-list.js';
import { ScenarioResultView } from './scenario-result.js';
import { SensitivityPanel } from './sensitivity-panel.js';

const UNCERTAINTY_DRAWS = 200; // enough for a stable picture in the UI; the API default is 1,000
const UNCERTAINTY_SEED = 20240101;
const CAN_RUN = new Set(['PROGRAMME_MANAGER', 'ANALYST']);

export class ScenarioPanel {
  /**
   * root: the panel section; layers: the /api/layers catalogue (indicator labels); session: /api/session;
   * onMarks({marks, legend}); onScenario(id | null); onZoomTo(code).
   */
  constructor(root, { layers, session, onMarks, onScenario, onZoomTo }) {
    this.root = root;
    this.$ = (id) => part(root, id);
    this.labels = new Map(layers.map((l) => [l.id, l]));
    this.canRun = CAN_RUN.has(session.role);
    this.canDecide = session.role === 'PROGRAMME_MANAGER';
    this.onMarks = onMarks;
    this.onScenario = onScenario;
    this.onZoomTo = onZoomTo;
    this.result = null; // last selection response shown
    this.request = null; // the request that produced it
    this.uncertainty = null;
    this.scenario = null; // the opened scenario, if any
    this.comparison = null;
    this.scenarios = null;
    this.busy = false;
  }

  async init() {
    this.framework = await fetchDefaultFramework();
    const capRegions = await fetchCapRegions().catch(() => ({}));
    this.form = new ScenarioForm(this.$('scenario-form'), { framework: this.framework, labels: this.labels, capRegions });
    const names = { indicatorName: (id) => this.form.indicatorName(id), domainName: (id) => this.form.domainName(id) };
    this.resultView = new ScenarioResultView(this.$('sc-results'), { names, onZoomTo: this.onZoomTo });
    this.listView = new ScenarioListView(this.$('sc-library'), {
      onOpen: (id) => this.open(id),
      onSave: (fields) => this.save(fields),
      onCompare: (a, b) => this.compare(a, b),
    });
    this.decisionView = new DecisionView(this.$('sc-decision'));
    this.$('scenario-form').addEventListener('submit', (e) => { e.preventDefault(); this.run(); });
    this.$('sc-uncertainty').addEventListener('click', () => this.runUncertainty());
    // sensitivity of the selection shown (analysts and programme managers): its own view, below the results
    this.sensitivity = new SensitivityPanel(this.$('sc-sensitivity-result'), { names });
    this.$('sc-sensitivity').addEventListener('click', () => this.sensitivity.run(this.request, this.scenario?.id));
    // what the role cannot use is not shown: running and saving need an analyst or a programme manager
    // (style.css hides them by the body's data-role from the first paint on; hidden says the same to scripts)
    this.$('scenario-form').hidden = !this.canRun;
    this.$('sc-save-form').hidden = !this.canRun;
    this.$('sc-login-note').hidden = this.canRun;
    await this.loadList();
  }

  // ---- actions ------------------------------------------------------------------------------

  async act(statusKey, params, work) {
    if (this.busy) return;
    this.setBusy(true);
    this.$('sc-error').hidden = true;
    this.$('sc-status').textContent = t(statusKey, params);
    try {
      await work();
    } catch (error) {
      this.showError(error);
    } finally {
      this.$('sc-status').textContent = '';
      this.setBusy(false);
    }
  }

  /** Busy shows in the DOM (aria-busy), so assistive technology and the browser tests both see it. */
  setBusy(busy) {
    this.busy = busy;
    this.root.setAttribute('aria-busy', String(busy));
    this.$('sc-run').disabled = this.$('sc-uncertainty').disabled = busy;
  }

  showError(error) {
    // an infeasible selection says, per conflict, which constraints clash and why (region names, user's language)
    const conflicts = conflictLines(error?.conflicts);
    this.$('sc-error').replaceChildren(`${t('error.prefix')}: ${problemText(error)}`,
      ...conflicts.map((c) => el('span', { className: 'conflict', textContent: c })));
    this.$('sc-error').hidden = false;
  }

  run() {
    return this.act('scenario.running', {}, async () => {
      const request = this.form.readRequest();
      const result = await runSelection(request);
      this.scenario = null;
      this.comparison = null;
      this.uncertainty = null;
      this.request = request;
      this.result = result;
      this.onScenario(null);
      await this.render();
    });
  }

  runUncertainty() {
    return this.act('scenario.runningUncertainty', { draws: UNCERTAINTY_DRAWS }, async () => {
      const request = this.form.readRequest();
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
      await this.render();
    });
  }

  async save({ name, description, status }) {
    if (!this.request) { this.listView.saveStatus(t('scenario.needRun')); return; }
    if (!name) { this.listView.saveStatus(t('scenario.needName'), true); return; }
    try {
      const saved = await saveScenario({ name, description, request: this.request, status });
      this.listView.saveStatus(t('scenario.saved', { name: saved.name }));
      this.scenario = saved;
      this.result = saved.result ?? this.result;
      this.onScenario(saved.id);
      await this.loadList();
      await this.render();
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
      this.form.fillRequest(scenario.request ?? {});
      this.onScenario(scenario.id);
      await this.render();
    });
  }

  async compare(a, b) {
    if (!a || !b || a === b) { this.showError(new Error(t('scenario.compareSame'))); return; }
    await this.act('scenario.running', {}, async () => {
      this.comparison = await compareScenarios(a, b);
      await this.render();
    });
  }

  async loadList() {
    try {
      this.scenarios = await fetchScenarios();
    } catch (error) {
      console.warn(error);
      this.scenarios = null;
    }
    this.listView.render({ scenarios: this.scenarios, current: this.scenario });
  }

  // ---- rendering ----------------------------------------------------------------------------

  /** Re-renders every view from the stored responses (after a run or a language change). */
  async render() {
    this.form.relabel();
    this.$('sc-sensitivity-row').hidden = !(this.canRun && this.result);
    if (this.sensitivity.request !== this.request) this.sensitivity.clear(this.request);
    else this.sensitivity.refresh();
    this.resultView.render({ result: this.result, scenario: this.scenario, uncertainty: this.uncertainty });
    this.listView.render({ scenarios: this.scenarios, current: this.scenario, comparison: this.comparison });
    if (this.canDecide && this.decisionView.scenario?.id !== this.scenario?.id) await this.decisionView.show(this.scenario);
    else this.decisionView.render();
    this.emitMarks();
  }

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
