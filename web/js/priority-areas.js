// The municipality page's "where to start": its top wijken and buurten by risk index and the hot
// spots of local Moran's I (GET /api/selections/{code}/priority-areas), listed in the side panel and
// marked on the map at the level the map shows.

import { fetchAllFeatures, fetchPriorityAreas } from './api.js';
import { el } from './dom.js';
import { formatNumber, t } from './i18n.js';


const LEVELS = { wijk: { key: 'wijken', collection: 'wijken' }, buurt: { key: 'buurten', collection: 'buurten' } };

export async function loadPriorityAreas(gemeente, k = 5) {
  const [result, wijken, buurten] = await Promise.all([
    fetchPriorityAreas(gemeente, k),
    fetchAllFeatures('wijken', { gemeente, zoom: 12, limit: 10000, properties: ['code', 'name'] }),
    fetchAllFeatures('buurten', { gemeente, zoom: 12, limit: 10000, properties: ['code', 'name'] }),
  ]);
  const features = new Map([...wijken.features, ...buurten.features].map((f) => [f.properties.code, f]));
  return { result, features };
}

/** The marks for the map at a level (wijk | buurt), and the legend entries describing them. */
export function priorityMarks({ result, features }, level) {
  const part = result[LEVELS[level]?.key ?? 'wijken'];
  const marks = [];
  for (const a of part.top) if (features.has(a.code)) marks.push({ feature: features.get(a.code), kind: 'priority' });
  for (const h of part.hotSpots) if (features.has(h.code)) marks.push({ feature: features.get(h.code), kind: 'hotspot' });
  return {
    marks,
    legend: { title: t('marks.priority'), entries: [
      { kind: 'priority', label: t('marks.priorityArea', { k: result.k, level: t(`level.plural.${level}`) }), count: part.top.length },
      ...(part.hotSpots.length ? [{ kind: 'hotspot', label: t('marks.hotspot'), count: part.hotSpots.length }] : []),
    ] },
  };
}

/** onChoose(code, level) is called when an area in the list is chosen (to show it on the map). */
export function renderPriorityAreas(container, { result }, onChoose) {
  const button = (code, level, text) => {
    const b = el('button', { type: 'button', className: 'link-button', textContent: text });
    b.addEventListener('click', () => onChoose(code, level));
    return b;
  };
  const levelBlock = (level) => {
    const part = result[LEVELS[level].key];
    const top = el('ol', { className: `priority-list priority-top-${level}` }, ...part.top.map((a) => {
      const item = el('li', {}, button(a.code, level, a.name), el('span', { className: 'muted', textContent: ` ${a.code} · ${t('priority.rankLine', { score: formatNumber(a.score, 1), rank: a.nationalRank })}` }));
      item.dataset.code = a.code;
      return item;
    }));
    const hot = part.hotSpots.length
      ? el('ul', { className: `priority-list priority-hot-${level}` }, ...part.hotSpots.map((h) => {
        const item = el('li', {}, button(h.code, level, h.name), el('span', { className: 'muted', textContent: ` ${t('priority.hotLine', {
          score: formatNumber(h.score, 1), i: formatNumber(h.localI, 2), p: formatNumber(h.pValue, 3) })}` }));
        item.dataset.code = h.code;
        return item;
      }))
      : el('p', { className: 'muted', textContent: t('priority.noHotSpots') });
    return el('div', { className: `priority-level priority-${level}` },
      el('h3', { textContent: `${t(`priority.${LEVELS[level].key}`)} (${t('priority.scored', { scored: part.scored, areas: part.areas })})` }),
      el('h4', { textContent: t('priority.top', { k: result.k }) }), top,
      el('h4', { textContent: t('priority.hotSpots') }), hot,
      ...(part.notes ?? []).map((n) => el('p', { className: 'legend-note', textContent: n })));
  };
  container.replaceChildren(
    el('h2', { id: 'priority-heading', textContent: t('priority.heading') }),
    levelBlock('wijk'), levelBlock('buurt'),
    el('p', { className: 'legend-note', textContent: t('priority.note', { permutations: result.permutations, alpha: formatNumber(result.significance, 2) }) }));
  container.hidden = false;
}

/** For a visitor without detail rights: what the priority areas are, and that they need a login. */
export function renderPriorityLocked(container, session) {
  const own = session.role === 'MUNICIPALITY';
  const back = encodeURIComponent(window.location.pathname + window.location.search);
  container.replaceChildren(
    el('h2', { id: 'priority-heading', textContent: t('priority.heading') }),
    el('p', { className: 'legend-note login-note' }, t(own ? 'priority.otherGemeente' : 'priority.loginNeeded'), ' ',
      own ? null : el('a', { href: `/login?next=${back}`, className: 'login-link', textContent: t('session.login') })));
  container.hidden = false;
}
