// The login page: fills in the CSRF token of the session and where to go afterwards, shows why the
// last attempt failed, and in demo mode lists the demo users (GET /api/session). No inline script, so
// the CSP can forbid it.

import { el } from './dom.js';
import { mountHeader } from './header.js';
import { onLangChange, t } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** Only a path on this site, never another host: "/gemeente/GM0983" yes, "//evil.example" no. */
export function localPath(text) {
  return typeof text === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(text) ? text : '';
}

function showMessage(params) {
  const key = params.has('error') ? 'login.error' : params.has('locked') ? 'login.locked'
    : params.has('logout') ? 'login.loggedOut' : null;
  $('login-message').hidden = !key;
  if (key) $('login-message').textContent = t(key);
  $('login-message').classList.toggle('error', key === 'login.error' || key === 'login.locked');
}

function renderDemoUsers(session) {
  if (!session.demoMode || session.demoUsers.length === 0) return;
  $('demo-user-rows').replaceChildren(...session.demoUsers.map((user) => el('tr', {},
    el('td', { textContent: user.username, attrs: { translate: 'no' } }), el('td', { textContent: user.password, attrs: { translate: 'no' } }),
    el('td', { textContent: user.gemeente ? `${t(`role.${user.role}`)} (${user.gemeenteName ?? user.gemeente})` : t(`role.${user.role}`) }))));
  $('demo-users').hidden = false;
}

async function init() {
  const params = new URLSearchParams(window.location.search);
  const session = await mountHeader({ subtitleKey: 'login.title' });
  if (session.csrf) {
    $('csrf').name = session.csrf.parameterName;
    $('csrf').value = session.csrf.token;
  }
  $('next').value = localPath(params.get('next'));
  showMessage(params);
  renderDemoUsers(session);
  onLangChange(() => { showMessage(params); renderDemoUsers(session); });
  document.body.dataset.ready = 'true';
}

init();
