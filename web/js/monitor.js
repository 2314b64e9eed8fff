// The programme dashboard (/monitor): one small chart per programme municipality, grouped by tranche,
// with its index since the start year against its comparison group and the placebo interval.

import { fetchFocusAreas, fetchMonitorIndicators, fetchMonitorProgramme } from './api.js';
import { el, fillSelect } from './dom.js';
import { mountHeader } from './header.js';
import { formatNumber, getLang, onLangChange, problemText, t } from './i18n.js';
import { formatDiff, indexChart } from './monitor-chart.js';

const $ = (id) => document.getElementById(id);
const TRANCHES = ['start', 'expansion-nplv', 'expansion-data', 'regional-2024'];
const state = { indicators: [], programme: null, focus: null, error: null, focusError: null };

const label = (indicator) => (getLang() === 'en' ? indicator.labelEn : indicator.labelNl);

function card(m) {
  const years = m.change?.years ?? [];
  const latest = [...years].reverse().find((y) => y.difference !== null && y.difference !== undefined);
  const group = m.comparison ? m.comparison.members.map((c) => c.name).join(', ') : '—';
  return el('article', { className: 'monitor-card', id: `monitor-${m.code}` },
    el('h3', {}, el('a', { href: `/monitor/${m.code}`, textContent: m.name }),
      el('small', { textContent: ` · ${t('monitor.since', { year: m.startYear })}` })),
    indexChart(m.change, { name: m.name }),
    el('p', { className: 'monitor-diff', textContent: latest ? t('monitor.diffLine', { year: latest.year, diff: formatDiff(latest) }) : '—' }),
    el('p', { className: 'monitor-group-names', textContent: t('monitor.groupLine', { names: group }) }),
    m.window ? el('p', { className: 'monitor-window', textContent: windowText(m.window) }) : null);
}

/** The comparison window a card's figures rest on, and how many programme municipalities it leaves out. */
function windowText(w) {
  return t('monitor.window', { from: w.fromYear, to: w.toYear, n: w.excludedProgrammeMunicipalities });
}

function renderProgramme() {
  const data = state.programme;
  if (state.error) {
    $('monitor-status').textContent = problemText(state.error);
    return;
  }
  if (!data) return;
  const byTranche = new Map();
  data.municipalities.forEach((m) => {
    if (!byTranche.has(m.tranche)) byTranche.set(m.tranche, []);
    byTranche.get(m.tranche).push(m);
  });
  $('monitor-dashboard').replaceChildren(...[...byTranche].map(([tranche, list]) => el('section', { className: 'monitor-tranche' },
    el('h2', { textContent: t('monitor.trancheHeading', { tranche: t(`tranche.${tranche}`), year: list[0].startYear, n: list.length }) }),
    el('div', { className: 'monitor-grid' }, ...list.map(card)))));
  $('monitor-caveats').replaceChildren(...data.caveats.map((c) => el('li', { textContent: c })));
  $('monitor-status').textContent = t('monitor.status', { n: data.municipalities.length, indicator: label(data.indicator) });
}

async function loadProgramme() {
  $('monitor-status').textContent = t('status.loading');
  const params = { indicator: $('monitor-indicator').value || 'crime_total' };
  if ($('monitor-tranche').value) params.tranche = $('monitor-tranche').value;
  $('monitor-csv').href = `/api/monitor/programme/export.csv?${new URLSearchParams(params)}`;
  try {
    state.programme = await fetchMonitorProgramme(params);
    state.error = null;
  } catch (error) {
    state.error = error;
  }
  renderProgramme();
}

const number = (v, decimals = 1) => (v === null || v === undefined ? '—' : formatNumber(v, decimals));

