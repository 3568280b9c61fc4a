// Shared by the mail pages: fetch JSON from /api/mail/..., render rows with textContent only
// (subjects and bodies come from requests and SMTP: never parse them as HTML).
'use strict';

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  row.appendChild(td);
  return td;
}

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
  const status = document.getElementById('status');
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (e) {
    status.textContent = 'FOI Flow is not reachable: ' + e.message;
    return;
  }
  if (response.status === 401) {
    status.textContent = 'Please log in to Cockpit first, then reload this page: ';
    const link = document.createElement('a');
    link.href = '/camunda/app/cockpit/';
    link.textContent = 'open Cockpit';
    status.appendChild(link);
    return;
  }
  if (!response.ok) {
    const text = await response.text();
    status.textContent = 'Could not load (' + response.status + '): ' + text;
    return;
  }
  const rows = await response.json();
  status.textContent = rows.length === 0 ? 'Nothing yet.' : rows.length + ' email(s), newest first.';
  const body = document.querySelector('tbody');
  body.replaceChildren();
  for (const item of rows) {
    const row = document.createElement('tr');
    render(row, item);
    body.appendChild(row);
  }
}
