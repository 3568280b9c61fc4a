// The page's rows; a file of its own, since the Content-Security-Policy allows no inline script.
loadMail('/api/mail/caught', (row, mail) => {
  cell(row, when(mail.sentAt));
  cell(row, mail.from);
  cell(row, (mail.to || []).join(', '));
  cell(row, '').appendChild(details(mail.subject, mail.body));
});
