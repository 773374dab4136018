/**
 * Weekday and month names in every handled language, spelt out by Intl (no word list to
 * keep): "Thursday", "jeudi", "Donnerstag", "jueves", "quinta-feira", "giovedì", "März".
 */

/** The languages whose calendar words are known. */
const CALENDAR_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'];

let calendar: ReadonlySet<string> | undefined;

/** Weekday and month names, lower-cased. */
export function calendarWords(): ReadonlySet<string> {
  if (calendar) return calendar;
  const words = new Set<string>();
  for (const language of CALENDAR_LANGUAGES) {
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    // 4 to 10 January 2021 is Monday to Sunday.
    for (let day = 4; day <= 10; day++)
      words.add(weekday.format(Date.UTC(2021, 0, day)).toLowerCase());
    for (let index = 0; index < 12; index++)
      words.add(month.format(Date.UTC(2021, index, 15)).toLowerCase());
  }
  return (calendar = words);
}
