// The programme dashboard (/monitor): one small chart per programme municipality, grouped by tranche,
// with its index since the start year against its comparison group and the placebo interval.

import { formatDiff, indexChart } from './monitor-chart.js';

const indicatorSelect = document.getElementById('monitor-indicator');
const trancheSelect = document.getElementById('monitor-tranche');
const dashboard = document.getElementById('monitor-dashboard');
const status = document.getElementById('monitor-status');

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return response.json();
}

function card(m) {
  const years = m.change?.years ?? [];
  const latest = [...years].reverse().find((y) => y.difference !== null && y.difference !== undefined);
  const group = m.comparison ? m.comparison.members.map((c) => c.name).join(', ') : '—';
  return el('article', { className: 'monitor-card', id: `monitor-${m.code}` },
    el('h3', {}, el('a', { href: `/monitor/${m.code}`, textContent: `${m.name}` }),
      el('small', { textContent: ` ${m.code} · ${m.startYear}` })),
    indexChart(m.change),
    el('p', { className: 'monitor-diff', textContent: latest ? `${latest.year}: ${formatDiff(latest)}` : '—' }),
    el('p', { className: 'monitor-group-names', textContent: `vs ${group}` }));
}

async function load() {
  status.textContent = 'Laden… / Loading…';
  const params = new URLSearchParams({ indicator: indicatorSelect.value || 'crime_total' });
  if (trancheSelect.value) {
    params.set('tranche', trancheSelect.value);
  }
  document.getElementById('monitor-csv').href = `/api/monitor/programme/export.csv?${params}`;
  try {
    const data = await getJson(`/api/monitor/programme?${params}`);
    const byTranche = new Map();
    data.municipalities.forEach((m) => {
      if (!byTranche.has(m.tranche)) byTranche.set(m.tranche, []);
      byTranche.get(m.tranche).push(m);
    });
    const sections = [...byTranche].map(([tranche, list]) => el('section', { className: 'monitor-tranche' },
      el('h2', { textContent: `${tranche} (${list.length})` }),
      el('div', { className: 'monitor-grid' }, ...list.map(card))));
    dashboard.replaceChildren(...sections);
    document.getElementById('monitor-caveats').replaceChildren(
      ...data.caveats.map((c) => el('li', { textContent: c })));
    status.textContent = `${data.municipalities.length} gemeenten — ${data.indicator.labelNl}`;
  } catch (e) {
    status.textContent = `Fout / error: ${e.message}`;
  }
}

function number(v, decimals = 1) {
  return v === null || v === undefined ? '—' : v.toLocaleString('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
}

/** A mapped focus area: one column per year with the wijk's and the gemeente's figures and indices. */
function focusTable(f) {
  const head = el('tr', {}, el('th', { className: 'text', textContent: f.wijkName ? `${f.wijkName} (${f.wijkCode})` : f.wijkCode }),
    ...f.years.map((y) => el('th', { textContent: String(y.year) })));
  const row = (label, value) => el('tr', {}, el('th', { className: 'text', textContent: label }),
    ...f.years.map((y) => el('td', { textContent: value(y) })));
  return el('table', { className: 'monitor-table focus-table' },
    el('thead', {}, head),
    el('tbody', {},
      row('wijk: misdrijven / crimes', (y) => number(y.wijkCrimes, 0)),
      row('wijk: per 1.000 (inwoners 2024 / population 2024)', (y) => number(y.wijkPerThousand)),
      row(`wijk: index (${f.startYear} = 100)`, (y) => number(y.wijkIndex, 0)),
      row(`${f.gemeenteName}: per 1.000`, (y) => number(y.gemeentePerThousand)),
      row(`${f.gemeenteName}: index (${f.startYear} = 100)`, (y) => number(y.gemeenteIndex, 0))));
}

async function loadFocusAreas() {
  const list = document.getElementById('focus-list');
  try {
    const data = await getJson('/api/monitor/focus-areas');
    document.getElementById('focus-caveats').replaceChildren(...data.caveats.map((c) => el('li', { textContent: c })));
    list.replaceChildren(...data.focusAreas.map((f) => el('article', {
      className: `focus-area ${f.mapping === 'none' ? 'focus-unmapped' : 'focus-mapped'}`,
    },
    el('h3', {}, document.createTextNode(`${f.name} `),
      el('small', { textContent: `— ${f.gemeenteName} (${f.gemeenteCode}) · NPLV ${f.nplvSince}` })),
    f.mapping === 'none'
      ? el('p', { className: 'focus-note', textContent: `Geen eenduidige wijk — reeks niet getoond / ${f.note}` })
      : el('div', {}, el('p', { className: 'focus-note',
        textContent: `Koppeling naam → wijk: ${f.mapping} (eigen afleiding, geen officiële lijst) / mapping ${f.mapping}; ${f.note}` }),
      ...(f.wijkStatus === 'suppressed'
        ? [el('p', { className: 'focus-note', textContent: 'Wijkcijfers alleen na inloggen met rechten voor deze gemeente (geheimhouding) / wijk figures need a login with rights for this gemeente' })]
        : []),
      focusTable(f)))));
  } catch (e) {
    list.textContent = `Fout / error: ${e.message}`;
  }
}

async function init() {
  const indicators = await getJson('/api/monitor/indicators');
  indicatorSelect.replaceChildren(...indicators.map((i) => el('option', { value: i.id, textContent: i.labelNl })));
  indicatorSelect.addEventListener('change', load);
  trancheSelect.addEventListener('change', load);
  await Promise.all([load(), loadFocusAreas()]);
}

init();
