// The two pathways in the scenario panel (issue 15): places reserved for severity (highest current need) and
// for prevention (early signals), the pathway each selected area came in by and why, and the pathway in the
// comparison of two scenarios. Self-contained: its own fieldset, its own fields of the request.

import { el } from './dom.js';
import { formatNumber, t } from './i18n.js';


const WAYS = ['severity', 'prevention'];

/** Adds the pathway fieldset to the end of the constraints section. */
export function buildPathwayControls(container) {
  const rows = WAYS.map((w) => el('div', { className: 'field' },
    el('label', { htmlFor: `sc-pathway-${w}`, className: `pathway-label-${w}` }),
    el('input', { type: 'number', id: `sc-pathway-${w}`, min: 0, step: 1 })));
  const fieldset = el('fieldset', { id: 'sc-pathways', className: 'field pathways' },
    el('legend', { className: 'pathways-legend' }), el('p', { className: 'legend-note pathways-note' }), ...rows);
  container.append(fieldset);
  labelPathways(fieldset);
  return fieldset;
}

export function labelPathways(fieldset) {
  fieldset.querySelector('.pathways-legend').textContent = t('pathways.legend');
  fieldset.querySelector('.pathways-note').textContent = t('pathways.note');
  for (const w of WAYS) fieldset.querySelector(`.pathway-label-${w}`).textContent = t(`pathways.${w}`);
}

/** Adds {pathways: {severity, prevention}} when either has places. */
export function readPathways(constraints) {
  const value = (w) => {
    const v = document.getElementById(`sc-pathway-${w}`).value.trim();
    return v === '' ? 0 : Number(v);
  };
  const [severity, prevention] = WAYS.map(value);
  if (severity > 0 || prevention > 0) constraints.pathways = { severity, prevention };
}

export function fillPathways(constraints = {}) {
  for (const w of WAYS) {
    const v = constraints.pathways?.[w];
    document.getElementById(`sc-pathway-${w}`).value = v ? String(v) : '';
  }
}

/** Which pathway an area came in by and on what figures, for its explanation card. */
export function pathwayLine(s) {
  const way = s.pathway ?? 'severity';
  const b = s.pathwayBasis;
  const signals = Object.entries(b?.signals ?? {})
    .map(([id, v]) => t(`pathway.signal.${id}`, { v: v === null || v === undefined ? '—' : formatNumber(v, 1) }))
    .join('; ');
  const text = b ? t(`pathway.why.${way}`, { score: formatNumber(b.score, 1), rank: b.rank, of: b.of, signals })
    : t(`pathway.${way}`);
  const p = el('p', { className: `pathway pathway-${way}`, textContent: text });
  p.dataset.pathway = way;
  return p;
}

/** The short pathway badge of an area. */
export function pathwayBadge(way) {
  const badge = el('span', { className: `badge pathway-badge pathway-${way ?? 'severity'}`, textContent: t(`pathway.${way ?? 'severity'}`) });
  badge.dataset.pathway = way ?? 'severity';
  return badge;
}

/** Places reserved and taken per pathway, or null when the selection reserved none. */
export function pathwaySummary(result) {
  const w = result.pathways;
  if (!w) return null;
  return el('p', { id: 'sc-pathway-summary', className: 'legend-note', textContent: t('pathway.summary', {
    severity: w.severitySelected, sr: w.severityReserved, prevention: w.preventionSelected, pr: w.preventionReserved,
  }) });
}
