// Shared by the mail pages: rows from /api/mail/... (fetched with /js/page.js), rendered with
// textContent only: subjects and bodies come from requests and SMTP, never parse them as HTML.
'use strict';

function details(summaryText, bodyText) {
  const box = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = summaryText;
  const pre = document.createElement('pre');
  pre.textContent = bodyText == null ? '' : bodyText;
  box.append(summary, pre);
  return box;
}

function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

async function loadMail(url, render) {
  const rows = await fetchJson(url);
  if (rows === null) {
    return;
  }
  const status = document.getElementById('status');
  status.textContent = rows.length === 0 ? 'Nothing yet.' : rows.length + ' email(s), newest first.';
  const body = document.querySelector('tbody');
  body.replaceChildren();
  for (const item of rows) {
    const row = document.createElement('tr');
    render(row, item);
    body.appendChild(row);
  }
}
