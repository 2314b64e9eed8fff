// Printable monitor report of one municipality (/monitor/{code}): per indicator the series with status
// and mapping, the comparison group by name with its matching variables, the change figures and caveats.

import { fetchMonitor, fetchMonitorIndicators } from './api.js';
import { el } from './dom.js';
import { mountHeader } from './header.js';
import { formatNumber, getLang, mappingText, onLangChange, problemText, t } from './i18n.js';
import { formatDiff, indexChart } from './monitor-chart.js';

const code = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop());
const $ = (id) => document.getElementById(id);
const state = { reports: null, error: null };

const num = (v, digits = 2) => (v === null || v === undefined ? '—' : formatNumber(Number(v), digits));
const label = (indicator) => (getLang() === 'en' ? indicator.labelEn : indicator.labelNl);

function table(caption, headers, rows) {
  return el('div', { className: 'table-scroll', tabIndex: 0, attrs: { role: 'region', 'aria-label': caption } },
    el('table', { className: 'monitor-table' },
      el('caption', { className: 'visually-hidden', textContent: caption }),
      el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', className: i === 0 ? 'text' : '', textContent: h })))),
      el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c, i) => (c instanceof Node ? el('td', {}, c)
        : el('td', { className: i === 0 ? 'text' : '', textContent: c }))))))));
}

const VARIABLE_DECIMALS = { population: 0, urbanity: 0, baseline_index: 1, baseline_crime: 1 };

function block(r) {
  const name = label(r.indicator);
  const parts = [el('h2', { textContent: name })];
  parts.push(table(t('report.seriesCaption', { name }),
    [t('report.year'), t('report.value'), t('report.numerator'), t('report.denominator'), t('report.status'), t('report.mapping')],
    r.series.map((p) => [String(p.year), num(p.value), num(p.numerator, 0), num(p.denominator, 0),
      el('span', { className: `status-${p.status}`, textContent: t(`status.${p.status}`) }), mappingText(p.mapping)])));
  if (r.change) {
    parts.push(indexChart(r.change, { width: 360, height: 160, name: r.name }));
    parts.push(table(t('report.changeCaption', { name }), [t('report.year'), t('report.index'), t('report.groupIndex'), t('report.difference')],
      r.change.years.map((y) => [String(y.year), num(y.ownIndex, 1), num(y.groupIndex, 1), formatDiff(y)])));
  }
  if (r.comparison) {
    const vars = r.comparison.variables;
    const value = (v, x) => num(x, VARIABLE_DECIMALS[v] ?? 1);
    parts.push(el('h3', { textContent: t('report.group', { k: r.comparison.k, year: r.comparison.baselineYear }) }));
    parts.push(table(t('report.groupCaption'), [t('report.gemeente'), t('report.distance'), ...vars.map((v) => t(`monitor.var.${v}`))],
      [[t('report.self', { name: r.name }), '', ...vars.map((v) => value(v, r.comparison.target?.[v]))],
        ...r.comparison.members.map((m) => [m.name, num(m.distance), ...vars.map((v) => value(v, m.variables?.[v]))])]));
  }
  parts.push(el('ul', { className: 'monitor-caveats' }, ...r.caveats.map((c) => el('li', { textContent: c }))));
  return el('section', { className: 'monitor-indicator-block' }, ...parts);
}

function render() {
  if (state.error) {
    $('report-status').textContent = problemText(state.error);
    return;
  }
  if (!state.reports) return;
  const first = state.reports[0];
  const title = (first.startYear
    ? t('report.titleMember', { name: first.name, tranche: t(`tranche.${first.tranche}`), year: first.startYear })
    : t('report.titleOther', { name: first.name }))
    + (first.window ? ` · ${t('report.window', { from: first.window.fromYear, to: first.window.toYear })}` : '');
  $('report-title').textContent = title;
  document.title = `${title} — Preventie met Gezag`;
  $('report-status').textContent = '';
  $('report-body').replaceChildren(el('p', {}, el('a', { className: 'export', href: `/api/monitor/${code}/export.csv`, textContent: t('monitor.csv') })),
    ...state.reports.map(block));
}

async function init() {
  await mountHeader({ active: 'monitor', subtitleKey: 'report.subtitle' });
  $('report-print').addEventListener('click', () => window.print());
  onLangChange(render);
  try {
    const indicators = await fetchMonitorIndicators();
    state.reports = await Promise.all(indicators.map((i) => fetchMonitor(code, i.id)));
  } catch (error) {
    state.error = error;
  }
  render();
  document.body.dataset.ready = 'true';
}

init();
