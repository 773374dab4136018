/**
 * The publication date of a page whose date stands on a furniture line near the top
 * ("Last updated: Sep 29 2015 | 12:48 PM", "Publié le 3 mars 2021"). The clean stage drops
 * such lines (boilerplate `line` rows), so their date is read before they go.
 */
import type { LogicalLine } from './lines.js';
import { headerDate } from '../text/dates.js';

/** How many lines from the top a dateline may stand on: bylines sit above the body. */
const DATELINE_LINES = 12;
/** The languages whose month names a dateline may use; `headerDate` tries each parser. */
const DATELINE_LANGUAGES = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;
/** Furniture lines are short; longer lines are prose that may name any date. */
const DATELINE_CHARS = 120;

/** The date (YYYY-MM[-DD]) of the first dropped furniture line near the top that holds one. */
export function datelineDate(
  lines: readonly LogicalLine[],
  isFurniture: (line: LogicalLine) => boolean,
): string | null {
  for (const line of lines.slice(0, DATELINE_LINES)) {
    if (line.flat.length > DATELINE_CHARS || !isFurniture(line)) continue;
    for (const language of DATELINE_LANGUAGES) {
      const date = headerDate(line.flat, language);
      if (date) return date;
    }
  }
  return null;
}
