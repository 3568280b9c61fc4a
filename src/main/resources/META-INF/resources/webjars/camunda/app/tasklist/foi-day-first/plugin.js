// Day first in Tasklist's forms, whatever the browser's language: the date pickers of Camunda
// Forms show and read dates in the format of the browser's default locale, so an American
// browser would read "02/12/2026" as 12 February. FOI Flow's dates are day first
// ("02/12/2026" is 2 December), so the default locale's date format becomes the UK's.
const BrowserDateTimeFormat = Intl.DateTimeFormat;

function DayFirstDateTimeFormat(locales, options) {
  const dayFirst = locales === undefined || locales === 'default' ? 'en-GB' : locales;
  return new BrowserDateTimeFormat(dayFirst, options);
}
DayFirstDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
DayFirstDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf.bind(BrowserDateTimeFormat);
Intl.DateTimeFormat = DayFirstDateTimeFormat;

// A plugin module for Camunda's loader, which registers no plugins.
export default [];
