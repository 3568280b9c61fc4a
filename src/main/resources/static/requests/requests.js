// The list of the signed-in user's requests, /api/requests, and their calendar address.
'use strict';

const PAGE_SIZE = 20;
let firstResult = 0;

function query() {
  const params = new URLSearchParams();
  for (const id of ['status-filter', 'authority', 'regime', 'text']) {
    const value = document.getElementById(id).value.trim();
    if (value) {
      params.set(id === 'status-filter' ? 'status' : id, value);
    }
  }
  params.set('firstResult', firstResult);
  params.set('maxResults', PAGE_SIZE);
  return params;
}

async function load() {
  const status = document.getElementById('status');
  status.textContent = 'Loading…';
  let response;
  try {
    response = await fetch('/api/requests?' + query(), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (e) {
    status.textContent = 'FOI Flow is not reachable: ' + e.message;
    return;
  }
  if (!response.ok) {
    // fetchJson says why (logged out, a bad filter) in the page's own words.
    await fetchJson('/api/requests?' + query());
    return;
  }
  csrfToken = response.headers.get('X-XSRF-TOKEN') || csrfToken;
  const total = Number(response.headers.get('X-Total-Count') || 0);
  show(await response.json(), total);
}

function show(requests, total) {
  const rows = document.getElementById('rows');
  rows.replaceChildren();
  for (const request of requests) {
    const row = document.createElement('tr');
    const reference = cell(row, '');
    const link = document.createElement('a');
    link.href = '/requests/' + encodeURIComponent(request.reference);
    link.textContent = request.reference;
    reference.appendChild(link);
    if (request.batchReference) {
      // A member of a batch (issue 18): its batch's page, under the reference.
      const batch = document.createElement('a');
      batch.className = 'batch';
      batch.href = '/batches/' + encodeURIComponent(request.batchReference);
      batch.textContent = request.batchReference;
      reference.append(document.createElement('br'), batch);
    }
    cell(row, request.subject);
    cell(row, request.authority);
    const state = cell(row, '');
    const badge = document.createElement('span');
    badge.className = 'badge tone-' + request.tone;
    badge.textContent = request.status;
    state.appendChild(badge);
    cell(row, request.open ? request.due : '');
    rows.appendChild(row);
  }
  document.getElementById('status').textContent = total === 0
    ? 'No requests match. File one in Tasklist.'
    : '';
  const last = Math.min(firstResult + requests.length, total);
  document.getElementById('range').textContent = total === 0 ? '' : (firstResult + 1) + ' to ' + last + ' of ' + total;
  document.getElementById('previous').disabled = firstResult === 0;
  document.getElementById('next').disabled = last >= total;
}

async function showCalendar() {
  const calendar = await fetchJson('/api/me/calendar');
  if (calendar) {
    document.getElementById('calendar-url').value = calendar.url;
  }
}

document.getElementById('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  firstResult = 0;
  load();
});
document.getElementById('previous').addEventListener('click', () => {
  firstResult = Math.max(0, firstResult - PAGE_SIZE);
  load();
});
document.getElementById('next').addEventListener('click', () => {
  firstResult += PAGE_SIZE;
  load();
});
document.getElementById('renew-calendar').addEventListener('click', async () => {
  if (await postJson('/api/me/calendar')) {
    await showCalendar();
    document.getElementById('status').textContent = 'New calendar address made: the old one no longer works.';
  }
});

load().then(showCalendar);
