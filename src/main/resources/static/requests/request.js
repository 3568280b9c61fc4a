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

/** Every email sent and every message received, in order; replies open with their attachments. */
function showCorrespondence(request) {
  text('reply-address', request.replyAddress);
  const box = document.getElementById('correspondence');
  if (request.correspondence.length === 0) {
    box.textContent = 'No emails yet for this request.';
    return;
  }
  for (const mail of request.correspondence) {
    const details = document.createElement('details');
    details.className = 'letter ' + mail.direction + ' ' + mail.kind.replace(' ', '-');
    details.open = mail.direction === 'received';
    const summary = document.createElement('summary');
    const heading = mail.direction === 'sent'
      ? mail.day + ' · to ' + mail.to + ' · ' + mail.subject + ' (' + mail.note + ')'
      : mail.day + ' · from ' + mail.from + ' · ' + (mail.subject || '(no subject)');
    summary.textContent = heading;
    if (mail.kind === 'bounce' || mail.kind === 'automatic reply') {
      const mark = document.createElement('span');
      mark.className = 'badge ' + (mail.kind === 'bounce' ? 'tone-late' : 'tone-waiting');
      mark.textContent = mail.kind === 'bounce' ? 'Delivery failed' : 'Automatic reply';
      summary.append(' ', mark);
    }
    details.appendChild(summary);
    if (mail.direction === 'received' && mail.note) {
      const note = document.createElement('p');
      note.className = 'muted';
      note.textContent = mail.note;
      details.appendChild(note);
    }
    const body = document.createElement('pre');
    body.textContent = mail.text || '(no text)';
    details.appendChild(body);
    if (mail.attachments.length) {
      const list = document.createElement('ul');
      list.className = 'attachments';
      for (const attachment of mail.attachments) {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = attachment.link;
        link.textContent = attachment.name;
        li.append(link, ' (' + attachment.size + ')');
        list.appendChild(li);
      }
      details.appendChild(list);
    }
    box.appendChild(details);
  }
}

/** After a bounce: the corrected address, and the letter goes again (POST .../resend). */
function offerResend(request) {
  document.getElementById('delivery-failed').hidden = !(request.deliveryFailed && request.open);
  document.getElementById('resend-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const address = document.getElementById('resend-address').value.trim();
    const url = '/api/requests/' + encodeURIComponent(request.reference) + '/resend';
    if (await postJson(url, {}, { authorityEmail: address })) {
      window.location.reload();
    }
  });
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
  offerResend(request);
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
  showCorrespondence(request);
  showFigures(request.figures);
  text('request-text', request.requestText);
  text('status', '');
  document.getElementById('request').hidden = false;
}

load();
