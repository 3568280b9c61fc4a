// "FOI deadlines": open FOI requests on the Cockpit dashboard, earliest deadline first, a page
// at a time (the server sorts and pages: there may be 100,000 open requests).
//
// Data comes from FOI Flow's own API with the browser's Cockpit session cookie. Everything in
// it (authority names especially) is untrusted text, so it only ever goes in via textContent.

// FOI Flow serves its API at the root of the same origin as Cockpit.
const DEADLINES_URL = '/api/requests/deadlines';
const PAGE_SIZE = 50;

const STATUSES = {
  ON_TIME: { label: 'On time', colour: '#2e7d32' },
  DUE_SOON: { label: 'Due soon', colour: '#a15c00' },
  OVERDUE: { label: 'Overdue', colour: '#c62828' },
  LONG_OVERDUE: { label: 'Long overdue', colour: '#6a1b1b' },
  DELIVERY_FAILED: { label: 'Delivery failed', colour: '#6a1b9a' },
};

let pending = null;

function element(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

function statusBadge(code) {
  const status = STATUSES[code] || { label: code || 'Unknown', colour: '#555' };
  const badge = element('span', status.label);
  badge.className = 'foi-deadline-status foi-deadline-status-' + String(code || 'unknown').toLowerCase();
  badge.style.color = '#fff';
  badge.style.backgroundColor = status.colour;
  badge.style.borderRadius = '3px';
  badge.style.padding = '1px 6px';
  badge.style.whiteSpace = 'nowrap';
  return badge;
}

/** A bounced email to the authority: the requester should correct the address and send again. */
function deliveryFailed(request) {
  const cell = document.createDocumentFragment();
  cell.appendChild(statusBadge(request.status));
  if (request.deliveryFailed) {
    const badge = statusBadge('DELIVERY_FAILED');
    badge.style.marginLeft = '4px';
    cell.appendChild(badge);
  }
  return cell;
}

/** "8 April 2036" for the API's 2036-04-08: people read dates in words, day first. */
function dayInWords(isoDate) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate || '')) {
    return isoDate || '';
  }
  return new Date(isoDate + 'T00:00:00Z')
    .toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function referenceLink(request) {
  const link = element('a', request.reference || request.processInstanceId);
  // Cockpit's own hash route; the id is encoded so it can only ever be a path segment.
  link.href = '#/process-instance/' + encodeURIComponent(request.processInstanceId) + '/runtime';
  return link;
}

/** The request's own page (letters, deadlines explained, what has happened), outside Cockpit. */
function pageLink(request) {
  const link = element('a', 'Request page');
  link.href = '/requests/' + encodeURIComponent(request.reference || '');
  return request.reference ? link : document.createTextNode('');
}

/** The batch the request is a member of (issue 18), linked to the batch's page. */
function batchLink(request) {
  if (!request.batchReference) {
    return document.createTextNode('');
  }
  const link = element('a', request.batchReference);
  link.href = '/batches/' + encodeURIComponent(request.batchReference);
  return link;
}

function row(request) {
  const tr = element('tr');
  const cells = [
    referenceLink(request),
    document.createTextNode(request.authorityName || ''),
    document.createTextNode(request.stage || ''),
    document.createTextNode(dayInWords(request.dueDate)),
    deliveryFailed(request),
    batchLink(request),
    pageLink(request),
  ];
  for (const content of cells) {
    const td = element('td');
    td.appendChild(content);
    tr.appendChild(td);
  }
  return tr;
}

function table(requests) {
  const tableNode = element('table');
  tableNode.className = 'table table-striped foi-deadlines';
  const headRow = element('tr');
  for (const heading of ['Reference', 'Authority', 'Stage', 'Due date', 'Status', 'Batch', '']) {
    headRow.appendChild(element('th', heading));
  }
  tableNode.appendChild(element('thead')).appendChild(headRow);
  const body = tableNode.appendChild(element('tbody'));
  for (const request of requests) {
    body.appendChild(row(request));
  }
  return tableNode;
}

function show(container, content) {
  container.replaceChildren(content);
}

function pager(firstResult, shown, total, goTo) {
  const nav = element('div');
  nav.className = 'foi-deadlines-pager';
  const previous = element('button', 'Previous');
  const next = element('button', 'Next');
  for (const button of [previous, next]) {
    button.type = 'button';
    button.className = 'btn btn-default btn-xs';
  }
  previous.disabled = firstResult === 0;
  next.disabled = firstResult + shown >= total;
  previous.addEventListener('click', () => goTo(Math.max(0, firstResult - PAGE_SIZE)));
  next.addEventListener('click', () => goTo(firstResult + PAGE_SIZE));
  const range = element('span', ' ' + (firstResult + 1) + '–' + (firstResult + shown) + ' of ' + total + ' open requests ');
  range.className = 'foi-deadlines-range';
  nav.append(previous, range, next);
  return nav;
}

async function load(container, signal, firstResult) {
  show(container, element('p', 'Loading FOI deadlines…'));
  try {
    const query = '?firstResult=' + firstResult + '&maxResults=' + PAGE_SIZE;
    const response = await fetch(DEADLINES_URL + query, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal,
    });
    if (response.status === 401) {
      show(container, element('p', 'Your session has expired: sign in again to see FOI deadlines.'));
      return;
    }
    if (!response.ok) {
      show(container, element('p', 'Could not load FOI deadlines (HTTP ' + response.status + ').'));
      return;
    }
    const requests = await response.json();
    const total = Number(response.headers.get('X-Total-Count') || requests.length);
    if (!requests.length && firstResult > 0) {
      // Requests closed since the last page was shown: start again from the first.
      await load(container, signal, 0);
      return;
    }
    if (!requests.length) {
      show(container, element('p', 'No open FOI requests.'));
      return;
    }
    const content = element('div');
    content.append(
      table(requests),
      pager(firstResult, requests.length, total, (first) => load(container, signal, first)),
    );
    show(container, content);
  } catch (error) {
    if (error.name !== 'AbortError') {
      show(container, element('p', 'Could not load FOI deadlines.'));
    }
  }
}

export default [
  {
    id: 'foi-flow.deadlines',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    label: 'FOI deadlines',
    render: (node) => {
      const section = element('section');
      section.className = 'foi-deadlines-plugin';
      section.appendChild(element('h3', 'FOI deadlines'));
      const container = section.appendChild(element('div'));
      node.appendChild(section);
      pending = new AbortController();
      load(container, pending.signal, 0);
    },
    unmount: () => {
      if (pending) {
        pending.abort();
        pending = null;
      }
    },
  },
];
