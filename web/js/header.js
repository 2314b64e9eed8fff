// The header every page shares: title, views, who is signed in (with logout and, for programme
// managers, the audit trail), the language switch and — on the map pages — the search box. On a
// phone the links fold into a menu button. Pages mount it into <header id="app-header">.

import { ApiProblem, fetchSession } from './api.js';
import { el } from './dom.js';
import { getLang, onLangChange, setLang, t, translateDocument } from './i18n.js';

const VIEWS = [
  { id: 'programme', href: '/', key: 'nav.programme' },
  { id: 'analyst', href: '/?view=analyse', key: 'nav.analyst' },
  { id: 'monitor', href: '/monitor', key: 'nav.monitor' },
];

const ANONYMOUS = { authenticated: false, username: null, role: null, gemeente: null, demoMode: false, demoUsers: [] };

/**
 * Builds the header in #app-header. options: active (view id), subtitleKey, search (adds the search form).
 * Resolves to the session, which pages use to hide what the role cannot do.
 */
export async function mountHeader({ active = null, subtitleKey = null, search = false } = {}) {
  const header = document.getElementById('app-header');
  const session = await fetchSession().catch((error) => {
    if (!(error instanceof ApiProblem)) throw error;
    return ANONYMOUS;
  });
  const menuId = 'header-menu';
  const toggle = el('button', { type: 'button', className: 'menu-toggle', id: 'menu-toggle',
    attrs: { 'aria-expanded': 'false', 'aria-controls': menuId, 'data-i18n': 'nav.menu' } });
  const menu = el('div', { className: 'header-menu', id: menuId },
    el('nav', { className: 'views', attrs: { 'data-i18n-aria-label': 'nav.label' } },
      ...VIEWS.map((v) => el('a', { id: `nav-${v.id}`, href: v.href, className: v.id === active ? 'active' : '',
        attrs: { 'data-i18n': v.key, 'aria-current': v.id === active ? 'page' : null } })),
      session.role === 'PROGRAMME_MANAGER'
        ? el('a', { id: 'nav-audit', href: '/audit', className: active === 'audit' ? 'active' : '',
          attrs: { 'data-i18n': 'nav.audit', 'aria-current': active === 'audit' ? 'page' : null } })
        : null),
    search ? searchForm() : null,
    sessionBlock(session),
    el('button', { type: 'button', id: 'lang-toggle', className: 'lang-toggle',
      attrs: { 'data-i18n': 'lang.toggle', 'data-i18n-aria-label': 'lang.toggle.label', lang: getLang() === 'nl' ? 'en' : 'nl' } }));
  // a page may carry the brand in its markup, so the title shows at once: it is kept, not drawn again
  const brand = header.querySelector('.brand') ?? el('div', { className: 'brand' },
    el('p', { className: 'app-title' }, el('a', { href: '/', attrs: { 'data-i18n': 'app.title' } })),
    el('p', { className: 'subtitle', id: 'subtitle' }));
  brand.querySelector('.subtitle').dataset.i18n = subtitleKey ?? 'app.subtitle';
  for (const child of [...header.children]) if (child !== brand) child.remove(); // the brand stays put (not re-inserted)
  header.prepend(brand);
  header.append(toggle, menu);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  });
  header.querySelector('#lang-toggle').addEventListener('click', () => setLang(getLang() === 'nl' ? 'en' : 'nl'));
  onLangChange(() => { translateDocument(); relabel(header, session); });
  translateDocument();
  relabel(header, session);
  document.body.dataset.role = session.role ?? 'anonymous';
  // every "log in" link on the page brings the visitor back here afterwards
  const back = `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
  document.querySelectorAll('a.login-link[href="/login"]').forEach((a) => { a.href = back; });
  return session;
}

function searchForm() {
  return el('form', { className: 'search', id: 'search-form', attrs: { role: 'search' } },
    el('label', { htmlFor: 'search-input', className: 'visually-hidden', attrs: { 'data-i18n': 'search.label' } }),
    el('input', { id: 'search-input', type: 'search', autocomplete: 'off',
      attrs: { 'aria-controls': 'search-results', minlength: 2, 'aria-autocomplete': 'list' } }),
    el('ul', { id: 'search-results', className: 'search-results', hidden: true }));
}

function sessionBlock(session) {
  const block = el('div', { className: 'session', id: 'session' });
  if (!session.authenticated) {
    const back = encodeURIComponent(window.location.pathname + window.location.search);
    block.append(el('a', { id: 'nav-login', href: `/login?next=${back}`, attrs: { 'data-i18n': 'session.login' } }));
    return block;
  }
  const logout = el('form', { method: 'post', action: '/logout', className: 'logout' },
    el('input', { type: 'hidden', name: session.csrf?.parameterName ?? '_csrf', value: session.csrf?.token ?? '' }),
    el('button', { type: 'submit', id: 'logout', className: 'link-button', attrs: { 'data-i18n': 'session.logout' } }));
  block.append(el('span', { id: 'session-user', className: 'session-user' }), logout);
  return block;
}

function relabel(header, session) {
  translateDocument(header);
  header.querySelector('#lang-toggle').setAttribute('lang', getLang() === 'nl' ? 'en' : 'nl');
  header.querySelector('#lang-toggle').setAttribute('aria-pressed', String(getLang() === 'en'));
  const user = header.querySelector('#session-user');
  if (user) {
    const role = t(`role.${session.role}`);
    const roleText = session.gemeenteName ? `${role}, ${session.gemeenteName}` : role;
    // the user name is an identifier, not a word to translate; the role folds away where the header is narrow
    user.replaceChildren(el('span', { className: 'session-label', textContent: `${t('session.signedIn')} ` }),
      el('span', { textContent: session.username, attrs: { translate: 'no' } }),
      el('span', { className: 'session-role', textContent: ` (${roleText})` }));
  }
  const input = header.querySelector('#search-input');
  if (input) input.placeholder = t('search.placeholder');
}
