// Overlay styles drawn on top of the choropleth: the result of a selection run, the three kinds of a
// scenario comparison, and a municipality's priority areas and hot spots. Shared by the map and the
// legend. Colours are Okabe–Ito (safe for the common colour-vision deficiencies) and every kind also
// differs in dash pattern or fill, so none relies on colour alone; all stand out against YlOrRd.

export const MARKS = {
  selected: { color: '#0072b2', weight: 4, dashArray: null, fill: true, fillColor: '#56b4e9', fillOpacity: 0.8 },
  added: { color: '#0072b2', weight: 3.5, dashArray: null, fill: true, fillColor: '#0072b2', fillOpacity: 0.75 },
  removed: { color: '#d55e00', weight: 3.5, dashArray: '7 4', fill: true, fillColor: '#ffffff', fillOpacity: 0.7 },
  kept: { color: '#1f2328', weight: 2, dashArray: null, fill: true, fillColor: '#555555', fillOpacity: 0.8 },
  priority: { color: '#0072b2', weight: 3.5, dashArray: null, fill: false },
  hotspot: { color: '#1f2328', weight: 2.5, dashArray: '6 3', fill: true, fillColor: '#cc79a7', fillOpacity: 0.45 },
};

/** Leaflet path options for a mark kind. */
export function markStyle(kind) {
  const s = MARKS[kind];
  return {
    color: s.color,
    weight: s.weight,
    opacity: 1,
    dashArray: s.dashArray,
    lineCap: s.dashArray ? 'round' : 'butt',
    fill: s.fill,
    fillColor: s.fillColor,
    fillOpacity: s.fill ? s.fillOpacity : 0,
  };
}
