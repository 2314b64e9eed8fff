// The search box: areas by name or code from /api/search, as a list of buttons so it works
// with the keyboard (Enter takes the first hit, Tab walks the list, Escape closes it).

import { searchAreas } from './api.js';
import { t } from './i18n.js';

/** onChoose(hit) gets {code, name, level, gemeente, gemeenteName, bbox}. */
export function wireSearch({ form, input, list, onChoose }) {
  let hits = [];
  let timer;
  input.placeholder = t('search.placeholder');

  async function update() {
    const q = input.value.trim();
    if (q.length < 2) {
      list.hidden = true;
      return;
    }
    try {
      hits = await searchAreas(q);
    } catch {
      hits = [];
    }
    if (input.value.trim() !== q) return; // typed on meanwhile
    list.replaceChildren(...(hits.length ? hits.map(item) : [Object.assign(document.createElement('li'), { className: 'search-none', textContent: t('search.none') })]));
    list.hidden = false;
  }

  function item(hit) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-hit';
    button.dataset.code = hit.code;
    const where = hit.level === 'gemeente' ? t('level.gemeente') : `${t(`level.${hit.level}`)}, ${hit.gemeenteName}`;
    button.textContent = `${hit.name} — ${where} (${hit.code})`;
    button.addEventListener('click', () => choose(hit));
    li.append(button);
    return li;
  }

  function choose(hit) {
    list.hidden = true;
    input.value = hit.name;
    onChoose(hit);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    await update();
    if (hits.length) choose(hits[0]);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') list.hidden = true;
  });
  return { refresh: () => { input.placeholder = t('search.placeholder'); } };
}
