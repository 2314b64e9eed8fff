// The scenario form: weights of domains and indicators (slider plus number box), the constraint
// families and the objective. It reads a selection request from its fields and puts a saved one back;
// it knows nothing of the map or the server. Every part is looked up inside its root (the <form>).

import { el, part } from './dom.js';
import { buildCapControls, fillCaps, labelCaps, readCaps } from './caps.js';
import { getLang, indicatorLabel, t } from './i18n.js';
import { buildPathwayControls, fillPathways, labelPathways, readPathways } from './pathways.js';

export const REGIONS = ['perProvince', 'perPoliceUnit', 'perRiec'];

const clone = (value) => JSON.parse(JSON.stringify(value));
const numberOrNull = (input) => (input.value.trim() === '' ? null : Number(input.value));

export class ScenarioForm {
  /**
   * root: the <form>; framework: the default framework; labels: Map layer id → catalogue entry;
   * capRegions: the regions per cap family ({perProvince: [{id, name}], …}) for per-region overrides.
   */
  constructor(root, { framework, labels, capRegions = {} }) {
    this.root = root;
    this.framework = framework;
    this.labels = labels;
    this.$ = (id) => part(root, id);
    this.buildWeights();
    this.buildRegionRows();
    this.caps = buildCapControls(this.root.querySelector('#sc-constraints table.region-bounds'), capRegions);
    this.pathwayControls = buildPathwayControls(this.$('sc-constraints'));
    this.$('sc-weights-reset').addEventListener('click', () => this.fillWeights(this.framework));
  }

  /** Relabels every generated field in the current language. */
  relabel() {
    this.labelWeights();
    this.labelRegions();
    labelCaps(this.caps);
    labelPathways(this.pathwayControls);
  }

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
    this.$('sc-weight-rows').replaceChildren(...rows);
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
      this.root.querySelector(`label[for="${id}"]`).textContent = name(domain);
      this.$(`${id}-n`).setAttribute('aria-label', t('scenario.domainWeight', { name: name(domain) }));
      for (const ind of domain.indicators) {
        const iid = `w-${domain.id}-${ind.indicatorId}`;
        const label = this.indicatorName(ind.indicatorId);
        this.root.querySelector(`label[for="${iid}"]`).textContent = label;
        this.$(`${iid}-n`).setAttribute('aria-label', t('scenario.indicatorWeight', { name: label }));
        const direction = this.$(`d-${domain.id}-${ind.indicatorId}`);
        direction.setAttribute('aria-label', t('scenario.direction', { name: label }));
        for (const option of direction.options) option.textContent = t(`direction.${option.value}`);
      }
    }
  }

  buildRegionRows() {
    this.$('sc-region-rows').replaceChildren(...REGIONS.map((region) => el('tr', {},
      el('th', { scope: 'row', className: 'region-name' }),
      ...['min', 'max'].map((bound) => el('td', {}, el('input', { type: 'number', id: `sc-${region}-${bound}`, min: 0, step: 1 }))))));
    this.labelRegions();
  }

  labelRegions() {
    for (const region of REGIONS) {
      this.$(`sc-${region}-min`).closest('tr').querySelector('th').textContent = t(`region.${region}`);
      for (const bound of ['min', 'max']) {
        this.$(`sc-${region}-${bound}`).setAttribute('aria-label', t('scenario.boundLabel', { bound: t(`scenario.${bound}`), region: t(`region.${region}`) }));
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
      this.$(`w-${domain.id}`).value = this.$(`w-${domain.id}-n`).value = String(d.weight);
      for (const ind of domain.indicators) {
        const i = d.indicators?.find((x) => x.indicatorId === ind.indicatorId) ?? ind;
        const id = `w-${domain.id}-${ind.indicatorId}`;
        this.$(id).value = this.$(`${id}-n`).value = String(i.weight);
        this.$(`d-${domain.id}-${ind.indicatorId}`).value = i.direction;
      }
    }
  }

  /** The selection request the form describes; throws an Error naming the first invalid field. */
  readRequest() {
    const invalid = (input) => { input.focus(); throw new Error(t('scenario.invalid', { field: this.root.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.getAttribute('aria-label') ?? input.id })); };
    for (const input of this.root.querySelectorAll('input[type=number]')) {
      if (!input.checkValidity() || (input.value !== '' && !Number.isFinite(Number(input.value)))) invalid(input);
    }
    const add = numberOrNull(this.$('sc-add'));
    if (!add || add < 1 || !Number.isInteger(add)) invalid(this.$('sc-add'));

    const framework = clone(this.framework);
    for (const domain of framework.domains) {
      domain.weight = Number(this.$(`w-${domain.id}-n`).value);
      for (const ind of domain.indicators) {
        ind.weight = Number(this.$(`w-${domain.id}-${ind.indicatorId}-n`).value);
        ind.direction = this.$(`d-${domain.id}-${ind.indicatorId}`).value;
      }
    }
    const constraints = {};
    const put = (key, value) => { if (value !== null && value !== undefined) constraints[key] = value; };
    put('budgetEur', numberOrNull(this.$('sc-budget')));
    for (const region of REGIONS) {
      const [min, max] = ['min', 'max'].map((b) => numberOrNull(this.$(`sc-${region}-${b}`)));
      if (min !== null || max !== null) constraints[region] = { min, max };
    }
    put('minPopulation', numberOrNull(this.$('sc-min-population')));
    put('minYoungPeople', numberOrNull(this.$('sc-min-young')));
    const small = numberOrNull(this.$('sc-min-small'));
    if (small !== null) constraints.smallMunicipalities = { min: small };
    put('minTopDecileBuurten', numberOrNull(this.$('sc-severity')));
    if (this.$('sc-trend').checked) constraints.risingCrimeOnly = true;
    readCaps(this.caps, constraints);
    readPathways(constraints);
    const objective = this.root.querySelector('input[name="sc-objective"]:checked').value;
    return { level: 'gemeente', add, objective, constraints, framework };
  }

  /** Puts a saved request back into the form. */
  fillRequest(request) {
    this.$('sc-add').value = String(request.add ?? 8);
    const objective = request.objective ?? 'SCORE';
    this.root.querySelectorAll('input[name="sc-objective"]').forEach((r) => { r.checked = r.value === objective; });
    this.fillWeights(request.framework ?? this.framework);
    const c = request.constraints ?? {};
    const set = (id, v) => { this.$(id).value = v === null || v === undefined ? '' : String(v); };
    set('sc-budget', c.budgetEur);
    for (const region of REGIONS) ['min', 'max'].forEach((b) => set(`sc-${region}-${b}`, c[region]?.[b]));
    set('sc-min-population', c.minPopulation);
    set('sc-min-young', c.minYoungPeople);
    set('sc-min-small', c.smallMunicipalities?.min);
    set('sc-severity', c.minTopDecileBuurten);
    this.$('sc-trend').checked = Boolean(c.risingCrimeOnly);
    fillCaps(this.caps, c);
    fillPathways(c);
  }
}
