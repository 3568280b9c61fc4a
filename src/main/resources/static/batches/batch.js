// The batch page (/batches/BATCH-YYYY-NNNN): its members, where they stand, and one metric's
// figures side by side, a bar per authority with its breakdown stacked or grouped.
'use strict';

const reference = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop());
const api = '/api/batches/' + encodeURIComponent(reference);
const chart = echarts.init(document.getElementById('chart'));
window.addEventListener('resize', () => chart.resize());

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : text;
  row.appendChild(td);
}

async function show() {
  const metric = document.getElementById('metric').value;
  const query = metric ? '?metric=' + encodeURIComponent(metric) : '';
  const batch = await fetchJson(api + query);
  if (batch === null) {
    return;
  }
  document.getElementById('title').textContent = batch.reference + ': ' + batch.subject;
  const share = batch.onTimeShare == null ? 'none answered yet' : Math.round(batch.onTimeShare * 100) + '% answered on time';
  document.getElementById('summary').textContent =
      batch.members + ' authorities, filed on ' + batch.filedOn + '; ' + share + '.';
  document.getElementById('status').textContent = '';
  const counts = document.getElementById('counts');
  counts.replaceChildren();
  for (const [status, count] of Object.entries(batch.counts)) {
    const item = document.createElement('li');
    item.textContent = status + ': ' + count;
    counts.appendChild(item);
  }
  const body = document.getElementById('members');
  body.replaceChildren();
  for (const member of batch.rows) {
    const row = document.createElement('tr');
    [member.authority, member.reference, member.status, member.dueDate, member.answeredOn, member.outcome]
        .forEach(text => cell(row, text));
    body.appendChild(row);
  }
  showMetrics(batch.figures);
  drawChart(batch.figures);
  document.getElementById('csv').href = api + '/figures.csv' + query;
}

function showMetrics(figures) {
  const select = document.getElementById('metric');
  select.replaceChildren();
  for (const metric of figures.metrics) {
    const option = document.createElement('option');
    option.value = metric;
    option.textContent = metric;
    option.selected = metric === figures.metric;
    select.appendChild(option);
  }
}

function drawChart(figures) {
  if (!figures.metric) {
    chart.clear();
    document.getElementById('status').textContent = 'No figures yet: record them with the members\' responses.';
    return;
  }
  const stacked = document.getElementById('layout').value === 'stacked';
  const authorities = figures.rows.map(row => row.authority);
  const series = figures.labels.length === 0
      ? [{ name: figures.metric, type: 'bar', data: figures.rows.map(row => row.value) }]
      : figures.labels.map(label => ({
          name: label,
          type: 'bar',
          stack: stacked ? 'breakdown' : undefined,
          data: figures.rows.map(row => row.breakdown[label] ?? null)
        }));
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: point => [point.name, point.seriesName, point.value + ' ' + (figures.unit || '')]
          .map(text => echarts.format.encodeHTML(String(text))).join('<br>')
    },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'category', data: authorities, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', name: figures.unit || '' },
    series
  }, true);
}

async function withdraw() {
  if (!confirm('Withdraw every open request of ' + reference + '?')) {
    return;
  }
  // The webapps' engine API, which takes the login's session (the REST API at /engine-rest takes
  // Basic only); FOI Flow's door checks the withdrawal there as on /engine-rest.
  const response = await fetch('/camunda/api/engine/engine/default/message', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken },
    body: JSON.stringify({ messageName: 'foi-withdraw', businessKey: reference })
  });
  const outcome = response.ok
      ? 'Withdrawn.'
      : 'Could not withdraw (' + response.status + '): ' + await response.text();
  // After the table is drawn again, which clears the status line.
  await show();
  document.getElementById('status').textContent = outcome;
}

document.getElementById('metric').addEventListener('change', show);
document.getElementById('layout').addEventListener('change', show);
document.getElementById('withdraw').addEventListener('click', withdraw);
show();
