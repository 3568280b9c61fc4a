// The holding pen's rows; a file of its own, since the Content-Security-Policy allows no inline script.
// Everything from the message is set with textContent: it comes from strangers' email.
'use strict';

loadMail('/api/inbound/held', (row, message) => {
  cell(row, message.sender);
  const attachments = (message.attachments || []).map((a) => a.name + ' (' + a.contentType + ', ' + a.size + ' bytes)');
  cell(row, '').appendChild(details(message.subject || '(no subject)',
    (message.text || '') + (attachments.length ? '\n\nAttachments: ' + attachments.join(', ') : '')));
  cell(row, when(message.receivedAt));
  cell(row, message.matchReason);
  cell(row, message.guesses);
  cell(row, '').appendChild(fileForm(message));
});

function fileForm(message) {
  const form = document.createElement('form');
  const input = document.createElement('input');
  input.placeholder = 'FOI-2026-0042';
  input.pattern = 'FOI-[0-9]{4}-[0-9]{4,6}';
  input.required = true;
  const guess = /^(FOI-\d{4}-\d{4,6}):/.exec(message.guesses || '');
  input.value = guess ? guess[1] : '';
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'File';
  form.append(input, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    const status = document.getElementById('status');
    try {
      const response = await fetch('/api/inbound/held/' + encodeURIComponent(message.id) + '/assign', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken },
        body: JSON.stringify({ reference: input.value.trim() }),
      });
      let text = await response.text();
      try {
        const body = JSON.parse(text);
        text = body.error || body.detail || text;
      } catch (notJson) { /* the text as it is */ }
      status.textContent = response.ok
        ? 'Filed on ' + input.value.trim() + '; reload to see the pen without it.'
        : 'Could not file it (' + response.status + '): ' + text;
    } catch (e) {
      status.textContent = 'FOI Flow is not reachable: ' + e.message;
    }
    button.disabled = false;
  });
  return form;
}
