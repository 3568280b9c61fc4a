// FOI Flow's Tasklist configuration. This file replaces the webjar's default config.js, so it
// keeps that file's keyboard shortcuts; keep any new Tasklist settings here.
export default {
  // Each entry is loaded as an ES module from /camunda/app/tasklist/<entry>.js
  customScripts: ['foi-day-first/plugin', 'foi-authorities/plugin'],
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' }
  }
};
