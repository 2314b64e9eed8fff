// Printable monitor report of one municipality (/monitor/{code}): per indicator the series with status
// and mapping, the comparison group by name with its matching variables, the change figures and caveats.

import { formatDiff, indexChart } from './monitor-chart.js';

const code = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop());
const body = document.getElementById('report-body');

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const num = (v, digits = 2) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits));

function table(headers, rows) {
  return el('table', { className: 'monitor-table' },
    el('tr', {}, ...headers.map((h) => el('th', { textContent: h }))),
    ...rows.map((r) => el('tr', {}, ...r.map((c) => (c instanceof Node ? el('td', {}, c)
      : el('td', { textContent: c }))))));
}

function block(r) {
  const parts = [el('h2', { textContent: `${r.indicator.labelNl} / ${r.indicator.labelEn}` })];
  parts.push(table(['jaar', 'waarde', 'teller', 'noemer', 'status', 'koppeling / mapping'],
    r.series.map((p) => [String(p.year), num(p.value), num(p.numerator, 0), num(p.denominator, 0),
      el('span', { className: `status-${p.status}`, textContent: p.status }), p.mapping ?? ''])));
  if (r.change) {
    parts.push(indexChart(r.change, { width: 360, height: 160 }));
    parts.push(table(['jaar', 'index', 'vergelijkingsgroep', 'verschil [placebo]'],
      r.change.years.map((y) => [String(y.year), num(y.ownIndex, 1), num(y.groupIndex, 1), formatDiff(y)])));
  }
  if (r.comparison) {
    const vars = r.comparison.variables;
    parts.push(el('h3', { textContent: `Vergelijkingsgroep (k = ${r.comparison.k}, basisjaar ${r.comparison.baselineYear})` }));
    parts.push(table(['gemeente', 'afstand', ...vars],
      [[`${r.name} (zelf)`, '', ...vars.map((v) => num(r.comparison.target?.[v]))],
        ...r.comparison.members.map((m) => [`${m.name} (${m.code})`, num(m.distance),
          ...vars.map((v) => num(m.variables?.[v]))])]));
  }
  parts.push(el('ul', { className: 'monitor-caveats' }, ...r.caveats.map((c) => el('li', { textContent: c }))));
  return el('section', { className: 'monitor-indicator-block' }, ...parts);
}

async function load() {
  try {
    const indicators = await (await fetch('/api/monitor/indicators')).json();
    const reports = await Promise.all(indicators.map(async (i) => {
      const response = await fetch(`/api/monitor/${encodeURIComponent(code)}?indicator=${i.id}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    }));
    const first = reports[0];
    document.getElementById('report-title').textContent = `Monitorrapport ${first.name} (${first.code})`
      + (first.startYear ? ` — ${first.tranche ?? ''} startjaar ${first.startYear}` : '')
      + (first.window ? ` · venster / window ${first.window.fromYear}–${first.window.toYear}` : '');
    body.replaceChildren(el('p', {}, el('a', { href: `/api/monitor/${code}/export.csv`, textContent: 'CSV' })),
      ...reports.map(block));
  } catch (e) {
    body.textContent = `Fout / error: ${e.message}`;
  }
}

document.getElementById('report-print').addEventListener('click', () => window.print());
load();
