// The audit trail page: GET /api/audit (programme managers); a visitor is sent to the login page,
// another role is told it has no access.

import { fetchAudit } from './api.js';
import { el } from './dom.js';
import { mountHeader } from './header.js';
import { LOCALES, getLang, hasText, onLangChange, problemText, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const state = { body: null, error: null };

function render() {
  if (state.error) {
    $('audit-status').textContent = problemText(state.error);
    return;
  }
  const { body } = state;
  $('audit-status').textContent = body.chainIntact ? t('audit.intact') : t('audit.broken');
  const when = new Intl.DateTimeFormat(LOCALES[getLang()], { dateStyle: 'medium', timeStyle: 'medium' });
  $('audit-rows').replaceChildren(...body.events.map((e) => el('tr', {},
    ...[String(e.id), when.format(new Date(e.at)), e.username ?? '—',
      hasText(`audit.action.${e.action}`) ? t(`audit.action.${e.action}`) : e.action, e.target ?? '', e.detail ?? '',
      e.checksum.slice(0, 12)].map((text) => el('td', { textContent: text })))));
}

async function init() {
  const session = await mountHeader({ active: 'audit', subtitleKey: 'audit.title' });
  if (!session.authenticated) {
    window.location.href = `/login?next=${encodeURIComponent('/audit')}`;
    return;
  }
  try {
    state.body = await fetchAudit(500);
  } catch (error) {
    state.error = error;
  }
  render();
  onLangChange(render);
  document.body.dataset.ready = 'true';
}

init();
