// Outline styles for the four Preventie met Gezag tranches, shared by the map and
// the legend so both always agree. Colour and dash pattern both differ per tranche,
// so the tranches stay distinguishable without relying on colour alone.

export const TRANCHES = ['start', 'expansion-nplv', 'expansion-data', 'regional-2024'];

const STYLES = {
  start: { color: '#111111', dashArray: null },
  'expansion-nplv': { color: '#5e3c99', dashArray: '9 5' },
  'expansion-data': { color: '#01665e', dashArray: '2 5' },
  'regional-2024': { color: '#b35806', dashArray: '10 4 2 4' },
};

export const OUTLINE_WEIGHT = 2.5;
export const HALO_WEIGHT = 5;

/** Leaflet path options for a tranche outline, or null when the code is not a known tranche. */
export function trancheStyle(tranche) {
  const style = STYLES[tranche];
  if (!style) return null;
  return {
    color: style.color,
    dashArray: style.dashArray,
    weight: OUTLINE_WEIGHT,
    lineCap: style.dashArray ? 'round' : 'butt',
    fill: false,
  };
}
