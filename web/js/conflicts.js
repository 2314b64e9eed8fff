// Infeasibility in the user's language (issue 14, item 6): each conflict of a selection-infeasible problem has a
// stable code and parameters (region names for people); the wording per language lives in i18n.js.

import { t } from './i18n.js';

/** One sentence per conflict, in the current language; the server's English detail when a code is unknown. */
export function conflictLines(conflicts) {
  return (conflicts ?? []).map((c) => {
    const params = { ...(c.params ?? {}) };
    if (params.family) {
      const label = t(`region.${params.family}`);
      params.family = label.charAt(0).toLowerCase() + label.slice(1);
    }
    if (params.counts) params.counts = t(`caps.${params.counts}`);
    const key = `conflict.${c.code}`;
    const text = t(key, params);
    return text === key ? c.detail : text;
  });
}
