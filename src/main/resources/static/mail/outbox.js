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
});
