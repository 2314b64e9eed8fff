// The login page: fills in the CSRF token of the session, shows why the last attempt failed, and in
// demo mode lists the demo users (GET /api/session). No inline script, so the CSP can forbid it.

const MESSAGES = {
  error: 'Onjuiste gebruikersnaam of wachtwoord. / Wrong user name or password.',
  logout: 'U bent uitgelogd. / You have been logged out.',
  locked: 'Te veel mislukte pogingen voor deze gebruiker of vanaf dit adres; probeer het over enkele minuten opnieuw. / Too many failed attempts; try again in a few minutes.',
};

async function init() {
  const params = new URLSearchParams(window.location.search);
  const message = document.getElementById('login-message');
  for (const key of Object.keys(MESSAGES)) {
    if (params.has(key)) {
      message.textContent = MESSAGES[key];
      message.hidden = false;
    }
  }
  const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const session = await response.json();
  if (session.csrf) {
    const input = document.getElementById('csrf');
    input.name = session.csrf.parameterName;
    input.value = session.csrf.token;
  }
  if (session.demoMode && session.demoUsers.length > 0) {
    const rows = document.getElementById('demo-user-rows');
    for (const user of session.demoUsers) {
      const tr = document.createElement('tr');
      const role = user.gemeente ? `${user.role} (${user.gemeente})` : user.role;
      for (const text of [user.username, user.password, role]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      rows.appendChild(tr);
    }
    document.getElementById('demo-users').hidden = false;
  }
  document.body.dataset.ready = 'true';
}

init();
