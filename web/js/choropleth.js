// Quantile classification and palettes. Pure functions, no DOM and no Leaflet,
// so later levels (wijk, buurt) and panels can reuse them.

// ColorBrewer sequential schemes (Cynthia Brewer, colorbrewer2.org), light to dark;
// both are colour-blind safe. YlOrRd for risk indicators, Blues for neutral ones.
const PALETTES = {
  YlOrRd: {
    3: ['#ffeda0', '#feb24c', '#f03b20'],
    4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
    5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  },
  Blues: {
    3: ['#deebf7', '#9ecae1', '#3182bd'],
    4: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
    5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  },
};

export const NO_DATA_COLOUR = '#b0b0b0';

/** Statuses that carry a value worth colouring; suppressed and missing ones are drawn as no data. */
export function hasValue(value, status) {
  return typeof value === 'number' && Number.isFinite(value) && status !== 'suppressed' && status !== 'missing';
}

/**
 * Splits values into at most classCount quantile classes. Every class lower bound is a
 * value from the data and bounds are strictly increasing, so no class is ever empty:
 * with many ties there are simply fewer classes.
 * Returns [{lower, min, max, count}] in ascending order, where lower is the inclusive
 * lower bound used by classIndex and min/max are the extremes actually in the class.
 */
export function quantileClasses(values, classCount = 5) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const lowers = [];
  for (let i = 0; i < classCount; i++) {
    const candidate = sorted[Math.floor((i * sorted.length) / classCount)];
    if (lowers.length === 0 || candidate > lowers[lowers.length - 1]) lowers.push(candidate);
  }
  const classes = lowers.map((lower) => ({ lower, min: Infinity, max: -Infinity, count: 0 }));
  for (const value of sorted) {
    const c = classes[classIndex(value, classes)];
    c.min = Math.min(c.min, value);
    c.max = Math.max(c.max, value);
    c.count += 1;
  }
  return classes;
}

/** Index of the class holding value: the last class whose lower bound is ≤ value. */
export function classIndex(value, classes) {
  let index = 0;
  for (let i = 1; i < classes.length; i++) {
    if (value >= classes[i].lower) index = i;
  }
  return index;
}

/**
 * Colours for classCount ascending classes so that darker always means more risk:
 * reversed for lower_is_riskier, a neutral blue ramp for neutral indicators.
 */
export function classColours(classCount, direction) {
  if (classCount === 0) return [];
  const scheme = direction === 'neutral' ? PALETTES.Blues : PALETTES.YlOrRd;
  const ramp = classCount >= 3 ? scheme[classCount] : scheme[3].slice(3 - classCount);
  const colours = ramp.slice();
  return direction === 'lower_is_riskier' ? colours.reverse() : colours;
}

/** Equal-width classes between the smallest and largest value; empty ones are dropped below. */
export function equalBreaks(sorted, classCount) {
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  return Array.from({ length: classCount }, (_, i) => min + ((max - min) * i) / classCount);
}

/**
 * Natural breaks by Ckmeans (Wang & Song 2011): optimal 1-D k-means by dynamic programming.
 * O(k·n²), so it runs on at most 600 evenly spaced order statistics — breaks move by well under a
 * class width while 14,500 buurten stay instant.
 */
export function ckmeansBreaks(sorted, classCount) {
  const step = Math.max(1, sorted.length / 600);
  const x = [];
  for (let i = 0; i < sorted.length; i += step) x.push(sorted[Math.floor(i)]);
  const n = x.length;
  const k = Math.min(classCount, new Set(x).size);
  const cost = Array.from({ length: k }, () => new Float64Array(n));
  const back = Array.from({ length: k }, () => new Int32Array(n));
  const prefix = new Float64Array(n + 1);
  const prefix2 = new Float64Array(n + 1);
  x.forEach((v, i) => { prefix[i + 1] = prefix[i] + v; prefix2[i + 1] = prefix2[i] + v * v; });
  const ssq = (a, b) => { // sum of squared deviations of x[a..b]
    const m = b - a + 1;
    const sum = prefix[b + 1] - prefix[a];
    return prefix2[b + 1] - prefix2[a] - (sum * sum) / m;
  };
  for (let i = 0; i < n; i++) cost[0][i] = ssq(0, i);
  for (let c = 1; c < k; c++) {
    for (let i = c; i < n; i++) {
      let best = Infinity;
      let arg = c;
      for (let j = c; j <= i; j++) {
        const v = cost[c - 1][j - 1] + ssq(j, i);
        if (v < best) { best = v; arg = j; }
      }
      cost[c][i] = best;
      back[c][i] = arg;
    }
  }
  const lowers = [];
  let end = n - 1;
  for (let c = k - 1; c >= 0; c--) {
    const startIndex = c === 0 ? 0 : back[c][end];
    lowers.unshift(x[startIndex]);
    end = startIndex - 1;
  }
  return lowers;
}

