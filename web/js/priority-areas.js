// The municipality page's "where to start": its top wijken and buurten by a lens — "waar jongeren wonen"
// (residential, the default: need or need × reach) or "waar incidenten plaatsvinden" (incidents: count or per
// km²) — with their residents and young residents, and the hot spots of local Moran's I on the residential
// score (GET /api/selections/{code}/priority-areas), listed in the side panel and marked on the map.

import { fetchAllFeatures, fetchPriorityAreas } from './api.js';
import { el } from './dom.js';
import { formatNumber, t } from './i18n.js';


const LEVELS = { wijk: { key: 'wijken', collection: 'wijken' }, buurt: { key: 'buurten', collection: 'buurten' } };

export const LENSES = { residential: ['need', 'need_x_reach'], incidents: ['count', 'per_km2'] };

/** query: {k, lens, rank}; the features (for marks and zooming) are fetched once and reused. */
export async function loadPriorityAreas(gemeente, query = {}, features = null) {
  if (features) return { result: await fetchPriorityAreas(gemeente, query), features, query };
  const [result, wijken, buurten] = await Promise.all([
    fetchPriorityAreas(gemeente, query),
    fetchAllFeatures('wijken', { gemeente, zoom: 12, limit: 10000, properties: ['code', 'name'] }),
    fetchAllFeatures('buurten', { gemeente, zoom: 12, limit: 10000, properties: ['code', 'name'] }),
  ]);
  const all = new Map([...wijken.features, ...buurten.features].map((f) => [f.properties.code, f]));
  return { result, features: all, query };
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

/** One ranked area's line: the lens's figure, then its reach. */
function rankLine(a, result) {
  const reach = a.residents === null ? '' : ` · ${t('priority.reach', { residents: formatNumber(a.residents, 0),
    young: a.youngResidents === null ? '—' : formatNumber(a.youngResidents, 0) })}`;
  if (result.lens === 'incidents') {
    return `${t('priority.incidentsLine', { crimes: formatNumber(a.crimes, 0), perKm2: a.crimesPerKm2 === null ? '—' : formatNumber(a.crimesPerKm2, 0) })}${reach}`;
  }
  const need = t('priority.rankLine', { score: formatNumber(a.score, 1), rank: a.nationalRank });
  return `${need}${a.needTimesReach === null ? '' : ` · ${t('priority.needTimesReach', { value: formatNumber(a.needTimesReach, 0) })}`}${reach}`;
}

/** The answer's facts about one level, in the UI's language (the API's English notes are for API users). */
function levelNotes(part, level, result) {
  const plural = t(`level.plural.${level}`);
  const notes = [t('priority.notEligible', { n: part.areas - part.eligible, level: plural,
    residents: result.eligibility.minResidents, households: result.eligibility.minHouseholds })];
  if (!part.hotSpotsTested) notes.push(t('priority.tooFewForHotSpots', { level: plural }));
  else if (part.tooFewNeighbours > 0) notes.push(t('priority.tooFewNeighbours', { n: part.tooFewNeighbours, min: result.minNeighbours }));
  if (level === 'buurt') notes.push(t('priority.buurtNote'));
  return notes;
}

/** The lens and rank choice; onQuery({lens, rank}) reloads. */
function lensControls(result, onQuery) {
  const select = (key, label, options, value) => {
    const node = el('select', { id: `priority-${key}` });
    node.append(...options.map((o) => el('option', { value: o, textContent: t(`priority.${key}.${o}`) })));
    node.value = value;
    return el('label', { className: 'priority-control' }, `${label} `, node);
  };
  const lens = select('lens', t('priority.lensLabel'), Object.keys(LENSES), result.lens);
  const rank = select('rank', t('priority.rankLabel'), LENSES[result.lens], result.rank);
  const lensSelect = lens.querySelector('select');
  const rankSelect = rank.querySelector('select');
  lensSelect.addEventListener('change', () => onQuery({ lens: lensSelect.value, rank: LENSES[lensSelect.value][0] }));
  rankSelect.addEventListener('change', () => onQuery({ lens: lensSelect.value, rank: rankSelect.value }));
  return el('div', { className: 'priority-controls' }, lens, rank,
    el('p', { className: 'legend-note', textContent: t(`priority.lensNote.${result.lens}`, {
      residents: result.eligibility.minResidents, households: result.eligibility.minHouseholds }) }));
}

/** onChoose(code, level) is called when an area in the list is chosen (to show it on the map). */
export function renderPriorityAreas(container, { result }, onChoose, onQuery = null) {
  const button = (code, level, text) => {
    const b = el('button', { type: 'button', className: 'link-button', textContent: text });
    b.addEventListener('click', () => onChoose(code, level));
    return b;
  };
  const levelBlock = (level) => {
    const part = result[LEVELS[level].key];
    const top = el('ol', { className: `priority-list priority-top-${level}` }, ...part.top.map((a) => {
      const item = el('li', {}, button(a.code, level, a.name), el('span', { className: 'muted', textContent: ` ${a.code} · ${rankLine(a, result)}` }));
      item.dataset.code = a.code;
      return item;
    }));
    const hot = part.hotSpots.length
      ? el('ul', { className: `priority-list priority-hot-${level}` }, ...part.hotSpots.map((h) => {
        const item = el('li', {}, button(h.code, level, h.name), el('span', { className: 'muted', textContent: ` ${t('priority.hotLine', {
          score: formatNumber(h.score, 1), i: formatNumber(h.localI, 2), p: formatNumber(h.pValue, 3) })} · ${t('priority.reach', {
          residents: h.residents === null ? '—' : formatNumber(h.residents, 0), young: h.youngResidents === null ? '—' : formatNumber(h.youngResidents, 0) })}` }));
        item.dataset.code = h.code;
        return item;
      }))
      : el('p', { className: 'muted', textContent: t('priority.noHotSpots') });
    return el('div', { className: `priority-level priority-${level}` },
      el('h3', { textContent: `${t(`priority.${LEVELS[level].key}`)} (${t('priority.scored', { scored: part.scored, areas: part.areas })})` }),
      el('h4', { textContent: t(`priority.top.${result.lens}`, { k: result.k }) }), top,
      el('h4', { textContent: t('priority.hotSpots') }), hot,
      ...levelNotes(part, level, result).map((n) => el('p', { className: 'legend-note', textContent: n })));
  };
  container.replaceChildren(
    el('h2', { id: 'priority-heading', textContent: t('priority.heading') }),
    ...(onQuery ? [lensControls(result, onQuery)] : []),
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
