// The decision form on an opened scenario (programme managers only): adopt, reject or defer, with a
// note, recorded in the audit trail (POST /api/decisions). Earlier decisions on the scenario are listed
// from the audit trail, newest first.

import { fetchAudit, recordDecision } from './api.js';
import { el, part } from './dom.js';
import { LOCALES, getLang, problemText, t } from './i18n.js';

export const DECISIONS = ['adopt', 'reject', 'defer'];

export class DecisionView {
  constructor(root) {
    this.root = root;
    this.$ = (id) => part(root, id);
    this.scenario = null;
    this.history = [];
    this.message = null;
    this.$('sc-decision-form').addEventListener('submit', (e) => { e.preventDefault(); this.submit(); });
  }

  /** Shows the form for a saved scenario (or hides it when there is none). */
  async show(scenario) {
    this.scenario = scenario;
    this.message = null;
    this.root.hidden = !scenario;
    if (scenario) await this.loadHistory();
    this.render();
  }

  async loadHistory() {
    try {
      const audit = await fetchAudit(1000);
      const target = `/api/scenarios/${this.scenario.id}`;
      this.history = audit.events.filter((e) => e.action === 'decision' && e.target === target);
    } catch {
      this.history = [];
    }
  }

  async submit() {
    const decision = this.root.querySelector('input[name="sc-decision"]:checked')?.value;
    if (!decision) {
      this.message = { error: true, text: t('decision.choose') };
      this.render();
      return;
    }
    const note = this.$('sc-decision-note').value.trim();
    try {
      await recordDecision(this.scenario.id, decision, note || null);
      this.message = { error: false, text: t('decision.recorded', { decision: t(`decision.${decision}`), name: this.scenario.name }) };
      this.$('sc-decision-note').value = '';
      await this.loadHistory();
    } catch (error) {
      this.message = { error: true, text: problemText(error) };
    }
    this.render();
  }

  render() {
    if (!this.scenario) return;
    const status = this.$('sc-decision-status');
    status.textContent = this.message?.text ?? '';
    status.classList.toggle('error', Boolean(this.message?.error));
    const when = new Intl.DateTimeFormat(LOCALES[getLang()], { dateStyle: 'medium', timeStyle: 'short' });
    const word = (detail) => {
      const [decision, ...rest] = (detail ?? '').split(': ');
      return DECISIONS.includes(decision) ? [t(`decision.${decision}`), rest.join(': ')] : [detail ?? '', ''];
    };
    this.$('sc-decision-history').replaceChildren(...(this.history.length === 0
      ? [el('li', { className: 'muted', textContent: t('decision.none') })]
      : this.history.map((e) => {
        const [decision, note] = word(e.detail);
        // who and what they wrote are kept as they are (translate="no")
        return el('li', { className: 'decision-entry' }, el('strong', { textContent: decision }), ' — ',
          el('span', { textContent: e.username, attrs: { translate: 'no' } }), ` · ${when.format(new Date(e.at))}`,
          note ? el('span', { className: 'decision-note', textContent: ` “${note}”`, attrs: { translate: 'no' } }) : null);
      })));
  }
}
