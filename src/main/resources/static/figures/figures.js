// The figures page: a metric over time (x: end of each figure's period) with one line per
// authority, and the figures as a table beneath. Filters go to /api/figures as query parameters.
'use strict';

const chart = echarts.init(document.getElementById('chart'));
window.addEventListener('resize', () => chart.resize());

function query() {
  const params = new URLSearchParams();
  for (const name of ['metric', 'authority', 'from', 'to']) {
    const value = document.getElementById(name).value.trim();
    if (value) {
      params.set(name, value);
    }
  }
  return params.toString();
}

async function loadMetrics() {
  const all = await fetchJson('/api/figures');
  if (all === null) {
    return false;
  }
  const select = document.getElementById('metric');
  const wanted = new URLSearchParams(location.search).get('metric');
  const metrics = [...new Set(all.map(figure => figure.metric))].sort((a, b) => a.localeCompare(b));
  select.replaceChildren();
  for (const metric of metrics) {
    const option = document.createElement('option');
    option.value = metric;
    option.textContent = metric;
    option.selected = metric === wanted;
    select.appendChild(option);
  }
  if (metrics.length === 0) {
    document.getElementById('status').textContent =
        'No figures yet: record them with a response in full or in part in Tasklist.';
    return false;
  }
  return true;
}

async function show() {
  const params = query();
  document.getElementById('csv').href = '/api/figures.csv' + (params ? '?' + params : '');
  const figures = await fetchJson('/api/figures' + (params ? '?' + params : ''));
  if (figures === null) {
    return;
  }
  document.getElementById('status').textContent = figures.length + ' figure(s).';
  drawChart(figures);
  drawTable(figures);
}

function drawChart(figures) {
  const byAuthority = new Map();
  for (const figure of figures) {
    if (!byAuthority.has(figure.authority)) {
      byAuthority.set(figure.authority, []);
    }
    byAuthority.get(figure.authority).push(figure);
  }
  const units = [...new Set(figures.map(figure => figure.unit))];
  chart.setOption({
    // Drawn at once: a figure is data to read, and a half-drawn line misleads a screenshot.
    animation: false,
    tooltip: {
      trigger: 'item',
      // ECharts writes tooltips as HTML: escape what came from users.
      formatter: point => [point.seriesName, point.data.period, point.data.value[1] + ' ' + point.data.unit]
          .map(text => echarts.format.encodeHTML(String(text))).join('<br>')
    },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'time', name: 'End of period' },
    yAxis: { type: 'value', name: units.join(' / ') },
    series: [...byAuthority.entries()].map(([authority, rows]) => ({
      name: authority,
      type: 'line',
      symbolSize: 8,
      data: rows
          .slice()
          .sort((a, b) => a.periodTo.localeCompare(b.periodTo))
          .map(figure => ({
            value: [figure.periodTo, Number(figure.value)],
            period: figure.periodFrom + ' to ' + figure.periodTo,
            unit: figure.unit
          }))
    }))
  }, true);
}

function drawTable(figures) {
  const body = document.querySelector('tbody');
  body.replaceChildren();
  for (const figure of figures) {
    const row = document.createElement('tr');
    cell(row, figure.reference);
    cell(row, figure.authority);
    cell(row, figure.metric);
    cell(row, figure.value, 'number');
    cell(row, figure.unit);
    cell(row, figure.periodFrom);
    cell(row, figure.periodTo);
    cell(row, figure.breakdown.map(item => item.label + ': ' + item.value).join('; '));
    cell(row, [figure.sourceDocument, figure.sourcePage ? 'p. ' + figure.sourcePage : null].filter(Boolean).join(', '));
    cell(row, figure.notes);
    body.appendChild(row);
  }
}

document.getElementById('filters').addEventListener('submit', event => {
  event.preventDefault();
  show();
});

loadMetrics().then(found => { if (found) show(); });
