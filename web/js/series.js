// Map indicators that also have a yearly series in the monitor (geodata/series_gemeente.csv, on the 2024
// division): at gemeente level the map can show another year of them. The years mirror that file; the
// values come from /api/monitor/trends, which gives every gemeente's value in two years of a series.

import { fetchMonitorTrends } from './api.js';

const SERIES = {
  crime_per_1000: { monitor: 'crime_total', years: [2021, 2022, 2023, 2024, 2025], derived: [2025] },
  violent_crime_per_1000: { monitor: 'crime_violent', years: [2022, 2023, 2024], derived: [] },
  vandalism_per_1000: { monitor: 'crime_vandalism', years: [2022, 2023, 2024], derived: [] },
  drugs_alcohol_per_1000: { monitor: 'crime_drugs_alcohol', years: [2022, 2023, 2024], derived: [] },
  social_minimum_pct: { monitor: 'social_minimum_pct', years: [2021, 2022], derived: [] },
  youth_care_pct: { monitor: 'youth_care_pct', years: [2021, 2022], derived: [] },
};

/** The years the map can show for this indicator at this level, or null when it has no series there. */
export function seriesYears(indicator, level) {
  return level === 'gemeente' ? SERIES[indicator?.id]?.years ?? null : null;
}

/** True when year is another year than the catalogue's own for the indicator (so the series is needed). */
export function isOtherYear(indicator, year) {
  return year !== null && year !== undefined && String(year) !== String(indicator.year);
}

/** code → [value, status] for every gemeente in that year (2025 rates are derived: 2024 population). */
export async function seriesValues(indicator, year) {
  const { monitor, years, derived } = SERIES[indicator.id];
  const last = years[years.length - 1];
  const [from, to] = year === last ? [years[0], last] : [year, last];
  const answer = await fetchMonitorTrends({ indicator: monitor, from, to });
  const status = derived.includes(year) ? 'derived' : 'observed';
  return new Map(answer.areas.map((a) => {
    const value = year === last ? a.to : a.from;
    return [a.code, value === null || value === undefined ? [null, 'missing'] : [value, status]];
  }));
}
