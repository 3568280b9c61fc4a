// Shared by FOI Flow's own pages (figures, statistics, mail). Data comes from requests, people
// and SMTP: it is only ever inserted with textContent, never parsed as HTML.
'use strict';

/** The JSON at url, or null after telling the user why not (e.g. not logged in). */
async function fetchJson(url) {
  const status = document.getElementById('status');
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (e) {
    status.textContent = 'FOI Flow is not reachable: ' + e.message;
    return null;
  }
  if (response.status === 401) {
    // Requesters have Tasklist only; the login is shared by all the Camunda webapps.
    status.textContent = 'Please log in to Tasklist first, then reload this page: ';
    const link = document.createElement('a');
    link.href = '/camunda/app/tasklist/';
    link.textContent = 'open Tasklist';
    status.appendChild(link);
    return null;
  }
  if (!response.ok) {
    let message = await response.text();
    try {
      message = JSON.parse(message).error || message;
    } catch (notJson) { /* show the text as it is */ }
    status.textContent = 'Could not load (' + response.status + '): ' + message;
    return null;
  }
  return response.json();
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (className) {
    td.className = className;
  }
  row.appendChild(td);
  return td;
}
