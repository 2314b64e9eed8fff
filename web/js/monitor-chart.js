// Small SVG line charts for the monitor: index (start year = 100) of the municipality (solid) and of
// its comparison group (dashed). No library, so the pages work offline and print cleanly.

const NS = 'http://www.w3.org/2000/svg';

function svgEl(tag, attrs) {
  const node = document.createElementNS(NS, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

export function indexChart(change, { width = 220, height = 120 } = {}) {
  const svg = svgEl('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'monitor-chart', role: 'img' });
  const years = (change?.years ?? []).filter((y) => y.ownIndex !== null);
  if (years.length === 0) {
    const text = svgEl('text', { x: 8, y: height / 2, class: 'monitor-empty' });
    text.textContent = 'geen reeks / no series';
    svg.append(text);
    return svg;
  }
  const values = years.flatMap((y) => [y.ownIndex, y.groupIndex]).filter((v) => v !== null && v !== undefined);
  const lo = Math.min(90, ...values);
  const hi = Math.max(110, ...values);
  const x0 = 30; const x1 = width - 16; const y0 = height - 18; const y1 = 8;
  const first = years[0].year; const last = Math.max(years[years.length - 1].year, first + 1);
  const x = (year) => x0 + ((year - first) / (last - first)) * (x1 - x0);
  const y = (v) => y0 - ((v - lo) / (hi - lo)) * (y0 - y1);
  // strokes as attributes, not only CSS classes: the chart is also drawn on pages without monitor.css
  svg.append(svgEl('line', { x1: x0, x2: x1, y1: y(100), y2: y(100), class: 'monitor-base', stroke: '#bdbdbd' }));
  [lo, 100, hi].forEach((v) => {
    const label = svgEl('text', { x: 2, y: y(v) + 4, class: 'monitor-axis', 'font-size': 10 });
    label.textContent = Math.round(v);
    svg.append(label);
  });
  for (let year = first; year <= last; year += 1) {
    const label = svgEl('text', { x: x(year), y: height - 4, class: 'monitor-axis', 'text-anchor': 'middle',
      'font-size': 10 });
    label.textContent = year;
    svg.append(label);
  }
  const line = (key, cls) => {
    const pts = years.filter((yr) => yr[key] !== null && yr[key] !== undefined)
      .map((yr) => `${x(yr.year).toFixed(1)},${y(yr[key]).toFixed(1)}`);
    if (pts.length > 0) {
      const stroke = cls === 'monitor-own'
        ? { stroke: '#b2182b', 'stroke-width': 2 } : { stroke: '#2166ac', 'stroke-width': 2, 'stroke-dasharray': '4 3' };
      svg.append(svgEl('polyline', { points: pts.join(' '), class: cls, fill: 'none', ...stroke }));
    }
  };
  line('groupIndex', 'monitor-group');
  line('ownIndex', 'monitor-own');
  return svg;
}

export function formatDiff(year) {
  if (!year || year.difference === null || year.difference === undefined) {
    return '—';
  }
  const sign = year.difference > 0 ? '+' : '';
  const interval = year.placeboLow === null || year.placeboLow === undefined ? ''
    : ` [${year.placeboLow.toFixed(1)}; ${year.placeboHigh.toFixed(1)}]`;
  return `${sign}${year.difference.toFixed(1)}${interval}`;
}
