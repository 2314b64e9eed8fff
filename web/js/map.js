// The Leaflet map: no base tiles unless /api/map/config names a tile server (the
// map must work offline), our own attribution, and a hover info box.

import { t } from './i18n.js';

const L = window.L;

// European Netherlands, including the Wadden islands and Zuid-Limburg.
const NETHERLANDS = [[50.72, 3.3], [53.58, 7.25]];

export function createMap(container, config) {
  const map = L.map(container, {
    zoomSnap: 0.25,
    minZoom: 6,
    maxZoom: 14,
    maxBounds: L.latLngBounds(NETHERLANDS).pad(0.5),
  });
  map.fitBounds(NETHERLANDS);
  map.attributionControl.setPrefix(false);
  if (config?.baseTileUrl) {
    L.tileLayer(config.baseTileUrl, { attribution: config.attribution ?? '' }).addTo(map);
  }
  refreshAttribution(map);
  return map;
}

const attributions = new WeakMap();

/** (Re)writes our attribution in the current language. */
export function refreshAttribution(map) {
  if (attributions.has(map)) map.attributionControl.removeAttribution(attributions.get(map));
  attributions.set(map, t('map.attribution'));
  map.attributionControl.addAttribution(attributions.get(map));
}

/** Top-right box naming the hovered area and its value; describe(properties) gives the value line. */
export function createInfoBox(map, describe) {
  const box = L.control({ position: 'topright' });
  let current = null;
  let pinned = null; // the area chosen by search or in the ranking table: shown again when the pointer leaves
  let node;
  box.onAdd = () => {
    node = L.DomUtil.create('div', 'info-box');
    if (!document.getElementById('info-box')) node.id = 'info-box';
    node.setAttribute('aria-live', 'polite');
    render();
    return node;
  };
  function render() {
    node.replaceChildren();
    if (!current) {
      node.append(Object.assign(document.createElement('span'), { className: 'info-hint', textContent: t('info.hint') }));
      return;
    }
    node.append(
      Object.assign(document.createElement('strong'), { textContent: current.name }),
      Object.assign(document.createElement('span'), { textContent: describe(current) }),
    );
  }
  box.pin = (properties) => {
    pinned = properties;
    current = properties;
    if (node) render();
  };
  box.show = (properties) => {
    current = properties ?? pinned;
    if (node) render();
  };
  box.refresh = () => node && render();
  return box.addTo(map);
}

/**
 * One line on the map saying why it stays at a coarser level: wijk and buurt figures need a login (with
 * the link) or, for a municipality user, are only for its own gemeente. show(key | null).
 */
export function createLevelHint(map) {
  const hint = L.control({ position: 'topleft' });
  let node;
  let key = null;
  hint.onAdd = () => {
    node = L.DomUtil.create('div', 'level-hint');
    node.id = 'level-hint';
    node.setAttribute('role', 'status');
    L.DomEvent.disableClickPropagation(node);
    render();
    return node;
  };
  function render() {
    node.hidden = !key;
    if (!key) return;
    const back = encodeURIComponent(window.location.pathname + window.location.search);
    const link = Object.assign(document.createElement('a'), { href: `/login?next=${back}`, textContent: t('session.login'), className: 'login-link' });
    node.replaceChildren(document.createTextNode(`${t(key)} `), link);
    if (key === 'hint.ownGemeente') link.remove();
  }
  hint.show = (next) => {
    key = next;
    if (node) render();
  };
  hint.refresh = () => node && render();
  return hint.addTo(map);
}
