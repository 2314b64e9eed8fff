// The ranking table: every area of the current layer with its value and class, sortable by name or
// value, each row linked to the map (choose an area to show it and read its value in the info box). It is
// also the accessible alternative to the map: every value reachable by keyboard and screen reader.

import { hasValue } from './choropleth.js';
import { el } from './dom.js';
import { compareNames, formatNumber, indicatorLabel, indicatorUnit, t } from './i18n.js';

const MAX_ROWS = 500; // a national buurt layer has 14,500 areas: the table shows the highest, and says so

export class RankingTable {
  /** container: the section; onChoose(code) shows an area on the map. */
  constructor(container, { onChoose }) {
    this.container = container;
    this.onChoose = onChoose;
    this.sort = { key: 'value', descending: true };
    this.open = false;
  }

  /** Rows of the view: drawn areas with their value, status and class colour. */
  rows(view) {
    const { classification } = view;
    return view.areas.properties().map((p) => {
      const [value, status] = view.values.get(p.code) ?? [null, 'missing'];
      const known = hasValue(value, status);
      return { code: p.code, name: p.name, value: known ? value : null, status: status ?? 'missing',
        colour: known ? classification.colourForValue(value, status) : null, classIndex: classification.classOf(value, status) };
    });
  }

  sorted(rows) {
    const { key, descending } = this.sort;
    const factor = descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      if (key === 'name') return factor * compareNames(a.name, b.name);
      if (a.value === null || b.value === null) return (a.value === null) - (b.value === null);
      return factor * (a.value - b.value);
    });
  }

  /** The summary line always; the rows only while the table is open (14,500 buurten would slow every redraw). */
  render(view) {
    this.view = view;
    const count = view.areas.properties().length;
    // opened a moment ago: the toggle event comes as a task of its own, so a redraw may come first
    if (this.container.querySelector('details.ranking-details')?.open) this.open = true;
    const details = el('details', { className: 'ranking-details', open: this.open },
      el('summary', { id: 'ranking-heading', textContent: t('ranking.heading', { n: formatNumber(count, 0), level: t(`level.plural.${view.level}`) }) }));
    details.addEventListener('toggle', () => {
      if (!details.isConnected) return; // replaced by a later redraw, which kept its state
      this.open = details.open;
      if (details.open && details.childElementCount === 1) details.append(...this.body(this.view));
    });
    if (this.open) details.append(...this.body(view));
    this.container.replaceChildren(details);
    this.container.hidden = false;
  }

  body(view) {
    const all = this.rows(view);
    const ranked = [...all].filter((r) => r.value !== null).sort((a, b) => b.value - a.value);
    const rankOf = new Map(ranked.map((r, i) => [r.code, i + 1]));
    const shown = this.sorted(all).slice(0, MAX_ROWS);
    const unit = indicatorUnit(view.indicator);
    const header = (key, labelKey) => {
      const active = this.sort.key === key;
      const button = el('button', { type: 'button', className: 'sort-button', textContent: t(labelKey) });
      button.addEventListener('click', () => {
        this.sort = { key, descending: active ? !this.sort.descending : key === 'value' };
        this.render(this.view);
        this.container.querySelector('th:not([aria-sort=none]) .sort-button')?.focus();
      });
      return el('th', { scope: 'col', attrs: { 'aria-sort': active ? (this.sort.descending ? 'descending' : 'ascending') : 'none' } }, button);
    };
    const table = el('table', { id: 'ranking-table', className: 'data-table ranking-table' },
      el('caption', { className: 'visually-hidden', textContent: t('ranking.caption', { indicator: indicatorLabel(view.indicator), level: t(`level.plural.${view.level}`) }) }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', textContent: t('ranking.rank') }), header('name', 'ranking.name'),
        header('value', 'ranking.value'), el('th', { scope: 'col', textContent: t('ranking.class') }))),
      el('tbody', {}, ...shown.map((r) => {
        const choose = el('button', { type: 'button', className: 'link-button', textContent: r.name });
        choose.addEventListener('click', () => this.onChoose(r.code));
        const swatch = el('span', { className: 'legend-swatch', attrs: { 'aria-hidden': 'true' } });
        if (r.colour) swatch.style.backgroundColor = r.colour;
        return el('tr', { dataset: { code: r.code } },
          el('td', { textContent: rankOf.has(r.code) ? String(rankOf.get(r.code)) : '—' }),
          el('th', { scope: 'row' }, choose),
          el('td', { className: 'number', textContent: r.value === null ? t(`status.${r.status}`) : formatNumber(r.value) }),
          el('td', {}, swatch, r.classIndex < 0 ? t('legend.noData') : t('ranking.classN', { n: r.classIndex + 1 })));
      })));
    return [
      unit ? el('p', { className: 'legend-note', textContent: t('ranking.unit', { unit }) }) : null,
      all.length > MAX_ROWS ? el('p', { className: 'legend-note', textContent: t('ranking.truncated', { n: formatNumber(MAX_ROWS, 0) }) }) : null,
      el('div', { className: 'table-scroll', tabIndex: 0, attrs: { role: 'region', 'aria-labelledby': 'ranking-heading' } }, table),
    ].filter(Boolean);
  }
}
