// Every UI string, in Dutch (default) and English. Indicator labels and units
// come from the catalogue (labelNl/labelEn, unitNl/unit) rather than from here.

const STRINGS = {
  nl: {
    'app.title': 'Preventie met Gezag — gebiedsplanner',
    'lang.toggle': 'English',
    'lang.toggle.label': 'Switch to English',
    'controls.heading': 'Kaartinstellingen',
    'controls.indicator': 'Indicator',
    'map.attribution': 'Bron: CBS, Politie via CBS, PDOK — CC BY 4.0',
    'status.loading': 'Kaart laden…',
    'status.loadingIndicator': 'Indicator laden…',
    'error.prefix': 'Er ging iets mis',
    'error.network': 'De server is niet bereikbaar.',
    'legend.heading': 'Legenda',
    'legend.unit': 'Eenheid',
    'legend.source': 'Bron',
    'legend.year': 'Jaar',
    'legend.direction.higher_is_riskier': 'Hogere waarde = meer risico; donkerder = meer risico.',
    'legend.direction.lower_is_riskier': 'Lagere waarde = meer risico: de kleurvolgorde is omgedraaid, zodat donkerder nog steeds meer risico betekent.',
    'legend.direction.neutral': 'Geen risicorichting: donkerder = hogere waarde.',
    'legend.count': '{n} gemeenten',
    'legend.noData': 'Geen gegevens',
    'legend.noDataExplained': 'geheimgehouden (te kleine aantallen) of ontbrekend',
    'legend.programme': 'Preventie met Gezag',
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
    'app.subtitle': "Programmaoverzicht",
    'map.label': "Kaart van Nederland",
    'info.hint': "Wijs een gebied aan",
    'legend.method.quantile': "Kwantielen: elke klasse bevat ongeveer evenveel {level}.",
    'legend.method.equal': "Gelijke intervallen: elke klasse is even breed.",
    'legend.method.jenks': "Natuurlijke grenzen (Jenks/ckmeans): klassen zo homogeen mogelijk.",
    'legend.method.custom': "Eigen klassengrenzen.",
    'legend.histogram': "Verdeling van de waarden (histogram), gekleurd per klasse",
    'legend.approximate': "Buurtgrenzen zijn bij benadering (een reconstructie), niet de officiële grenzen.",
    'legend.noValues': "Geen waarden voor deze indicator op dit niveau.",
    'level.plural.gemeente': "gemeenten",
    'level.plural.wijk': "wijken",
    'level.plural.buurt': "buurten",
    'level.gemeente': "Gemeente",
    'level.wijk': "Wijk",
    'level.buurt': "Buurt",
    'level.auto': "Automatisch (op zoomniveau)",
    'controls.level': "Niveau",
    'controls.method': "Klassenindeling",
    'controls.breaks': "Eigen grenzen (bijv. 20; 50; 80)",
    'controls.apply': "Toepassen",
    'method.quantile': "Kwantielen",
    'method.equal': "Gelijke intervallen",
    'method.jenks': "Natuurlijke grenzen (Jenks)",
    'method.custom': "Eigen grenzen",
    'nav.programme': "Programma",
    'nav.analyst': "Analyse",
    'nav.label': "Weergaven",
    'search.label': "Zoek gemeente, wijk of buurt",
    'search.placeholder': "Naam of code, bijv. Venlo",
    'search.none': "Niets gevonden",
    'search.open': "gemeentepagina",
    'export.heading': "Exporteren (huidige weergave)",
    'export.png': "PNG-afbeelding",
    'permalink': "Permalink naar deze weergave",
    'gemeente.subtitle': "Gemeentepagina",
    'gemeente.back': "← Programmaoverzicht",
    'gemeente.print': "Afdrukken",
    'gemeente.programme': "Preventie met Gezag",
    'gemeente.notInProgramme': "Neemt (nog) niet deel aan Preventie met Gezag.",
    'gemeente.since': "deelnemer sinds {year}",
    'gemeente.basis': "Grondslag",
    'benchmark.heading': "Vergelijking",
    'benchmark.indicator': "Indicator",
    'benchmark.value': "Gemeente",
    'benchmark.national': "NL",
    'benchmark.province': "Provincie",
    'benchmark.similarSize': "Verg. omvang",
    'benchmark.rank': "Rang",
    'benchmark.note': "Medianen van gemeenten: NL (342), de provincie {province} ({provinceMembers}) en de 20 gemeenten met het meest vergelijkbare inwonertal ({min}–{max} inwoners). Rang 1 = meeste risico.",
    'analyst.subtitle': "Analyse: twee indicatoren naast elkaar",
    'analyst.left': "Linkerkaart",
    'analyst.right': "Rechterkaart",
    'analyst.bivariate': "Bivariate kaart (3×3) links",
    'analyst.bivariateLegend': "Bivariaat: {a} × {b} (tertielen)",
    'analyst.scatter': "Spreidingsdiagram",
    'analyst.scatterNote': "Wijs een punt aan om het gebied op de kaart te markeren; r = {r}",
    'analyst.correlation': "Correlatiematrix (Pearson, gemeenten)",
    'analyst.correlationNote': "Paarsgewijs over gemeenten met beide waarden. Blauw = positief, rood = negatief.",
  },
  en: {
    'app.title': 'Preventie met Gezag — area planner',
    'lang.toggle': 'Nederlands',
    'lang.toggle.label': 'Schakel naar Nederlands',
    'controls.heading': 'Map settings',
    'controls.indicator': 'Indicator',
    'map.attribution': 'Source: CBS, Police via CBS, PDOK — CC BY 4.0',
    'status.loading': 'Loading map…',
    'status.loadingIndicator': 'Loading indicator…',
    'error.prefix': 'Something went wrong',
    'error.network': 'The server cannot be reached.',
    'legend.heading': 'Legend',
    'legend.unit': 'Unit',
    'legend.source': 'Source',
    'legend.year': 'Year',
    'legend.direction.higher_is_riskier': 'Higher value = more risk; darker = more risk.',
    'legend.direction.lower_is_riskier': 'Lower value = more risk: the colour order is reversed so darker still means more risk.',
    'legend.direction.neutral': 'No risk direction: darker = higher value.',
    'legend.count': '{n} municipalities',
    'legend.noData': 'No data',
    'legend.noDataExplained': 'suppressed (small numbers) or missing',
    'legend.programme': 'Preventie met Gezag',
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
    'app.subtitle': "Programme overview",
    'map.label': "Map of the Netherlands",
    'info.hint': "Hover over an area",
    'legend.method.quantile': "Quantiles: each class holds about the same number of {level}.",
    'legend.method.equal': "Equal intervals: every class is equally wide.",
    'legend.method.jenks': "Natural breaks (Jenks/ckmeans): classes as homogeneous as possible.",
    'legend.method.custom': "Custom class breaks.",
    'legend.histogram': "Distribution of the values (histogram), coloured by class",
    'legend.approximate': "Buurt boundaries are approximate (a reconstruction), not the official boundaries.",
    'legend.noValues': "No values for this indicator at this level.",
    'level.plural.gemeente': "municipalities",
    'level.plural.wijk': "districts",
    'level.plural.buurt': "neighbourhoods",
    'level.gemeente': "Municipality",
    'level.wijk': "District (wijk)",
    'level.buurt': "Neighbourhood (buurt)",
    'level.auto': "Automatic (by zoom)",
    'controls.level': "Level",
    'controls.method': "Classification",
    'controls.breaks': "Custom breaks (e.g. 20; 50; 80)",
    'controls.apply': "Apply",
    'method.quantile': "Quantiles",
    'method.equal': "Equal intervals",
    'method.jenks': "Natural breaks (Jenks)",
    'method.custom': "Custom breaks",
    'nav.programme': "Programme",
    'nav.analyst': "Analysis",
    'nav.label': "Views",
    'search.label': "Find a municipality, district or neighbourhood",
    'search.placeholder': "Name or code, e.g. Venlo",
    'search.none': "Nothing found",
    'search.open': "municipality page",
    'export.heading': "Export (current view)",
    'export.png': "PNG image",
    'permalink': "Permalink to this view",
    'gemeente.subtitle': "Municipality page",
    'gemeente.back': "← Programme overview",
    'gemeente.print': "Print",
    'gemeente.programme': "Preventie met Gezag",
    'gemeente.notInProgramme': "Not (yet) taking part in Preventie met Gezag.",
    'gemeente.since': "taking part since {year}",
    'gemeente.basis': "Basis",
    'benchmark.heading': "Benchmark",
    'benchmark.indicator': "Indicator",
    'benchmark.value': "Municipality",
    'benchmark.national': "NL",
    'benchmark.province': "Province",
    'benchmark.similarSize': "Similar size",
    'benchmark.rank': "Rank",
    'benchmark.note': "Medians of municipalities: NL (342), the province {province} ({provinceMembers}) and the 20 municipalities closest in population ({min}–{max} inhabitants). Rank 1 = most risk.",
    'analyst.subtitle': "Analysis: two indicators side by side",
    'analyst.left': "Left map",
    'analyst.right': "Right map",
    'analyst.bivariate': "Bivariate map (3×3) on the left",
    'analyst.bivariateLegend': "Bivariate: {a} × {b} (tertiles)",
    'analyst.scatter': "Scatter plot",
    'analyst.scatterNote': "Hover over a dot to mark the area on the map; r = {r}",
    'analyst.correlation': "Correlation matrix (Pearson, municipalities)",
    'analyst.correlationNote': "Pairwise over municipalities with both values. Blue = positive, red = negative.",
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
