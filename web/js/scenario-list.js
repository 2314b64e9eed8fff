// The scenario list view: the saved and built-in scenarios (each opens with one click), the save form
// and the comparison of two scenarios with its rank-shift table. Everything lives inside its root.

import { el, part } from './dom.js';
import { getLang, t } from './i18n.js';
import { pathwayBadge } from './pathways.js';

export class ScenarioListView {
  /** root holds the save form, #sc-list, the compare form and #sc-compare-result; handlers get ids or form values. */
  constructor(root, { onOpen, onSave, onCompare }) {
    this.root = root;
    this.onOpen = onOpen;
    this.$ = (id) => part(root, id);
    this.scenarios = null; // null = the scenario API is not available
    this.current = null;
    this.comparison = null;
    this.$('sc-save-form').addEventListener('submit', (e) => {
      e.preventDefault();
      onSave({ name: this.$('sc-name').value.trim(), description: this.$('sc-description').value.trim(),
        status: this.$('sc-publish').checked ? 'published' : 'draft' });
    });
    this.$('sc-compare-form').addEventListener('submit', (e) => {
      e.preventDefault();
      onCompare(this.$('sc-compare-a').value, this.$('sc-compare-b').value);
    });
  }

  /** scenarios: the list (null when unavailable); current: the opened scenario; comparison: a compare response. */
  render({ scenarios = this.scenarios, current = this.current, comparison = this.comparison } = {}) {
    Object.assign(this, { scenarios, current, comparison });
    this.renderList();
    this.renderComparison();
  }

  /** A line under the save form (saved, or what is missing). */
  saveStatus(text, focusName = false) {
    this.$('sc-save-status').textContent = text;
    if (focusName) this.$('sc-name').focus();
  }

  renderList() {
    const list = this.$('sc-list');
    const available = this.scenarios !== null;
    this.$('sc-save').disabled = !available;
    this.$('sc-compare').disabled = !available;
    if (!available) {
      list.replaceChildren(el('li', { className: 'muted', textContent: t('scenario.unavailable') }));
      return;
    }
    if (this.scenarios.length === 0) list.replaceChildren(el('li', { className: 'muted', textContent: t('scenario.empty') }));
    else {
      list.replaceChildren(...this.scenarios.map((s) => {
        const open = el('button', { type: 'button', className: 'link-button sc-open', textContent: s.name, attrs: { translate: 'no' } }); // a name people gave it
        open.dataset.id = s.id;
        open.addEventListener('click', () => this.onOpen(s.id));
        const date = s.createdAt ? new Date(s.createdAt).toLocaleDateString(getLang() === 'nl' ? 'nl-NL' : 'en-GB') : '';
        const item = el('li', { className: `sc-item${this.current?.id === s.id ? ' current' : ''}` }, open,
          s.builtIn ? el('span', { className: 'badge', textContent: t('scenario.builtIn') }) : null,
          s.status === 'draft' ? el('span', { className: 'badge badge-draft', textContent: t('scenario.draft') }) : null,
          el('span', { className: 'muted sc-meta', textContent: t('scenario.listMeta', { date, vintage: s.dataVintage ?? '—', n: s.added ?? s.selected?.length ?? 0 }).replace(/^ · /, '') }));
        item.dataset.id = s.id;
        return item;
      }));
    }
    for (const [select, pick] of [[this.$('sc-compare-a'), 0], [this.$('sc-compare-b'), 1]]) {
      const current = select.value;
      select.replaceChildren(...this.scenarios.map((s) => el('option', { value: s.id, textContent: s.name, attrs: { translate: 'no' } })));
      if (this.scenarios.some((s) => s.id === current)) select.value = current;
      else if (this.scenarios[pick]) select.value = this.scenarios[pick].id;
    }
  }

  renderComparison() {
    const root = this.$('sc-compare-result');
    const c = this.comparison;
    if (!c) { root.replaceChildren(); return; }
    const nameOf = (x) => (typeof x === 'object' && x ? x.name ?? x.id : x);
    const shifts = c.rankShifts ?? []; // the server's order: by rank in B, unscored last
    const cell = (v) => el('td', { textContent: v === null || v === undefined ? '—' : String(v) });
    const table = el('table', { id: 'rank-shift-table', className: 'rank-shifts' },
      el('caption', { textContent: t('compare.rankShifts') }),
      el('thead', {}, el('tr', {}, ...['compare.gemeente', 'compare.rankA', 'compare.rankB', 'compare.shift', 'compare.pathwayA', 'compare.pathwayB'].map((k) => el('th', { scope: 'col', textContent: t(k) })))),
      el('tbody', {}, ...shifts.map((r) => {
        const way = (w) => el('td', {}, w ? pathwayBadge(w) : '—');
        const row = el('tr', {}, el('th', { scope: 'row', textContent: r.name ?? r.code }), cell(r.rankA), cell(r.rankB),
          cell(r.shift === null || r.shift === undefined ? null : `${r.shift > 0 ? '+' : ''}${r.shift}`), way(r.pathwayA), way(r.pathwayB));
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
}