/** A mapped focus area: one column per year with its wijken's (summed) and the gemeente's figures and indices. */
function focusTable(f) {
  const wijken = f.wijkCodes.map((code, i) => `${f.wijkNames[i] ?? code} (${code})`).join(', ');
  const head = el('tr', {}, el('th', { className: 'text', scope: 'col', textContent: wijken }),
    ...f.years.map((y) => el('th', { scope: 'col', textContent: String(y.year) })));
  const row = (text, value) => el('tr', {}, el('th', { className: 'text', scope: 'row', textContent: text }),
    ...f.years.map((y) => el('td', { textContent: value(y) })));
  return el('div', { className: 'table-scroll', tabIndex: 0, attrs: { role: 'region', 'aria-label': f.name } },
    el('table', { className: 'monitor-table focus-table' },
      el('thead', {}, head),
      el('tbody', {},
        row(t('focus.wijkCrimes'), (y) => number(y.wijkCrimes, 0)),
        row(t('focus.wijkRate'), (y) => number(y.wijkPerThousand)),
        row(t('focus.wijkIndex', { year: f.startYear }), (y) => number(y.wijkIndex, 0)),
        row(t('focus.gemeenteRate', { name: f.gemeenteName }), (y) => number(y.gemeentePerThousand)),
        row(t('focus.gemeenteIndex', { name: f.gemeenteName, year: f.startYear }), (y) => number(y.gemeenteIndex, 0)))));
}

function renderFocus() {
  const list = $('focus-list');
  if (state.focusError) {
    list.textContent = problemText(state.focusError);
    return;
  }
  const data = state.focus;
  if (!data) return;
  $('focus-caveats').replaceChildren(...data.caveats.map((c) => el('li', { textContent: c })));
  list.replaceChildren(...data.focusAreas.map((f) => el('article', {
    className: `focus-area ${f.mapping === 'none' ? 'focus-unmapped' : 'focus-mapped'}`,
  },
  el('h3', {}, `${f.name} `, el('small', { textContent: `— ${f.gemeenteName} · ${t('focus.since', { year: f.nplvSince })}` })),
  f.mapping === 'none'
    ? el('p', { className: 'focus-note', textContent: `${t('focus.unmapped')} ${mappingReason(f)}` })
    : el('div', {}, el('p', { className: 'focus-note', textContent: `${t('focus.mapped', { mapping: t(`focus.mapping.${f.mapping}`),
      n: f.wijkCodes.length })} ${mappingReason(f)}` }),
    f.wijkenWithoutFigures.length ? el('p', { className: 'focus-note warning', textContent: t('focus.withoutFigures', {
      wijken: f.wijkenWithoutFigures.map((c) => `${f.wijkNames[f.wijkCodes.indexOf(c)] ?? c} (${c})`).join(', ') }) }) : null,
    f.wijkStatus === 'suppressed' ? el('p', { className: 'focus-note focus-suppressed', textContent: t('focus.suppressed') }) : null,
    focusTable(f)))));
}

/** Why the focus area maps to these wijken (or none), in the page's language. */
function mappingReason(f) {
  return getLang() === 'en' ? f.mappingReason : f.mappingReasonNl ?? f.mappingReason;
}

function fillControls() {
  fillSelect($('monitor-indicator'), state.indicators.map((i) => [i.id, label(i)]));
  fillSelect($('monitor-tranche'), [['', t('monitor.allTranches')], ...TRANCHES.map((tr) => [tr, t(`tranche.${tr}`)])]);
}

async function init() {
  await mountHeader({ active: 'monitor', subtitleKey: 'monitor.subtitle' });
  try {
    state.indicators = await fetchMonitorIndicators();
  } catch (error) {
    $('monitor-status').textContent = problemText(error);
    return;
  }
  fillControls();
  $('monitor-indicator').addEventListener('change', loadProgramme);
  $('monitor-tranche').addEventListener('change', loadProgramme);
  onLangChange(() => { fillControls(); renderProgramme(); renderFocus(); });
  await Promise.all([loadProgramme(), fetchFocusAreas().then((d) => { state.focus = d; }, (e) => { state.focusError = e; }).then(renderFocus)]);
  document.body.dataset.ready = 'true';
}

init();
