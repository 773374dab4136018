/**
 * Line features: glued menu text, short lines, agency credits, and logical lines
 * (physical lines joined where a scraper split a sentence).
 */
import { normalizeLine } from './markup.js';
export const TERMINAL_END = /[.!?…。！？]["'”’»)\]]*$/;

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32 || s.charCodeAt(i) === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Several capitalised menu entries run together: "CompanyCompany OverviewHistory". */
export function isGluedMenu(line: string): boolean {
  const s = line.length > 2000 ? line.slice(0, 2000) : line;
  // A joint is where a glued entry starts: lower, capital, lower ("yCompany"). Mixed-case
  // legal forms end in their capital ("GmbH", "SpA"), so they make no joint.
  const joints = s.match(/\p{Ll}\p{Lu}\p{Ll}/gu)?.length ?? 0;
  if (joints < 2) return false;
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (!words.length) return false;
  const lower = words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
  const share = lower / words.length;
  return share <= 0.2 || (joints >= 4 && share <= 0.35);
}

/** Lower-case words allowed inside a title-case menu entry ("Terms of Use", "Mergers & Acquisitions"). */
const MENU_FUNCTION_WORDS = new Set(
  (
    'a an and as at by for from in of on or the to with ' +
    'de des du la le les et en à au aux der die das und von für zu el los las y del con para'
  ).split(' '),
);

/**
 * A menu-like short line: 1-5 words in title case (or a single word), no sentence
 * punctuation inside, an optional final full stop. "Company Overview.", "Updated as of.",
 * "Contributing Writer" are; "Sales rose sharply." is not.
 */
export function isShortLine(line: string): boolean {
  if (line.length > 60) return false;
  const words = line.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 1 || words.length > 5) return false;
  if (/[?!:,;]$/.test(line)) return false;
  const inner = line.replace(/[.…]+["'”’»)]*$/, '');
  if (/[.!?](?:\s|$)/.test(inner)) return false;
  if (words.length === 1) return true;
  return words.every((w) => {
    const first = /\p{L}/u.exec(w)?.[0];
    if (!first || first !== first.toLowerCase()) return true; // no letters, or capitalised
    return MENU_FUNCTION_WORDS.has(w.toLowerCase().replace(/[^\p{L}]+$/u, ''));
  });
}

export function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128 && /[\p{L}\p{N}]/u.test(s[i] as string)) return true;
  }
  return false;
}

/** A leading "(Agence X) - " or "CITY (Reuters) -" credit, removed from the first body line. */
export function stripAgencyCredit(line: string): string {
  const head = line.slice(0, 200);
  const lead = /^\(\p{Lu}[^()\n]{0,40}\)\s*[-–—:]\s*/u.exec(head);
  if (lead) return line.slice(lead[0].length);
  const dateline =
    /^(\p{Lu}{2,}(?:[ ,/.'-]+\p{Lu}{2,}){0,4}(?:,[^()\n]{1,30})?)\s*\(\p{Lu}[^()\n]{0,40}\)\s*([-–—])\s*/u.exec(
      head,
    );
  if (dateline)
    return `${dateline[1] as string} ${dateline[2] as string} ${line.slice(dateline[0].length)}`;
  return line;
}

export interface LogicalLine {
  /** Physical lines joined with "\n". */
  text: string;
  /** With "\n" as spaces, for matching. */
  flat: string;
  para: number;
  words: number;
}

function shouldMerge(prev: string, cur: string): boolean {
  if (/^[\p{Ll}”’»),;:]/u.test(cur)) return true;
  // a scraper's "the U.\nS.\naffiliate"
  return /(?:^|[^\p{L}])\p{Lu}\.$/u.test(prev) && /^\p{Lu}\.(?:\s|$)/u.test(cur);
}

export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let para = 0;
  let lastPhysical = '';
  let current: { parts: string[]; para: number } | null = null;
  const flush = () => {
    if (!current) return;
    const t = current.parts.join('\n');
    const flat = current.parts.join(' ');
    out.push({ text: t, flat, para: current.para, words: countWords(flat) });
    current = null;
  };
  for (const raw of text.split('\n')) {
    const line = normalizeLine(raw);
    if (!line) {
      flush();
      para++;
      lastPhysical = '';
      continue;
    }
    if (current && lastPhysical && shouldMerge(lastPhysical, line)) {
      (current as { parts: string[] }).parts.push(line);
    } else {
      flush();
      current = { parts: [line], para };
    }
    lastPhysical = line;
  }
  flush();
  return out;
}
