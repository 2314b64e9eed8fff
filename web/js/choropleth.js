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

/**
 * The whole classification for one indicator over a set of feature properties:
 * {classes: [{lower, min, max, count, colour}], noData: {count, byStatus}, colourFor(props)}.
 */
export function classify(propertiesList, indicatorId, direction, classCount = 5) {
  const values = [];
  const byStatus = {};
  let noDataCount = 0;
  for (const props of propertiesList) {
    const value = props[indicatorId];
    const status = props[`${indicatorId}_status`];
    if (hasValue(value, status)) {
      values.push(value);
    } else {
      noDataCount += 1;
      const key = status ?? 'missing';
      byStatus[key] = (byStatus[key] ?? 0) + 1;
    }
  }
  const classes = quantileClasses(values, classCount);
  const colours = classColours(classes.length, direction);
  classes.forEach((c, i) => {
    c.colour = colours[i];
  });
  return {
    classes,
    noData: { count: noDataCount, byStatus },
    colourFor(props) {
      const value = props[indicatorId];
      if (!hasValue(value, props[`${indicatorId}_status`]) || classes.length === 0) return null;
      return classes[classIndex(value, classes)].colour;
    },
  };
}
