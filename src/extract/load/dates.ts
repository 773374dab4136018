/** Publication dates from metadata, a leading dateline or a date line near the top. */
import { chrono } from '../vendor.js';
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function validParts(y: string, m: string | undefined, d: string | undefined): string | null {
  const year = Number(y);
  if (year < 1800 || year > 2200) return null;
  if (m === undefined) return y;
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return `${y}-${m}`;
  const day = Number(d);
  if (day < 1 || day > 31) return null;
  return `${y}-${m}-${d}`;
}

const LOCALES = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.pt, chrono.nl, chrono.it];
/**
 * Strict parsers read every full date the casual ones do, and cost a thread about a
 * quarter of a CPU-second less to warm up (their patterns are fewer). They want a day,
 * so a month and year alone ("June 2020", "junio de 2020") is read with one put first.
 */
const PARSERS = LOCALES.map((locale) => locale.strict);
/** One or two words, then a year: the shape of a month and year alone. */
const MONTH_AND_YEAR = /^(?:\p{L}+\.?\s+){1,2}\d{4}$/u;

/** The whole of `s` as a date with a certain year, by the first parser that reads it all. */
function parseFull(s: string): string | null {
  for (const parser of PARSERS) {
    const results = parser.parse(s, new Date(Date.UTC(2000, 0, 1)));
    const r = results[0];
    if (!r || r.index !== 0 || r.text.length < s.length - 1) continue;
    if (!r.start.isCertain('year')) continue;
    const y = String(r.start.get('year')).padStart(4, '0');
    if (!r.start.isCertain('month')) return validParts(y, undefined, undefined);
    const m = String(r.start.get('month')).padStart(2, '0');
    if (!r.start.isCertain('day')) return validParts(y, m, undefined);
    return validParts(y, m, String(r.start.get('day')).padStart(2, '0'));
  }
  return null;
}

/** A date written in words ("November 27, 2018", "27 novembre 2018") as YYYY[-MM[-DD]], when the
 * whole string is that date. */
export function parseDateText(input: string): string | null {
  if (input.length > 200) return null;
  const s = input.trim().replace(/[.,;:]+$/, '');
  if (s.length < 4 || s.length > 60) return null;
  const iso = ISO_DATE.exec(s);
  if (iso && (iso[0].length === s.length || s[iso[0].length] === 'T' || s[iso[0].length] === ' ')) {
    const v = validParts(iso[1] as string, iso[2], iso[3]);
    if (v) return v;
  }
  const full = parseFull(s);
  if (full || !MONTH_AND_YEAR.test(s)) return full;
  return parseFull(`1 ${s}`)?.slice(0, 7) ?? null;
}

/** Normalises a metadata date ("2019-03-28T10:00:00Z", "March 28, 2019") to YYYY[-MM[-DD]]. */
export function normalizeDate(value: string | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const v = validParts(iso[1] as string, iso[2], iso[3]);
    if (v) return v;
  }
  return parseDateText(s);
}

const LEADING_DATE =
  /^(?:[ \t]*\n)*[ \t]*date[ \t]*[:=]?[ \t]*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])[ \t]*/i;

/**
 * A leading ` date 2018-05` / `date: 2019-03-28` line gives the publication date and is
 * removed from the text (only the date part when the article continues on the same line).
 */
export function extractLeadingDate(text: string): { date: string | null; text: string } {
  const m = LEADING_DATE.exec(text);
  if (!m) return { date: null, text };
  const date = validParts(m[1] as string, m[2], m[3]);
  if (!date) return { date: null, text };
  let rest = text.slice(m[0].length);
  if (rest.startsWith('\n')) rest = rest.slice(1);
  return { date, text: rest };
}

/** A date standing alone on one of the first lines ("November 27, 2018"), the line kept. */
export function dateFromFirstLines(text: string): string | null {
  let seen = 0;
  let pos = 0;
  while (pos < text.length && seen < 6) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trim();
    pos = end + 1;
    if (!line) continue;
    seen++;
    if (line.length <= 40 && /\d{4}/.test(line)) {
      const d = parseDateText(line);
      if (d) return d;
    }
  }
  return null;
}
