// Front matter dates are calendar days that YAML parses as UTC midnight, so both
// helpers read them in UTC: a local time zone west of UTC would show the day before.

/** `YYYY-MM-DD`, the form `<time datetime>` expects. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// One formatter per locale: building one costs far more than formatting, and every listed
// post on every page shows its date.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Human-readable date, e.g. "January 18, 2021". */
export function displayDate(date: Date, locale = 'en-US'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
