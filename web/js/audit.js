// The audit trail page: GET /api/audit (programme managers); a visitor is sent to the login page,
// another role is told it has no access.

import { fetchAudit } from './api.js';
import { el } from './dom.js';
import { mountHeader } from './header.js';
import { LOCALES, getLang, hasText, onLangChange, problemText, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const state = { body: null, error: null };

/** The trail's detail in words: "form login", "status 201, /api/scenarios/…", an exception's name. */
function detailText(detail) {
  if (!detail) return '';
  if (detail === 'form login') return t('audit.detail.formLogin');
  const status = detail.match(/^status (\d{3})(.*)$/);
  if (status) return `${t('audit.detail.status', { status: status[1] })}${status[2]}`;
  return hasText(`audit.detail.${detail}`) ? t(`audit.detail.${detail}`) : detail;
}

function render() {
  if (state.error) {
    $('audit-status').textContent = problemText(state.error);
    return;
  }
  const { body } = state;
  $('audit-status').textContent = body.chainIntact ? t('audit.intact') : t('audit.broken');
  const when = new Intl.DateTimeFormat(LOCALES[getLang()], { dateStyle: 'medium', timeStyle: 'medium' });
  // user names, paths and checksums are identifiers, never words to translate (translate="no")
  const cell = (text, identifier = false) => el('td', { textContent: text, attrs: { translate: identifier ? 'no' : null } });
  $('audit-rows').replaceChildren(...body.events.map((e) => el('tr', {},
    cell(String(e.id)), cell(when.format(new Date(e.at))), cell(e.username ?? '—', true),
    cell(hasText(`audit.action.${e.action}`) ? t(`audit.action.${e.action}`) : e.action), cell(e.target ?? '', true),
    cell(detailText(e.detail)), cell(e.checksum.slice(0, 12), true))));
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
