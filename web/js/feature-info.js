// How one area and its indicator value are described to the user, in the hover
// info box and the click popup.

import { hasValue, isUnreliable } from './choropleth.js';
import { formatNumber, indicatorLabel, indicatorUnit, t } from './i18n.js';

/** "86,9 per 1.000 inwoners", or the no-data label with its status. */
export function valueText(properties, indicator) {
  const value = properties[indicator.id];
  const status = properties[`${indicator.id}_status`];
  if (!hasValue(value, status)) return `${t('legend.noData')} (${t(`status.${status ?? 'missing'}`)})`;
  const unit = indicatorUnit(indicator);
  const text = unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  return isUnreliable(value, status) ? `${text} (${t('status.unreliable')})` : text;
}

export function popupContent(properties, indicator) {
  const root = document.createElement('div');
  root.className = 'area-popup';
  const title = document.createElement('h3');
  title.textContent = properties.name;
  const list = document.createElement('dl');
  const status = properties[`${indicator.id}_status`] ?? 'missing';
  const tranche = properties.programmeTranche;
  const rows = [
    [t('popup.code'), properties.code],
    [indicatorLabel(indicator), valueText(properties, indicator)],
    [t('popup.status'), t(`status.${status}`)],
    [t('popup.programme'), tranche ? t(`tranche.${tranche}`) : t('tranche.none')],
  ];
  if (properties.approximateBoundary) rows.push([t('popup.approximate'), '✓']);
  for (const [term, description] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = description;
    list.append(dt, dd);
  }
  root.append(title, list);
  return root;
}
