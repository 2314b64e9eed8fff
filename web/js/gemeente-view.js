// The municipality page (/gemeente/{code}): its programme status, a print button and the
// benchmark panel (the gemeente against NL, its province and gemeenten of similar size).

import { fetchBenchmark, fetchProgramme } from './api.js';
import { formatNumber, getLang, indicatorLabel, t } from './i18n.js';
// monitor (issue 8): the Ontwikkeling panel lives in its own module
import { renderOntwikkeling } from './monitor-panel.js';

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

export async function loadGemeente(code) {
  const [benchmark, programme] = await Promise.all([fetchBenchmark(code), fetchProgramme()]);
  const member = programme.municipalities.find((m) => m.code === code) ?? null;
  return { benchmark, member };
}

export function renderGemeenteInfo(container, { benchmark, member }) {
  const status = member ? programmeStatus(member) : el('p', { className: 'programme-status' }, t('gemeente.notInProgramme'));
  const print = el('button', { type: 'button', id: 'print-button', textContent: t('gemeente.print') });
  print.addEventListener('click', () => window.print());
  container.replaceChildren(
    el('p', {}, el('a', { href: '/', textContent: t('gemeente.back') })),
    el('h2', { id: 'gemeente-name', textContent: `${benchmark.name} (${benchmark.code})` }),
    el('p', { className: 'muted', textContent: benchmark.province ?? '' }),
    el('h3', { textContent: t('gemeente.programme') }),
    status,
    print,
  );
  container.hidden = false;
  renderOntwikkeling(container, benchmark.code); // monitor (issue 8)
}

/** Tranche, start (day or year, as precise as the sources), basis and funding of a membership. */
function programmeStatus(member) {
  const start = member.startPrecision === 'day'
    ? t('gemeente.startDate', { date: new Date(member.startDate).toLocaleDateString(getLang() === 'nl' ? 'nl-NL' : 'en-GB') })
    : t('gemeente.startYear', { year: member.startYear });
  const funding = member.fundingType ? `${t('gemeente.funding')}: ${t(`gemeente.funding.${member.fundingType}`)}.` : '';
  return el('p', { className: `programme-status tranche-${member.tranche}` },
    `${t(`tranche.${member.tranche}`)} — ${start}. ${t('gemeente.basis')}: ${member.basis}. ${funding}`);
}

export function renderBenchmark(container, benchmark, layers) {
  const byId = new Map(layers.map((l) => [l.id, l]));
  const number = (v) => (v === null || v === undefined ? '—' : formatNumber(v));
  const head = el('tr', {}, ...['benchmark.indicator', 'benchmark.value', 'benchmark.national', 'benchmark.province',
    'benchmark.similarSize', 'benchmark.rank'].map((k) => el('th', { scope: 'col', textContent: t(k) })));
  const rows = benchmark.indicators.filter((r) => byId.has(r.indicator)).map((r) => {
    const median = (id) => r.groups.find((g) => g.id === id)?.median;
    const own = r.value === null ? t(`status.${r.status}`) : number(r.value);
    const row = el('tr', { className: 'benchmark-row' },
      el('th', { scope: 'row', textContent: indicatorLabel(byId.get(r.indicator)) }),
      el('td', { textContent: own }),
      el('td', { textContent: number(median('national')) }),
      el('td', { textContent: number(median('province')) }),
      el('td', { textContent: number(median('similarSize')) }),
      el('td', { textContent: r.rank ? `${r.rank}/${r.ranked}` : '—' }));
    row.dataset.indicator = r.indicator;
    return row;
  });
  const [min, max] = benchmark.similarPopulationRange ?? [NaN, NaN];
  container.replaceChildren(
    el('h2', { textContent: t('benchmark.heading') }),
    el('div', { className: 'table-scroll' }, el('table', { id: 'benchmark-table' }, el('thead', {}, head), el('tbody', {}, ...rows))),
    el('p', { className: 'legend-note', textContent: t('benchmark.note', {
      province: benchmark.province, provinceMembers: benchmark.provinceMembers, min: formatNumber(min), max: formatNumber(max),
    }) }),
  );
  container.hidden = false;
}
