// Every UI string, in Dutch (default) and English. Indicator labels and units
// come from the catalogue (labelNl/labelEn, unitNl/unit) rather than from here.

const STRINGS = {
  nl: {
    'app.title': 'Preventie met Gezag — gebiedsplanner',
    'app.subtitle': 'Kaart per gemeente',
    'lang.toggle': 'English',
    'lang.toggle.label': 'Switch to English',
    'controls.heading': 'Kaartinstellingen',
    'controls.indicator': 'Indicator',
    'map.label': 'Kaart van Nederland per gemeente',
    'map.attribution': 'Bron: CBS, Politie via CBS, PDOK — CC BY 4.0',
    'status.loading': 'Kaart laden…',
    'status.loadingIndicator': 'Indicator laden…',
    'error.prefix': 'Er ging iets mis',
    'error.network': 'De server is niet bereikbaar.',
    'info.hint': 'Wijs een gemeente aan',
    'legend.heading': 'Legenda',
    'legend.unit': 'Eenheid',
    'legend.source': 'Bron',
    'legend.year': 'Jaar',
    'legend.method': 'Kwantielen: elke klasse bevat ongeveer evenveel gemeenten.',
    'legend.direction.higher_is_riskier': 'Hogere waarde = meer risico; donkerder = meer risico.',
    'legend.direction.lower_is_riskier': 'Lagere waarde = meer risico: de kleurvolgorde is omgedraaid, zodat donkerder nog steeds meer risico betekent.',
    'legend.direction.neutral': 'Geen risicorichting: donkerder = hogere waarde.',
    'legend.count': '{n} gemeenten',
    'legend.noData': 'Geen gegevens',
    'legend.noDataExplained': 'geheimgehouden (te kleine aantallen) of ontbrekend',
    'legend.programme': 'Preventie met Gezag',
    'legend.noValues': 'Geen waarden voor deze indicator op gemeenteniveau.',
    'tranche.start': 'Start 2022',
    'tranche.expansion-nplv': 'Uitbreiding NPLV 2023',
    'tranche.expansion-data': 'Uitbreiding op basis van data 2023',
    'tranche.none': 'Geen deelname',
    'status.observed': 'waargenomen',
    'status.derived': 'afgeleid',
    'status.suppressed': 'geheimgehouden',
    'status.missing': 'ontbreekt',
    'status.imputed': 'geschat (geïmputeerd)',
    'popup.code': 'Code',
    'popup.value': 'Waarde',
    'popup.status': 'Status',
    'popup.programme': 'PmG-tranche',
    'popup.approximate': 'Grens bij benadering',
  },
  en: {
    'app.title': 'Preventie met Gezag — area planner',
    'app.subtitle': 'Map by municipality',
    'lang.toggle': 'Nederlands',
    'lang.toggle.label': 'Schakel naar Nederlands',
    'controls.heading': 'Map settings',
    'controls.indicator': 'Indicator',
    'map.label': 'Map of the Netherlands by municipality',
    'map.attribution': 'Source: CBS, Police via CBS, PDOK — CC BY 4.0',
    'status.loading': 'Loading map…',
    'status.loadingIndicator': 'Loading indicator…',
    'error.prefix': 'Something went wrong',
    'error.network': 'The server cannot be reached.',
    'info.hint': 'Hover over a municipality',
    'legend.heading': 'Legend',
    'legend.unit': 'Unit',
    'legend.source': 'Source',
    'legend.year': 'Year',
    'legend.method': 'Quantiles: each class holds about the same number of municipalities.',
    'legend.direction.higher_is_riskier': 'Higher value = more risk; darker = more risk.',
    'legend.direction.lower_is_riskier': 'Lower value = more risk: the colour order is reversed so darker still means more risk.',
    'legend.direction.neutral': 'No risk direction: darker = higher value.',
    'legend.count': '{n} municipalities',
    'legend.noData': 'No data',
    'legend.noDataExplained': 'suppressed (small numbers) or missing',
    'legend.programme': 'Preventie met Gezag',
    'legend.noValues': 'No values for this indicator at municipality level.',
    'tranche.start': 'Start 2022',
    'tranche.expansion-nplv': 'NPLV expansion 2023',
    'tranche.expansion-data': 'Data-based expansion 2023',
    'tranche.none': 'Not taking part',
    'status.observed': 'observed',
    'status.derived': 'derived',
    'status.suppressed': 'suppressed',
    'status.missing': 'missing',
    'status.imputed': 'estimated (imputed)',
    'popup.code': 'Code',
    'popup.value': 'Value',
    'popup.status': 'Status',
    'popup.programme': 'PmG tranche',
    'popup.approximate': 'Approximate boundary',
  },
};

const LOCALES = { nl: 'nl-NL', en: 'en-GB' };

let lang = 'nl';
const listeners = [];

export function getLang() {
  return lang;
}

export function setLang(next) {
  if (!STRINGS[next] || next === lang) return;
  lang = next;
  document.documentElement.lang = next;
  listeners.forEach((fn) => fn(lang));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/** The string for key in the current language; {name} placeholders are filled from params. */
export function t(key, params = {}) {
  const template = STRINGS[lang][key] ?? STRINGS.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

export function indicatorLabel(indicator) {
  return lang === 'nl' ? indicator.labelNl : indicator.labelEn ?? indicator.labelNl;
}

export function indicatorUnit(indicator) {
  return lang === 'nl' ? indicator.unitNl ?? indicator.unit : indicator.unit;
}

/** Decimals worth showing for numbers of this size: none from 100 up, two below 1. */
export function decimalsFor(magnitude) {
  const abs = Math.abs(magnitude);
  return abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
}

/**
 * Locale-aware number. Without fixedDecimals trailing zeros are dropped; with them
 * every number gets exactly that many, so the ranges in a legend line up.
 */
export function formatNumber(value, fixedDecimals) {
  const options = fixedDecimals === undefined
    ? { maximumFractionDigits: decimalsFor(value) }
    : { minimumFractionDigits: fixedDecimals, maximumFractionDigits: fixedDecimals };
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

/** Fills every element carrying data-i18n (text) or data-i18n-aria-label (aria-label). */
export function translateDocument(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  });
}
