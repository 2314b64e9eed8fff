// "Ontwikkeling" panel for the municipality view: registered crime since the start year against the
// comparison group, with a link to the printable monitor report. Own strings, so i18n.js stays untouched.

import { formatDiff, indexChart } from './monitor-chart.js';

export async function renderOntwikkeling(container, code) {
  const panel = document.createElement('section');
  panel.id = 'ontwikkeling';
  panel.className = 'ontwikkeling';
  container.querySelector('#ontwikkeling')?.remove();
  container.append(panel);
  const nl = (document.documentElement.lang || 'nl').startsWith('nl');
  const heading = document.createElement('h3');
  heading.textContent = nl ? 'Ontwikkeling' : 'Development';
  panel.append(heading);
  try {
    const response = await fetch(`/api/monitor/${encodeURIComponent(code)}?indicator=crime_total`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const r = await response.json();
    const link = Object.assign(document.createElement('a'), { href: `/monitor/${code}`,
      textContent: nl ? 'Monitorrapport (afdrukbaar)' : 'Monitor report (printable)' });
    const text = document.createElement('p');
    const last = (r.change?.years ?? []).filter((y) => y.difference !== null).pop();
    text.textContent = r.change
      ? `${nl ? 'Misdrijven per 1.000, startjaar' : 'Crimes per 1,000, start year'} ${r.startYear} = 100 `
        + `(${nl ? 'rood: de gemeente; blauw gestreept: vergelijkbare gemeenten' : 'red: the municipality; blue dashed: similar municipalities'}); `
        + `${nl ? 'verschil' : 'difference'} `
        + `${last ? `${last.year}: ${formatDiff(last)}` : ''}. ${nl ? 'Geen causale schatting.' : 'Not a causal estimate.'}`
        + (r.window ? ` ${nl ? 'Vergelijkingsvenster' : 'Comparison window'} ${r.window.fromYear}–${r.window.toYear}.` : '')
      : (nl ? 'Geen programmagemeente: alleen de reeks in het rapport.' : 'Not a programme municipality: series only in the report.');
    panel.append(indexChart(r.change), text, link);
  } catch (e) {
    panel.append(document.createTextNode(`${nl ? 'Niet beschikbaar' : 'Not available'} (${e.message})`));
  }
}
