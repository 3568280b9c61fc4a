// The statistics page: one row per authority from /api/authorities/stats.
'use strict';

function percent(share) {
  return share == null ? '–' : Math.round(Number(share) * 100) + '%';
}

fetchJson('/api/authorities/stats').then(rows => {
  if (rows === null) {
    return;
  }
  document.getElementById('status').textContent =
      rows.length === 0 ? 'No requests yet.' : rows.length + ' authorit' + (rows.length === 1 ? 'y' : 'ies') + '.';
  const body = document.querySelector('tbody');
  body.replaceChildren();
  for (const stats of rows) {
    const row = document.createElement('tr');
    cell(row, stats.authority);
    cell(row, stats.requests, 'number');
    cell(row, stats.answered, 'number');
    cell(row, percent(stats.onTimeShare) + ' (' + stats.answeredOnTime + ' of ' + stats.dueOrAnswered + ')', 'number');
    cell(row, stats.medianWorkingDays == null ? '–' : stats.medianWorkingDays, 'number');
    cell(row, stats.refusals, 'number');
    cell(row, stats.reviews, 'number');
    cell(row, stats.reviewsOverturned, 'number');
    body.appendChild(row);
  }
});
