// One request's page, /api/requests/{reference}: everything in words, data only as textContent.
'use strict';

function text(id, value) {
  document.getElementById(id).textContent = value == null ? '' : value;
}

function item(list, value) {
  const li = document.createElement('li');
  li.textContent = value;
  document.getElementById(list).appendChild(li);
  return li;
}

function showDue(due) {
  if (!due) {
    document.getElementById('due-card').hidden = true;
    return;
  }
  text('due-summary', 'The answer is due by ' + due.due + ': ' + due.workingDays + ' working days counted from '
    + due.countedFrom + '. Weekends are not counted'
    + (due.skipped.length ? ', nor these days:' : '.'));
  for (const day of due.skipped) {
    item('skipped', day.day + ': ' + day.reason);
  }
  for (const move of due.moves) {
    item('moves', move);
  }
}

function showNext(request) {
  text('what-next', request.whatNext);
  const steps = document.getElementById('next-steps');
  for (const step of request.nextSteps) {
    const link = document.createElement('a');
    link.className = 'button';
    link.href = step.link;
    link.textContent = 'Open in Tasklist: ' + step.task;
    steps.appendChild(link);
    steps.appendChild(document.createTextNode(' '));
  }
  document.getElementById('next-card').hidden = !request.open;
}

function showLetters(letters) {
  const box = document.getElementById('letters');
  if (letters.length === 0) {
    box.textContent = 'FOI Flow has sent no emails for this request.';
    return;
  }
  for (const letter of letters) {
    const details = document.createElement('details');
    details.className = 'letter';
    const summary = document.createElement('summary');
    summary.textContent = letter.day + ' · to ' + letter.to + ' · ' + letter.subject + ' (' + letter.state + ')';
    const body = document.createElement('pre');
    body.textContent = letter.body;
    details.append(summary, body);
    box.appendChild(details);
  }
}

/** An ISO date as "2 December 2026". */
function inWords(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day))
    .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function showFigures(figures) {
  document.getElementById('figures-card').hidden = figures.length === 0;
  const rows = document.getElementById('figures');
  for (const figure of figures) {
    const row = document.createElement('tr');
    cell(row, figure.metric);
    cell(row, figure.value, 'number');
    cell(row, figure.unit);
    cell(row, inWords(figure.periodFrom) + ' to ' + inWords(figure.periodTo));
    rows.appendChild(row);
  }
}

async function load() {
  const reference = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
  const request = await fetchJson('/api/requests/' + encodeURIComponent(reference));
  if (!request) {
    return;
  }
  document.title = request.reference + ' ' + (request.subject || '') + ' · FOI Flow';
  text('reference', request.reference + ' · ' + request.authority);
  text('subject', request.subject);
  const badge = document.getElementById('badge');
  badge.textContent = request.status;
  badge.classList.add('tone-' + request.tone);
  text('authority', request.authority);
  text('law', request.law);
  text('requester', request.requester);
  if (request.batchReference) {
    document.getElementById('batch-label').hidden = false;
    document.getElementById('batch').hidden = false;
    const batch = document.getElementById('batch-link');
    batch.href = '/batches/' + encodeURIComponent(request.batchReference);
    batch.textContent = request.batchReference;
  }
  if (request.outcome) {
    document.getElementById('outcome-label').hidden = false;
    document.getElementById('outcome').hidden = false;
    text('outcome', request.outcome);
  }
  showNext(request);
  showDue(request.dueDate);
  document.getElementById('deadlines-card').hidden = request.deadlines.length === 0;
  for (const deadline of request.deadlines) {
    item('deadlines', deadline.day + ': ' + deadline.what);
  }
  for (const event of request.timeline) {
    const li = item('timeline', '');
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = event.day;
    li.append(when, document.createTextNode(event.what));
  }
  showLetters(request.letters);
  showFigures(request.figures);
  text('request-text', request.requestText);
  text('status', '');
  document.getElementById('request').hidden = false;
}

load();