/**
 * Classes from lower bounds (ascending). Classes that hold no value are dropped, so the legend
 * never lists a colour the map does not draw.
 */
export function classesFromLowers(sorted, lowers) {
  const unique = [...new Set(lowers.filter(Number.isFinite))].sort((a, b) => a - b);
  if (unique.length === 0 || unique[0] > sorted[0]) unique.unshift(sorted[0]);
  const classes = unique.map((lower) => ({ lower, min: Infinity, max: -Infinity, count: 0 }));
  for (const value of sorted) {
    const c = classes[classIndex(value, classes)];
    c.min = Math.min(c.min, value);
    c.max = Math.max(c.max, value);
    c.count += 1;
  }
  const kept = classes.filter((c) => c.count > 0);
  kept.forEach((c) => { c.lower = c.min; });
  return kept;
}

export const METHODS = ['quantile', 'equal', 'jenks', 'custom'];

/** Parses "10; 20,5; 50" (either decimal mark) into ascending numbers; NaN entries are skipped. */
export function parseBreaks(text) {
  return String(text ?? '')
    .split(/[;\s]+|,(?=\s)|,(?!\d)/)
    .filter((part) => part.trim() !== '')
    .map((part) => Number(part.replace(',', '.')))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
}

/**
 * Why custom breaks give fewer classes than asked: {given, ignored: [breaks outside the data], extra: breaks
 * past the fourth, min, max}; the legend words it, so nonsense breaks never collapse silently.
 */
export function checkBreaks(breaks, sorted) {
  if (sorted.length === 0) return { given: breaks.length, ignored: [], extra: [], min: null, max: null };
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  const used = breaks.slice(0, 4);
  return { given: breaks.length, ignored: used.filter((b) => b <= min || b > max), extra: breaks.slice(4), min, max };
}

/**
 * Classifies values (Map code → [value, status]) with method quantile | equal | jenks | custom:
 * {classes: [{lower, min, max, count, colour}], noData: {count, byStatus}, sorted, method,
 * colourForValue(value, status), classOf(value, status)}.
 */
export function classifyValues(values, direction, { method = 'quantile', classCount = 5, breaks = [] } = {}) {
  const numbers = [];
  const byStatus = {};
  let noDataCount = 0;
  for (const [value, status] of values.values()) {
    if (hasValue(value, status)) {
      numbers.push(value);
    } else {
      noDataCount += 1;
      const key = status ?? 'missing';
      byStatus[key] = (byStatus[key] ?? 0) + 1;
    }
  }
  const sorted = numbers.sort((a, b) => a - b);
  const breakCheck = method === 'custom' ? checkBreaks(breaks, sorted) : null;
  let classes = [];
  if (sorted.length > 0) {
    if (method === 'equal') classes = classesFromLowers(sorted, equalBreaks(sorted, classCount));
    else if (method === 'jenks') classes = classesFromLowers(sorted, ckmeansBreaks(sorted, classCount));
    else if (method === 'custom' && breaks.length > 0) classes = classesFromLowers(sorted, [sorted[0], ...breaks.slice(0, 4)]);
    else classes = quantileClasses(sorted, classCount);
  }
  const colours = classColours(classes.length, direction);
  classes.forEach((c, i) => { c.colour = colours[i]; });
  const classOf = (value, status) => (hasValue(value, status) && classes.length ? classIndex(value, classes) : -1);
  return {
    classes,
    sorted,
    method,
    breakCheck,
    noData: { count: noDataCount, byStatus },
    classOf,
    colourForValue(value, status) {
      const i = classOf(value, status);
      return i < 0 ? null : classes[i].colour;
    },
  };
}

/** Legacy entry point over feature properties (kept for callers that hold GeoJSON properties). */
export function classify(propertiesList, indicatorId, direction, classCount = 5) {
  const values = new Map(propertiesList.map((p, i) => [p.code ?? i, [p[indicatorId], p[`${indicatorId}_status`]]]));
  const result = classifyValues(values, direction, { classCount });
  result.colourFor = (props) => result.colourForValue(props[indicatorId], props[`${indicatorId}_status`]);
  return result;
}
