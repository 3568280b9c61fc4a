// Suggests names from FOI Flow's authority directory as a requester types the authority of a
// request, so "home off" offers "Home Office" (the form stores the directory's spelling anyway).
// Camunda Forms' text fields cannot ask a server for suggestions; the browser's own list
// (<datalist>) can, and choosing one of its names types it into the field as the user would.
const FIELD = "input[id$='-Field_authorityName']";
const LIST_ID = 'foi-authority-names';
const WAIT_MS = 200;

let timer = null;
let asked = '';

function list() {
  let names = document.getElementById(LIST_ID);
  if (!names) {
    names = document.createElement('datalist');
    names.id = LIST_ID;
    document.body.appendChild(names);
  }
  return names;
}

async function suggest(text) {
  asked = text;
  const response = await fetch('/api/authorities?q=' + encodeURIComponent(text), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok || asked !== text) {
    return; // logged out, or the user typed on: the next answer counts
  }
  const options = (await response.json()).slice(0, 20).map(authority => {
    const option = document.createElement('option');
    option.value = authority.name;
    return option;
  });
  list().replaceChildren(...options);
}

function attach(input) {
  if (input.getAttribute('list') === LIST_ID) {
    return;
  }
  input.setAttribute('list', LIST_ID);
  input.setAttribute('autocomplete', 'off');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length >= 2) {
      timer = setTimeout(() => suggest(text).catch(() => {}), WAIT_MS);
    }
  });
}

// Tasklist draws its forms whenever a start form or task opens.
new MutationObserver(() => document.querySelectorAll(FIELD).forEach(attach))
    .observe(document.documentElement, { childList: true, subtree: true });

// A plugin module for Camunda's loader, which registers no plugins.
export default [];
