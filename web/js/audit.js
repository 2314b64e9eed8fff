// The audit trail page: GET /api/audit (programme managers); a visitor is sent to the login page,
// another role is told it has no access.

import { fetchAudit } from './api.js';
import { el } from './dom.js';
import { mountHeader } from './header.js';
import { LOCALES, getLang, hasText, onLangChange, problemText, t } from './i18n.js';

const $ = (id) => document.getElementById(id);
const state = { body: null, error: null };

/**
 * The trail's detail in words: "form login", "status 201, /api/scenarios/…", "adopt: a note", an exception's
 * name. Paths and what people wrote (notes) are kept as they are, marked translate="no".
 */
function detailCell(detail) {
  const td = el('td');
  const kept = (text) => el('span', { textContent: text, attrs: { translate: 'no' } });
  if (!detail) return td;
  const status = detail.match(/^status (\d{3})(.*)$/);
  const decision = detail.match(/^(adopt|reject|defer)(?:: (.*))?$/s);
  if (detail === 'form login') td.textContent = t('audit.detail.formLogin');
  else if (status) td.append(t('audit.detail.status', { status: status[1] }), kept(status[2]));
  else if (decision) td.append(t(`decision.${decision[1]}`), decision[2] ? ': ' : '', decision[2] ? kept(decision[2]) : '');
  else if (hasText(`audit.detail.${detail}`)) td.textContent = t(`audit.detail.${detail}`);
  else td.append(kept(detail));
  return td;
}

function render() {
  if (state.error) {
    $('audit-status').textContent = problemText(state.error);
    return;
  }
  const { body } = state;
  $('audit-status').textContent = body.chainIntact
    ? `${t('audit.intact')} ${t('audit.count', { n: body.eventCount })}`
    : `${t('audit.broken')} ${body.firstBreak ? t('audit.firstBreak', { seq: body.firstBreak.seq, reason: body.firstBreak.reason }) : ''}`;
  const when = new Intl.DateTimeFormat(LOCALES[getLang()], { dateStyle: 'medium', timeStyle: 'medium' });
  // user names, paths and checksums are identifiers, never words to translate (translate="no")
  const cell = (text, identifier = false) => el('td', { textContent: text, attrs: { translate: identifier ? 'no' : null } });
  $('audit-rows').replaceChildren(...body.events.map((e) => el('tr', {},
    cell(String(e.id)), cell(when.format(new Date(e.at))), cell(e.username ?? '—', true),
    cell(hasText(`audit.action.${e.action}`) ? t(`audit.action.${e.action}`) : e.action), cell(e.target ?? '', true),
    detailCell(e.detail), cell(e.checksum.slice(0, 12), true))));
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
