// Caps per region in the scenario panel (issue 14, item 6): for each cap family whether it counts the new
// additions or the whole programme, and per-region overrides. Self-contained: it adds its own column to the
// region table and its own override editor, and reads and fills only its own fields of the request.

import { el } from './dom.js';
import { t } from './i18n.js';

export const CAP_FAMILIES = ['perProvince', 'perPoliceUnit', 'perRiec'];
const COUNTS = ['additions', 'programme'];


/**
 * Adds the "counts" column to the region table and an override editor below it.
 * table: the region-bounds table (rows carry inputs sc-<family>-min/max); regions: /api/selections/regions.
 */
export function buildCapControls(table, regions) {
  const headRow = table.querySelector('thead tr');
  headRow.append(el('th', { scope: 'col', className: 'caps-counts-head' }));
  for (const family of CAP_FAMILIES) {
    const row = document.getElementById(`sc-${family}-min`).closest('tr');
    const select = el('select', { id: `sc-${family}-counts`, className: 'caps-counts' },
      ...COUNTS.map((c) => el('option', { value: c })));
    row.append(el('td', {}, select));
  }
  const small = el('select', { id: 'sc-small-counts', className: 'caps-counts' }, ...COUNTS.map((c) => el('option', { value: c })));
  document.getElementById('sc-min-small').after(small);
  const list = el('ul', { id: 'sc-cap-overrides', className: 'cap-overrides' });
  const family = el('select', { id: 'sc-override-family' }, ...CAP_FAMILIES.map((f) => el('option', { value: f })));
  const region = el('select', { id: 'sc-override-region' });
  const fillRegions = () => region.replaceChildren(...(regions[family.value] ?? [])
    .map((r) => el('option', { value: r.id, textContent: r.name })));
  family.addEventListener('change', fillRegions);
  fillRegions();
  const min = el('input', { type: 'number', id: 'sc-override-min', min: 0, step: 1 });
  const max = el('input', { type: 'number', id: 'sc-override-max', min: 0, step: 1 });
  const add = el('button', { type: 'button', id: 'sc-override-add' });
  add.addEventListener('click', () => {
    if (min.value === '' && max.value === '') return;
    addOverride(list, regions, family.value, region.value, min.value === '' ? null : Number(min.value),
      max.value === '' ? null : Number(max.value));
    min.value = max.value = '';
  });
  const editor = el('fieldset', { id: 'sc-overrides', className: 'field cap-override-editor' },
    el('legend', { className: 'caps-overrides-legend' }),
    el('label', { htmlFor: 'sc-override-family', className: 'caps-family-label' }), family,
    el('label', { htmlFor: 'sc-override-region', className: 'caps-region-label' }), region,
    el('label', { htmlFor: 'sc-override-min', className: 'caps-min-label' }), min,
    el('label', { htmlFor: 'sc-override-max', className: 'caps-max-label' }), max, add, list);
  table.after(editor);
  const caps = { table, editor, list, regions };
  labelCaps(caps);
  return caps;
}

function addOverride(list, regions, family, region, min, max) {
  list.querySelector(`li[data-family="${family}"][data-region="${CSS.escape(region)}"]`)?.remove();
  const name = (regions[family] ?? []).find((r) => r.id === region)?.name ?? region;
  const remove = el('button', { type: 'button', className: 'link-button cap-override-remove' });
  const item = el('li', { className: 'cap-override' }, el('span', { className: 'cap-override-text' }), ' ', remove);
  Object.assign(item.dataset, { family, region, name, min: min ?? '', max: max ?? '' });
  remove.addEventListener('click', () => item.remove());
  list.append(item);
  labelOverride(item);
}

function labelOverride(item) {
  const { family, name, min, max } = item.dataset;
  item.querySelector('.cap-override-text').textContent = t('caps.overrideLine', {
    family: t(`region.${family}`), name, min: min === '' ? '—' : min, max: max === '' ? '—' : max,
  });
  const remove = item.querySelector('.cap-override-remove');
  remove.textContent = t('caps.remove');
  remove.setAttribute('aria-label', t('caps.removeLabel', { name }));
}

/** (Re)labels the controls in the current language. */
export function labelCaps(caps) {
  caps.table.querySelector('.caps-counts-head').textContent = t('caps.counts');
  for (const family of [...CAP_FAMILIES, 'small']) {
    const select = document.getElementById(`sc-${family}-counts`);
    select.setAttribute('aria-label', t('caps.countsLabel', { region: t(family === 'small' ? 'scenario.minSmall' : `region.${family}`) }));
    for (const option of select.options) option.textContent = t(`caps.${option.value}`);
  }
  for (const option of document.getElementById('sc-override-family').options) option.textContent = t(`region.${option.value}`);
  const e = caps.editor;
  e.querySelector('.caps-overrides-legend').textContent = t('caps.overrides');
  e.querySelector('.caps-family-label').textContent = t('caps.family');
  e.querySelector('.caps-region-label').textContent = t('caps.region');
  e.querySelector('.caps-min-label').textContent = t('scenario.min');
  e.querySelector('.caps-max-label').textContent = t('scenario.max');
  document.getElementById('sc-override-add').textContent = t('caps.addOverride');
  caps.list.querySelectorAll('li.cap-override').forEach(labelOverride);
}

/** Adds counts and overrides to the request's constraints (which already hold min/max per family). */
export function readCaps(caps, constraints) {
  for (const family of CAP_FAMILIES) {
    const overrides = {};
    caps.list.querySelectorAll(`li.cap-override[data-family="${family}"]`).forEach((li) => {
      overrides[li.dataset.region] = {
        min: li.dataset.min === '' ? null : Number(li.dataset.min),
        max: li.dataset.max === '' ? null : Number(li.dataset.max),
      };
    });
    const hasOverrides = Object.keys(overrides).length > 0;
    if (!constraints[family] && !hasOverrides) continue;
    constraints[family] = { ...(constraints[family] ?? { min: null, max: null }),
      counts: document.getElementById(`sc-${family}-counts`).value };
    if (hasOverrides) constraints[family].overrides = overrides;
  }
  if (constraints.smallMunicipalities) {
    constraints.smallMunicipalities.counts = document.getElementById('sc-small-counts').value;
  }
}

/** Puts a saved request's counts and overrides back (a family without "counts" counted the programme). */
export function fillCaps(caps, constraints = {}) {
  caps.list.replaceChildren();
  for (const family of CAP_FAMILIES) {
    const c = constraints[family];
    document.getElementById(`sc-${family}-counts`).value = c ? c.counts ?? 'programme' : 'additions';
    for (const [region, bound] of Object.entries(c?.overrides ?? {})) {
      addOverride(caps.list, caps.regions, family, region, bound.min ?? null, bound.max ?? null);
    }
  }
  const small = constraints.smallMunicipalities;
  document.getElementById('sc-small-counts').value = small ? small.counts ?? 'programme' : 'additions';
}
