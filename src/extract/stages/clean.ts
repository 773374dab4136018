/**
 * Stage `clean`: keeps the article body of a scraped page and marks teaser/link lists as
 * peripheral zones. Everything it knows about furniture comes from data/boilerplate.csv.
 *
 * Line level (logical lines: physical lines joined where a scraper split a sentence):
 *   - glued menu text ("CompanyCompany OverviewHistory") and runs of >= 3 short lines
 *     (menus, bylines, share buttons) are dropped, as are repeated short lines (site names),
 *     duplicated lines (a repeated headline) and lines matching a `line` pattern;
 *   - after a `section_end` heading the rest is peripheral; after a `section_break`
 *     heading, lines are peripheral until the next prose paragraph.
 * Sentence level: sentences whose policy/cookie/promotion score reaches the threshold are
 * dropped (second-person address plus privacy vocabulary; peripheral zones drop any
 * sentence addressing the reader).
 * Finally a leading news-agency credit ("(Agence X) - ") is removed.
 *
 * Output: kept lines joined with "\n", paragraphs with a blank line, whitespace normalised
 * inside lines. Every step is linear in the input; regexes only see bounded lines.
 *
 * The parts live in src/extract/clean/: rules (data/boilerplate.csv), scoring (policy and
 * promotion sentences), markup (invisible characters, tags, links) and lines (menus,
 * short lines, logical lines); this file runs them in order.
 */
import {
  hasWordChar,
  isGluedMenu,
  isShortLine,
  logicalLines,
  stripAgencyCredit,
  TERMINAL_END,
  type LogicalLine,
} from '../clean/lines.js';
import { INVISIBLE, stripInvisible, stripMarkdownLinks, stripMarkup } from '../clean/markup.js';
import {
  loadBoilerplate,
  normalizeHeading,
  type BoilerplateRules,
  type CleanKnowledge,
} from '../clean/rules.js';
import { scoreSentence } from '../clean/scoring.js';
import type { CleanDocument, RawDocument, Zone } from '../types.js';
import { abbreviationsFor, DEFAULT_DATA_DIR, loadAbbreviations, segment } from './sentences.js';

// What the tests and the pipeline use from the modules above.
export { isGluedMenu, isShortLine, stripAgencyCredit } from '../clean/lines.js';
export { stripInvisible, stripMarkdownLinks, stripMarkup } from '../clean/markup.js';
export {
  loadBoilerplate,
  normalizeHeading,
  parseBoilerplate,
  type BoilerplateRules,
  type CleanKnowledge,
} from '../clean/rules.js';
export { scoreSentence, type SentenceScore } from '../clean/scoring.js';

interface KeptLine {
  text: string;
  para: number;
  zone: Zone['kind'];
}

/** Marks the members of runs of at least three consecutive true flags. */
function runsOfThree(flags: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(flags.length).fill(false);
  for (let i = 0; i < flags.length;) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < flags.length && flags[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}

function shortRuns(flats: readonly string[], titleKey: string | null): boolean[] {
  return runsOfThree(
    flats.map((f) => !(titleKey !== null && dupKey(f) === titleKey) && isShortLine(f)),
  );
}

/** Groups consecutive lines of one paragraph and zone. */
function chunks(lines: readonly KeptLine[]): KeptLine[] {
  const out: KeptLine[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last.para === l.para && last.zone === l.zone) last.text += `\n${l.text}`;
    else out.push({ ...l });
  }
  return out;
}

const proseish = (l: LogicalLine | undefined): boolean =>
  l !== undefined && l.words >= 12 && TERMINAL_END.test(l.flat);

/**
 * Whether running text resumes at `line` after a teaser block: a long paragraph, or one
 * followed by another; before any body text (page-top link lists) any sentence-like line.
 */
function isProse(line: LogicalLine, next: LogicalLine | undefined, bodyStarted: boolean): boolean {
  if (!proseish(line)) return false;
  return !bodyStarted || line.words >= 30 || proseish(next);
}

function dupKey(flat: string): string {
  const key = flat.length > 2000 ? flat : flat.toLowerCase();
  let end = key.length;
  while (end > 0 && (key[end - 1] === '.' || key[end - 1] === ' ' || key[end - 1] === '\n')) end--;
  return key.slice(0, end);
}

