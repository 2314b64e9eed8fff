// The audit trail page: GET /api/audit (programme managers); others are sent to the login page.

async function init() {
  const status = document.getElementById('audit-status');
  const response = await fetch('/api/audit?limit=500', { headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    window.location.href = '/login';
    return;
  }
  if (!response.ok) {
    status.textContent = 'Geen toegang / No access (' + response.status + ')';
    return;
  }
  const body = await response.json();
  status.textContent = body.chainIntact
    ? `Keten intact (${body.eventCount} gebeurtenissen) / chain intact (${body.eventCount} events)`
    : `KETEN GEBROKEN bij gebeurtenis ${body.firstBreak?.seq}: ${body.firstBreak?.reason} / CHAIN BROKEN`;
  const rows = document.getElementById('audit-rows');
  for (const e of body.events) {
    const tr = document.createElement('tr');
    for (const text of [e.id, e.at, e.username ?? '—', e.action, e.target ?? '', e.detail ?? '', e.checksum.slice(0, 12)]) {
      const td = document.createElement('td');
      td.textContent = String(text);
      tr.appendChild(td);
    }
    rows.appendChild(tr);
  }
  document.body.dataset.ready = 'true';
}

init();
