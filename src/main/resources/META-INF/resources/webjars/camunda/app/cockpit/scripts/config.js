// FOI Flow's Cockpit configuration. This file replaces the webjar's default config.js
// (which only holds commented-out examples), so keep any new Cockpit settings here.
export default {
  // Each entry is loaded as an ES module from /camunda/app/cockpit/<entry>.js
  customScripts: ['foi-deadlines/plugin'],
};
