// The page's rows; a file of its own, since the Content-Security-Policy allows no inline script.
loadMail('/api/mail/outbox', (row, mail) => {
  cell(row, mail.status).className = 'status-' + String(mail.status).toLowerCase();
  cell(row, mail.reference);
  cell(row, mail.kind);
  cell(row, mail.recipient);
  cell(row, '').appendChild(details(mail.subject, mail.body));
  cell(row, mail.dueDate);
  cell(row, mail.attempts);
  cell(row, mail.lastError);
  cell(row, when(mail.createdAt));
  cell(row, when(mail.sentAt));
  const action = cell(row, '');
  if (mail.status !== 'SENT' && mail.status !== 'CANCELLED') {
    action.appendChild(sendNowButton(mail));
  }
});

function sendNowButton(mail) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Send now';
  button.addEventListener('click', async () => {
    button.disabled = true;
    const status = document.getElementById('status');
    const sent = await postJson('/api/mail/outbox/' + encodeURIComponent(mail.id) + '/send', {
      404: 'this email is no longer in the outbox',
      409: 'this email has been sent already; reload the page',
    });
    if (sent) {
      status.textContent = 'Sending ' + mail.kind + ' for ' + mail.reference + ' now; reload in a few seconds to see it sent.';
    }
  });
  return button;
}
