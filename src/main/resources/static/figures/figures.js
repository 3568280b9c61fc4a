// The figures page: a metric over time (each figure a bar across its period), the authorities
// side by side period by period, the breakdowns by label, and the figures as a table beneath.
// Filters go to /api/figures as query parameters.
'use strict';

const chart = echarts.init(document.getElementById('chart'));
const compareChart = echarts.init(document.getElementById('compare-chart'));
const breakdownChart = echarts.init(document.getElementById('breakdown-chart'));
window.addEventListener('resize', () => [chart, compareChart, breakdownChart].forEach(each => each.resize()));

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

const DAY = 24 * 60 * 60 * 1000;

/** "2032", "March 2032" or "1 January 2032 to 31 March 2032": a period as people say it. */
function periodWords(from, to) {
  const start = new Date(from + 'T00:00:00Z');
  const end = new Date(to + 'T00:00:00Z');
  const dayAfterEnd = new Date(end.getTime() + DAY);
  const month = date => date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = date => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (start.getUTCDate() === 1 && dayAfterEnd.getUTCDate() === 1) {
    if (start.getUTCMonth() === 0 && dayAfterEnd.getUTCMonth() === 0 && dayAfterEnd.getUTCFullYear() === start.getUTCFullYear() + 1) {
      return String(start.getUTCFullYear());
    }
    if (dayAfterEnd.getTime() === Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)) {
      return month(start);
    }
    return month(start) + ' to ' + month(end);
  }
  return day(start) + ' to ' + day(end);
}

function byAuthorityOf(figures) {
  const byAuthority = new Map();
  for (const figure of figures) {
    if (!byAuthority.has(figure.authority)) {
      byAuthority.set(figure.authority, []);
    }
    byAuthority.get(figure.authority).push(figure);
  }
  return byAuthority;
}

// ECharts writes tooltips as HTML: escape what came from users.
function tooltipText(lines) {
  return lines.map(text => echarts.format.encodeHTML(String(text))).join('<br>');
}

/**
 * Over time: each figure a bar as wide as its period, at the height of its value, so a year's
 * figure spans the year and figures for different periods are never read as points in time.
 */
function drawChart(figures) {
  const byAuthority = byAuthorityOf(figures);
  const units = [...new Set(figures.map(figure => figure.unit))];
  chart.setOption({
    // Drawn at once: a figure is data to read, and a half-drawn bar misleads a screenshot.
    animation: false,
    tooltip: { trigger: 'item', formatter: point => tooltipText([point.seriesName, point.data.period, point.data.value[2] + ' ' + point.data.unit]) },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 20, right: 30, top: 40, bottom: 40, containLabel: true },
    xAxis: {
      type: 'time',
      // Ticks a month apart at least: a period is months or years, never "30, 31".
      minInterval: 28 * DAY,
      axisLabel: { hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{MMM} {yyyy}' } }
    },
    yAxis: { type: 'value', name: units.join(' / ') },
    series: [...byAuthority.entries()].map(([authority, rows]) => ({
      name: authority,
      type: 'custom',
      encode: { x: [0, 1], y: 2 },
      renderItem: (params, api) => {
        const start = api.coord([api.value(0), api.value(2)]);
        const end = api.coord([api.value(1), api.value(2)]);
        return {
          type: 'group',
          children: [
            { type: 'rect', shape: { x: start[0] + 1, y: start[1] - 4, width: Math.max(end[0] - start[0] - 2, 2), height: 8, r: 3 }, style: api.style() },
            { type: 'text', style: { text: String(api.value(2)), x: (start[0] + end[0]) / 2, y: start[1] - 8, align: 'center', verticalAlign: 'bottom', fill: '#1f2328' } }
          ]
        };
      },
      data: rows.map(figure => ({
        value: [Date.parse(figure.periodFrom + 'T00:00:00Z'), Date.parse(figure.periodTo + 'T00:00:00Z') + DAY, Number(figure.value)],
        period: periodWords(figure.periodFrom, figure.periodTo),
        unit: figure.unit
      }))
    }))
  }, true);
  drawComparison(figures);
  drawBreakdown(figures);
}

/** Authorities side by side: a group of bars for each period, one bar per authority. */
function drawComparison(figures) {
  const periods = [...new Map(figures
      .slice()
      .sort((a, b) => a.periodFrom.localeCompare(b.periodFrom) || a.periodTo.localeCompare(b.periodTo))
      .map(figure => [periodWords(figure.periodFrom, figure.periodTo), true])).keys()];
  compareChart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: point => tooltipText([point.seriesName, point.name, point.value]) },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 20, right: 30, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: periods, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: [...new Set(figures.map(figure => figure.unit))].join(' / ') },
    series: [...byAuthorityOf(figures).entries()].map(([authority, rows]) => ({
      name: authority,
      type: 'bar',
      label: { show: true, position: 'top' },
      data: periods.map(period => {
        const figure = rows.find(row => periodWords(row.periodFrom, row.periodTo) === period);
        return figure ? Number(figure.value) : null;
      })
    }))
  }, true);
}

/** The breakdowns by label (e.g. by region), one group of bars per label, a bar per figure. */
function drawBreakdown(figures) {
  const broken = figures.filter(figure => figure.breakdown && figure.breakdown.length > 0);
  const box = document.getElementById('breakdown');
  box.hidden = broken.length === 0;
  if (broken.length === 0) {
    return;
  }
  const labels = [...new Set(broken.flatMap(figure => figure.breakdown.map(item => item.label)))];
  breakdownChart.resize();
  breakdownChart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: point => tooltipText([point.seriesName, point.name + ': ' + point.value]) },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', name: [...new Set(broken.map(figure => figure.unit))].join(' / ') },
    series: broken.map(figure => ({
      name: figure.authority + ', ' + periodWords(figure.periodFrom, figure.periodTo),
      type: 'bar',
      data: labels.map(label => {
        const item = figure.breakdown.find(entry => entry.label === label);
        return item ? Number(item.value) : null;
      })
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