export function clean(doc: RawDocument, knowledge?: CleanKnowledge): CleanDocument {
  const dataDir = knowledge?.dataDir ?? DEFAULT_DATA_DIR;
  const rules = knowledge?.boilerplate ?? loadBoilerplate(dataDir);
  const abbr = abbreviationsFor(knowledge?.abbreviations ?? loadAbbreviations(dataDir), 'und');

  const prepared = stripMarkdownLinks(
    stripMarkup(
      doc.text
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(INVISIBLE, '')
        .normalize('NFC'),
    ),
  );
  const lines = logicalLines(prepared);
  const rawTitle =
    doc.title === undefined
      ? ''
      : stripMarkup(stripInvisible(doc.title).normalize('NFC')).replace(/\s+/g, ' ').trim();
  const titleKey = rawTitle ? dupKey(rawTitle) : null;

  // Line features.
  const n = lines.length;
  const heading: ('end' | 'break' | null)[] = new Array<'end' | 'break' | null>(n).fill(null);
  const short: boolean[] = new Array<boolean>(n).fill(false);
  const shortCount = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.flat.length <= 60) {
      const h = normalizeHeading(l.flat);
      if (rules.sectionEnds.has(h)) heading[i] = 'end';
      else if (rules.sectionBreaks.has(h)) heading[i] = 'break';
    }
    const isTitle = titleKey !== null && dupKey(l.flat) === titleKey;
    short[i] = !isTitle && isShortLine(l.flat);
    if (short[i] && l.words <= 4) {
      const key = dupKey(l.flat);
      shortCount.set(key, (shortCount.get(key) ?? 0) + 1);
    }
  });

  // Runs of >= 3 consecutive short lines (blank lines do not break a run) are menus.
  const menu = runsOfThree(short);

  // Zones and line drops.
  const kept: KeptLine[] = [];
  const seen = new Set<string>();
  let state: 'body' | 'aside' | 'end' = 'body';
  let bodyChars = 0;
  lines.forEach((l, i) => {
    if (!hasWordChar(l.flat)) return;
    const h = heading[i];
    if (h) {
      if (h === 'end' && bodyChars >= 150) state = 'end';
      else if (state !== 'end') state = 'aside';
      return;
    }
    if (menu[i]) return;
    if (l.flat.length <= 250 && rules.linePatterns.some((re) => re.test(l.flat))) return;
    if (isGluedMenu(l.flat)) return;
    const key = dupKey(l.flat);
    if (short[i] && (shortCount.get(key) ?? 0) >= 2) return; // a site name repeated in the page
    if (seen.has(key)) return; // a duplicated headline or paragraph
    seen.add(key);
    if (state === 'aside' && isProse(l, lines[i + 1], bodyChars >= 150)) state = 'body';
    const zone = state === 'body' ? 'body' : 'peripheral';
    kept.push({ text: l.text, para: l.para, zone });
    if (zone === 'body' && l.words >= 8) bodyChars += l.flat.length;
  });

  // A news-agency credit at the start of the body is not part of the article.
  const firstBody = kept.findIndex((k) => k.zone === 'body');
  if (firstBody >= 0 && firstBody < 3) {
    const k = kept[firstBody] as KeptLine;
    k.text = stripAgencyCredit(k.text);
    if (!hasWordChar(k.text)) kept.splice(firstBody, 1);
  }

  // Sentence-level policy text: per chunk of consecutive kept lines of one paragraph and zone.
  const afterSentences: KeptLine[] = [];
  for (const chunk of chunks(kept)) {
    const text = dropPolicySentences(chunk.text, chunk.zone, rules, abbr);
    if (!text) continue;
    for (const line of logicalLines(text))
      afterSentences.push({ text: line.text, zone: chunk.zone, para: chunk.para });
  }

  // Headings left orphaned by dropped sentences now stand together: drop those runs too.
  const orphan = shortRuns(
    afterSentences.map((k) => k.text.replace(/\n/g, ' ')),
    titleKey,
  );
  const pieces = chunks(afterSentences.filter((_, i) => !orphan[i]));

  // Assemble: paragraphs separated by a blank line; zones cover the whole text.
  let out = '';
  const zones: Zone[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) {
      out += '\n\n';
      const last = zones[zones.length - 1];
      if (last) last.end = out.length;
    }
    const start = out.length;
    out += p.text;
    const last = zones[zones.length - 1];
    if (last && last.kind === p.zone) last.end = out.length;
    else zones.push({ start, end: out.length, kind: p.zone });
  });

  let title = rawTitle;
  if (!title) {
    const firstLine =
      (pieces.find((p) => p.zone === 'body') ?? pieces[0])?.text.split('\n')[0] ?? '';
    title =
      firstLine.length > 200 ? `${firstLine.slice(0, 200).replace(/\s+\S*$/, '')}…` : firstLine;
  }
  const result: CleanDocument = {
    id: doc.id,
    file: doc.file,
    title: title || doc.id,
    date: doc.date,
    text: out,
    zones,
  };
  if (doc.url !== undefined) result.url = doc.url;
  return result;
}

/** Removes the sentences of a chunk whose boilerplate score reaches the zone's threshold. */
function dropPolicySentences(
  chunk: string,
  zone: Zone['kind'],
  rules: BoilerplateRules,
  abbr: ReturnType<typeof abbreviationsFor>,
): string {
  const spans = segment(chunk, 0, chunk.length, abbr, zone);
  const t = rules.thresholds;
  const scores = spans.map((s) => {
    const { score, words } = scoreSentence(chunk.slice(s.start, s.end), rules);
    const threshold = zone === 'peripheral' ? t.peripheral : words <= 4 ? t.short : t.body;
    return { score, threshold };
  });
  const drop = scores.map(({ score, threshold }) => score > 0 && score >= threshold);
  if (!drop.includes(true)) return chunk;
  // Policy text comes in blocks: next to a dropped sentence, a lower score is enough.
  const near = Math.min(t.near, zone === 'peripheral' ? t.peripheral : t.near);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < spans.length; i++) {
      const sc = scores[i];
      if (drop[i] || !sc || sc.score <= 0 || sc.score < near) continue;
      if (drop[i - 1] || drop[i + 1]) {
        drop[i] = true;
        changed = true;
      }
    }
  }
  const parts: string[] = [];
  let pos = 0;
  spans.forEach((s, i) => {
    if (!drop[i]) return;
    parts.push(chunk.slice(pos, s.start));
    pos = s.end;
  });
  parts.push(chunk.slice(pos));
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => hasWordChar(l))
    .join('\n');
}
