// Shared by FOI Flow's own pages (figures, statistics, mail). Data comes from requests, people
// and SMTP: it is only ever inserted with textContent, never parsed as HTML.
'use strict';

/** The Camunda session's CSRF token, as FOI Flow's /api hands it out; needed to POST. */
let csrfToken = '';

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
    // Requesters have Tasklist only; the login is shared by all the Camunda webapps. Tasklist
    // cannot send them back here, so the login opens beside this page, which then carries on.
    status.textContent = 'You are logged out. Please log in to Tasklist (it opens in a new tab); this page carries on by itself once you have: ';
    const link = document.createElement('a');
    link.href = '/camunda/app/tasklist/';
    link.target = '_blank';
    link.rel = 'noopener';
    link.id = 'log-in';
    link.textContent = 'log in';
    status.appendChild(link);
    waitForLogin(url);
    return null;
  }
  if (!response.ok) {
    let message = await response.text();
    try {
      const body = JSON.parse(message);
      message = body.error || body.detail || message;
    } catch (notJson) { /* show the text as it is */ }
    status.textContent = 'Could not load (' + response.status + '): ' + message;
    return null;
  }
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  return response.json();
}

/**
 * POSTs to url on the login's session, with the CSRF token of the last fetchJson. True when it
 * went through, else false after telling the user why not: refusals[status] when given (the
 * API's own words are only the status's name). body, when given, goes as JSON.
 */
async function postJson(url, refusals = {}, body = undefined) {
  const status = document.getElementById('status');
  try {
    const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) {
      return true;
    }
    let message = await response.text();
    try {
      const body = JSON.parse(message);
      message = body.error || body.detail || message;
    } catch (notJson) { /* show the text as it is */ }
    status.textContent = 'Could not do it (' + response.status + '): ' + (refusals[response.status] || message);
  } catch (e) {
    status.textContent = 'FOI Flow is not reachable: ' + e.message;
  }
  return false;
}

/** Reloads the page once url answers something other than 401: the user has logged in. */
function waitForLogin(url) {
  const timer = setInterval(async () => {
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.status !== 401) {
        clearInterval(timer);
        window.location.reload();
      }
    } catch (e) { /* not reachable yet: try again */ }
  }, 3000);
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
