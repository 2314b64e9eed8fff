// The page for an unknown address or area (answered with status 404): says which, in the UI language,
// and offers the search box and the way back.

import { el } from './dom.js';
import { mountHeader } from './header.js';
import { onLangChange, t } from './i18n.js';
import { wireSearch } from './search.js';

const path = window.location.pathname;
const area = path.match(/^\/(gemeente|monitor)\/([^/]+)$/)?.[2] ?? null;

function render() {
  const text = document.getElementById('not-found-text');
  text.replaceChildren(area ? t('notFound.area', { code: decodeURIComponent(area) }) : t('notFound.page'), ' ',
    el('code', { textContent: decodeURIComponent(path) }));
}

async function init() {
  await mountHeader({ subtitleKey: 'notFound.title', search: true });
  wireSearch({
    form: document.getElementById('search-form'), input: document.getElementById('search-input'), list: document.getElementById('search-results'),
    onChoose: (hit) => { window.location.href = `/gemeente/${hit.level === 'gemeente' ? hit.code : `${hit.gemeente}?area=${encodeURIComponent(hit.code)}`}`; },
  });
  render();
  onLangChange(render);
  document.body.dataset.ready = 'true';
}

init();
