// "Ontwikkeling" panel for the municipality view: registered crime since the start year against the
// comparison group, with a link to the printable monitor report.

import { fetchMonitor } from './api.js';
import { el } from './dom.js';
import { problemText, t } from './i18n.js';
import { formatDiff, indexChart } from './monitor-chart.js';

/** Loads the series once; render() (again after a language change) draws it into the panel. */
export async function loadOntwikkeling(code) {
  try {
    return { report: await fetchMonitor(code, 'crime_total'), error: null };
  } catch (error) {
    return { report: null, error };
  }
}

export function renderOntwikkeling(container, code, { report, error }) {
  container.querySelector('#ontwikkeling')?.remove();
  const panel = el('section', { id: 'ontwikkeling', className: 'ontwikkeling', attrs: { 'aria-labelledby': 'ontwikkeling-heading' } },
    el('h3', { id: 'ontwikkeling-heading', textContent: t('monitor.panelHeading') }));
  container.append(panel);
  if (error) {
    panel.append(el('p', { className: 'muted', textContent: problemText(error) }));
    return;
  }
  const last = (report.change?.years ?? []).filter((y) => y.difference !== null).pop();
  const text = report.change
    ? t('monitor.panelText', { year: report.startYear, diff: last ? `${last.year}: ${formatDiff(last)}` : '—' })
    : t('monitor.panelNoProgramme');
  const window = report.window ? ` ${t('monitor.panelWindow', { from: report.window.fromYear, to: report.window.toYear })}` : '';
  panel.append(indexChart(report.change, { name: report.name }), el('p', { className: 'legend-note', textContent: text + window }),
    el('a', { href: `/monitor/${code}`, textContent: t('monitor.reportLink') }));
}
