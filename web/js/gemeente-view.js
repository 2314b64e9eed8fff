// The municipality page (/gemeente/{code}): its programme status, a print button and the
// benchmark panel (the gemeente against NL, its province and gemeenten of similar size).

import { fetchAllFeatures, fetchBenchmark, fetchProgramme } from './api.js';
import { el } from './dom.js';
import { formatNumber, getLang, indicatorLabel, t } from './i18n.js';

// monitor (issue 8): the Ontwikkeling panel lives in its own module, loaded beside the page's first view
// (it sits below the benchmark), so that view does not wait for it and its chart
const monitorPanel = () => import('./monitor-panel.js');

/** The gemeente's outline geometry: asked for early (cached), before the page knows its user. */
export function gemeenteOutline(code) {
  return fetchAllFeatures('gemeenten', { gemeente: code, zoom: 10, limit: 1 });
}

/** The gemeente's outline on the map (not interactive), fitted unless the address gives a view. */
export async function showGemeenteOutline(view, code, { fit = true } = {}) {
  const area = await gemeenteOutline(code);
  const outline = window.L.geoJSON(area, { interactive: false, className: 'gemeente-outline', style: { fill: false, color: '#111', weight: 2.5 } });
  outline.addTo(view.map);
  if (fit) view.map.fitBounds(outline.getBounds());
  return outline;
}

/** Benchmark and programme status; the Ontwikkeling series follows (its panel fills in when it arrives). */
export async function loadGemeente(code) {
  const ontwikkeling = monitorPanel().then(async (panel) => [panel, await panel.loadOntwikkeling(code)]);
  ontwikkeling.catch(() => {}); // awaited through data.complete
  const [benchmark, programme] = await Promise.all([fetchBenchmark(code), fetchProgramme()]);
  const member = programme.municipalities.find((m) => m.code === code) ?? null;
  const data = { benchmark, member, ontwikkeling: null };
  data.complete = ontwikkeling.then(([panel, o]) => {
    data.ontwikkeling = o;
    panel.renderOntwikkeling(document.getElementById('ontwikkeling-box'), code, o);
  });
  return data;
}

/**
 * Why the municipality takes part, in the UI language. The programme file words it in English
 * ("NPLV focus area (Overvecht)", "selected on crime figures …"); the focus-area names are Dutch names.
 */
export function basisText(member) {
  const areas = member.basis?.match(/\(([^)]*)\)/)?.[1];
  if (/^NPLV focus area added (\d{4})/.test(member.basis ?? '')) return t('basis.nplvAdded', { year: member.basis.match(/added (\d{4})/)[1], areas });
  if (/^NPLV focus area/.test(member.basis ?? '')) return t('basis.nplv', { areas });
  if (member.tranche === 'expansion-data') return t('basis.data');
  if (member.tranche === 'regional-2024') return t('basis.regional');
  return member.basis ?? '';
}

export function renderGemeenteInfo(container, { benchmark, member, ontwikkeling }) {
  const status = member ? programmeStatus(member) : el('p', { className: 'programme-status' }, t('gemeente.notInProgramme'));
  const print = el('button', { type: 'button', id: 'print-button', textContent: t('gemeente.print') });
  print.addEventListener('click', () => window.print());
  const lang = document.documentElement.lang;
  const pdf = el('a', { id: 'profile-pdf', className: 'export', href: `/api/profiles/${benchmark.code}.pdf?lang=${lang}`,
    textContent: t('gemeente.pdf'), attrs: { download: '' } });
  container.replaceChildren(
    el('p', { className: 'no-print' }, el('a', { href: '/', textContent: t('gemeente.back') })),
    el('h2', { id: 'gemeente-name', textContent: benchmark.name }),
    el('p', { className: 'muted', textContent: t('gemeente.meta', { province: benchmark.province ?? '—', code: benchmark.code }) }),
    el('h3', { textContent: t('gemeente.programme') }),
    status,
    el('div', { className: 'button-row no-print' }, print, pdf),
  );
  container.hidden = false;
  if (ontwikkeling) { // monitor (issue 8); its module is in by the time its data is
    monitorPanel().then((panel) => panel.renderOntwikkeling(document.getElementById('ontwikkeling-box'), benchmark.code, ontwikkeling));
  }
}

/** Tranche, start (day or year, as precise as the sources), basis and funding of a membership. */
function programmeStatus(member) {
  const start = member.startPrecision === 'day'
    ? t('gemeente.startDate', { date: new Date(member.startDate).toLocaleDateString(getLang() === 'nl' ? 'nl-NL' : 'en-GB') })
    : t('gemeente.startYear', { year: member.startYear });
  const funding = member.fundingType ? `${t('gemeente.funding')}: ${t(`gemeente.funding.${member.fundingType}`)}.` : '';
  return el('p', { className: `programme-status tranche-${member.tranche}` },
    `${t(`tranche.${member.tranche}`)} — ${start}. ${t('gemeente.basis')}: ${basisText(member)}. ${funding}`);
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
    el('h2', { id: 'benchmark-heading', textContent: t('benchmark.heading') }),
    el('div', { className: 'table-scroll', tabIndex: 0, attrs: { role: 'region', 'aria-labelledby': 'benchmark-heading' } }, el('table', { id: 'benchmark-table' }, el('thead', {}, head), el('tbody', {}, ...rows))),
    el('p', { className: 'legend-note', textContent: t('benchmark.note', {
      province: benchmark.province, provinceMembers: benchmark.provinceMembers, min: formatNumber(min), max: formatNumber(max),
    }) }),
  );
  container.hidden = false;
}
