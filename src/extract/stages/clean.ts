/**
 * Stage `clean`: keeps the article body of a scraped page and marks teaser/link lists as
 * peripheral zones. What it knows about page furniture comes from data/boilerplate.csv.
 *
 * Lines: glued menu text, runs of >= 3 short lines (menus, bylines, share buttons),
 * repeated short lines (site names), duplicated lines and `line` patterns are dropped;
 * after a `section_end` heading the rest is peripheral, after a `section_break` heading
 * lines are peripheral until the next prose paragraph. Sentences: policy, cookie and
 * promotion sentences are dropped (clean/scoring.ts). A leading agency credit goes too.
 * Every step is linear in the input; the parts live in src/extract/clean/.
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
import { datelineDate } from '../clean/dateline.js';
import { normalizeHeading, type BoilerplateRules } from '../clean/rules.js';
import { scoreSentence } from '../clean/scoring.js';
import { firstSentenceOf, headlineOf } from '../clean/title.js';
import { baseName } from '../load/titles.js';
import type { TextKnowledge } from '../knowledge/text.js';
import { abbreviationsFor } from '../text/abbreviations.js';
import { segment, type SegmentRules } from '../text/segment.js';
import type { CleanDocument, RawDocument, Zone } from '../types.js';

// What the tests use from the modules above.
export { isGluedMenu, isShortLine, stripAgencyCredit } from '../clean/lines.js';
export { stripInvisible, stripMarkdownLinks, stripMarkup } from '../clean/markup.js';
export { normalizeHeading, parseBoilerplate, type BoilerplateRules } from '../clean/rules.js';
export { scoreSentence, type SentenceScore } from '../clean/scoring.js';

interface KeptLine {
  text: string;
  para: number;
  zone: Zone['kind'];
}

/** Body text before a heading that ends the article; less is a page-top link list. */
const BODY_STARTED_CHARS = 150;

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
    if (j - i >= 3) for (let member = i; member < j; member++) out[member] = true;
    i = j;
  }
  return out;
}

function shortRuns(flats: readonly string[], titleKey: string | null): boolean[] {
  return runsOfThree(
    flats.map((flat) => !(titleKey !== null && dupKey(flat) === titleKey) && isShortLine(flat)),
  );
}

/** Groups consecutive lines of one paragraph and zone. */
function chunks(lines: readonly KeptLine[]): KeptLine[] {
  const out: KeptLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last.para === line.para && last.zone === line.zone) last.text += `\n${line.text}`;
    else out.push({ ...line });
  }
  return out;
}

const proseish = (line: LogicalLine | undefined): boolean =>
  line !== undefined && line.words >= 12 && TERMINAL_END.test(line.flat);

/**
 * Whether running text resumes at `line` after a teaser block: a long paragraph, or one
 * followed by another; before any body text (page-top link lists) any sentence-like line.
 */
function isProse(line: LogicalLine, next: LogicalLine | undefined, bodyStarted: boolean): boolean {
  if (!proseish(line)) return false;
  return !bodyStarted || line.words >= 30 || proseish(next);
}

/** The key under which two lines count as the same: lower-cased, without final dots. */
function dupKey(flat: string): string {
  const key = flat.length > 2000 ? flat : flat.toLowerCase();
  let end = key.length;
  while (end > 0 && (key[end - 1] === '.' || key[end - 1] === ' ' || key[end - 1] === '\n')) end--;
  return key.slice(0, end);
}

/** Line breaks unified, invisible characters, markup and Markdown links removed. */
function prepareText(text: string): string {
  return stripMarkdownLinks(
    stripMarkup(
      text
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(INVISIBLE, '')
        .normalize('NFC'),
    ),
  );
}

function prepareTitle(title: string | undefined): string {
  if (title === undefined) return '';
  return stripMarkup(stripInvisible(title).normalize('NFC')).replace(/\s+/g, ' ').trim();
}

interface LineFeatures {
  heading: ('end' | 'break' | null)[];
  short: boolean[];
  /** How often each short line of at most four words occurs. */
  shortCount: Map<string, number>;
  /** Members of runs of >= 3 short lines (blank lines do not break a run): menus. */
  menu: boolean[];
}

function lineFeatures(
  lines: readonly LogicalLine[],
  rules: BoilerplateRules,
  titleKey: string | null,
): LineFeatures {
  const heading = new Array<'end' | 'break' | null>(lines.length).fill(null);
  const short = new Array<boolean>(lines.length).fill(false);
  const shortCount = new Map<string, number>();
  lines.forEach((line, i) => {
    if (line.flat.length <= 60) {
      const normalized = normalizeHeading(line.flat);
      if (rules.sectionEnds.has(normalized)) heading[i] = 'end';
      else if (rules.sectionBreaks.has(normalized)) heading[i] = 'break';
    }
    const isTitle = titleKey !== null && dupKey(line.flat) === titleKey;
    short[i] = !isTitle && isShortLine(line.flat);
    if (short[i] && line.words <= 4) {
      const key = dupKey(line.flat);
      shortCount.set(key, (shortCount.get(key) ?? 0) + 1);
    }
  });
  return { heading, short, shortCount, menu: runsOfThree(short) };
}

/** Drops furniture lines and gives the others their zone. */
function keepLines(
  lines: readonly LogicalLine[],
  features: LineFeatures,
  rules: BoilerplateRules,
): KeptLine[] {
  const kept: KeptLine[] = [];
  const seen = new Set<string>();
  let state: 'body' | 'aside' | 'end' = 'body';
  let bodyChars = 0;
  lines.forEach((line, i) => {
    if (!hasWordChar(line.flat)) return;
    const heading = features.heading[i];
    if (heading) {
      if (heading === 'end' && bodyChars >= BODY_STARTED_CHARS) state = 'end';
      else if (state !== 'end') state = 'aside';
      return;
    }
    if (features.menu[i]) return;
    if (line.flat.length <= 250 && rules.linePatterns.some((re) => re.test(line.flat))) return;
    if (isGluedMenu(line.flat)) return;
    const key = dupKey(line.flat);
    if (features.short[i] && (features.shortCount.get(key) ?? 0) >= 2) return; // a site name
    if (seen.has(key)) return; // a duplicated headline or paragraph
    seen.add(key);
    if (state === 'aside' && isProse(line, lines[i + 1], bodyChars >= BODY_STARTED_CHARS))
      state = 'body';
    const zone = state === 'body' ? 'body' : 'peripheral';
    kept.push({ text: line.text, para: line.para, zone });
    if (zone === 'body' && line.words >= 8) bodyChars += line.flat.length;
  });
  return kept;
}

/** A news-agency credit ("(Agence X) - ") at the start of the body is not the article's. */
function dropAgencyCredit(kept: KeptLine[]): void {
  const firstBody = kept.findIndex((line) => line.zone === 'body');
  if (firstBody < 0 || firstBody >= 3) return;
  const line = kept[firstBody] as KeptLine;
  line.text = stripAgencyCredit(line.text);
  if (!hasWordChar(line.text)) kept.splice(firstBody, 1);
}

/** Drops policy sentences, chunk by chunk of consecutive lines of one paragraph and zone. */
function dropPolicyText(
  kept: readonly KeptLine[],
  rules: BoilerplateRules,
  sentenceRules: SegmentRules,
): KeptLine[] {
  const out: KeptLine[] = [];
  for (const chunk of chunks(kept)) {
    const text = dropPolicySentences(chunk.text, chunk.zone, rules, sentenceRules);
    if (!text) continue;
    for (const line of logicalLines(text))
      out.push({ text: line.text, zone: chunk.zone, para: chunk.para });
  }
  return out;
}

/** Paragraphs separated by a blank line; zones cover the whole text. */
function assemble(pieces: readonly KeptLine[]): { text: string; zones: Zone[] } {
  let text = '';
  const zones: Zone[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) {
      text += '\n\n';
      const last = zones[zones.length - 1];
      if (last) last.end = text.length;
    }
    const start = text.length;
    text += piece.text;
    const last = zones[zones.length - 1];
    if (last && last.kind === piece.zone) last.end = text.length;
    else zones.push({ start, end: text.length, kind: piece.zone });
  });
  return { text, zones };
}

/** Lines the clean stage drops as furniture, judged before any title is known. */
function furnitureOf(
  lines: readonly LogicalLine[],
  rules: BoilerplateRules,
): (line: LogicalLine, index: number) => boolean {
  const features = lineFeatures(lines, rules, null);
  return (line, index) =>
    features.heading[index] !== null ||
    features.menu[index] === true ||
    (line.flat.length <= 250 && rules.linePatterns.some((re) => re.test(line.flat))) ||
    isGluedMenu(line.flat);
}

/** Without a headline: the first sentence of the body, cut at a word. */
function firstSentenceTitle(
  pieces: readonly KeptLine[],
  sentenceRules: SegmentRules,
  captions: readonly RegExp[],
): string | null {
  const paragraphs = pieces.filter((piece) => piece.zone === 'body').map((piece) => piece.text);
  const sentences = (paragraph: string) =>
    segment(paragraph, 0, paragraph.length, sentenceRules, 'body').map((span) =>
      paragraph.slice(span.start, span.end),
    );
  return firstSentenceOf(paragraphs, sentences, captions);
}

export function clean(doc: RawDocument, knowledge: TextKnowledge): CleanDocument {
  const rules = knowledge.boilerplate;
  const lines = logicalLines(prepareText(doc.text));
  // The source's title, else the headline above the body; protected from menu removal.
  const givenTitle =
    prepareTitle(doc.title) || headlineOf(lines, furnitureOf(lines, rules), rules.captionPatterns);
  const titleKey = givenTitle ? dupKey(givenTitle) : null;
  const kept = keepLines(lines, lineFeatures(lines, rules, titleKey), rules);
  dropAgencyCredit(kept);
  const sentenceRules: SegmentRules = {
    abbreviations: abbreviationsFor(knowledge.abbreviations, 'und'),
    lineContinuations: knowledge.lineContinuations,
  };
  const afterSentences = dropPolicyText(kept, rules, sentenceRules);
  // Headings left orphaned by dropped sentences now stand together: drop those runs too.
  const orphan = shortRuns(
    afterSentences.map((line) => line.text.replace(/\n/g, ' ')),
    titleKey,
  );
  const pieces = chunks(afterSentences.filter((_, i) => !orphan[i]));
  const { text, zones } = assemble(pieces);
  const title =
    givenTitle ||
    firstSentenceTitle(pieces, sentenceRules, rules.captionPatterns) ||
    baseName(doc.file);
  const result: CleanDocument = {
    id: doc.id,
    file: doc.file,
    title,
    date:
      doc.date ??
      datelineDate(lines, (line) => rules.linePatterns.some((re) => re.test(line.flat))),
    text,
    zones,
  };
  if (doc.url !== undefined) result.url = doc.url;
  return result;
}

/** Marks the sentences whose score reaches the zone's threshold, and their weaker neighbours. */
function policyDrops(
  chunk: string,
  spans: readonly { start: number; end: number }[],
  zone: Zone['kind'],
  rules: BoilerplateRules,
): boolean[] {
  const thresholds = rules.thresholds;
  const scores = spans.map((span) => {
    const { score, words } = scoreSentence(chunk.slice(span.start, span.end), rules);
    const threshold =
      zone === 'peripheral'
        ? thresholds.peripheral
        : words <= 4
          ? thresholds.short
          : thresholds.body;
    return { score, threshold };
  });
  const drop = scores.map(({ score, threshold }) => score > 0 && score >= threshold);
  if (!drop.includes(true)) return drop;
  // Policy text comes in blocks: next to a dropped sentence, a lower score is enough.
  const near = Math.min(
    thresholds.near,
    zone === 'peripheral' ? thresholds.peripheral : thresholds.near,
  );
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < spans.length; i++) {
      const score = scores[i]?.score ?? 0;
      if (drop[i] || score <= 0 || score < near) continue;
      if (drop[i - 1] || drop[i + 1]) {
        drop[i] = true;
        changed = true;
      }
    }
  }
  return drop;
}

/** Removes the sentences of a chunk whose boilerplate score reaches the zone's threshold. */
function dropPolicySentences(
  chunk: string,
  zone: Zone['kind'],
  rules: BoilerplateRules,
  sentenceRules: SegmentRules,
): string {
  const spans = segment(chunk, 0, chunk.length, sentenceRules, zone);
  const drop = policyDrops(chunk, spans, zone, rules);
  if (!drop.includes(true)) return chunk;
  const parts: string[] = [];
  let pos = 0;
  spans.forEach((span, i) => {
    if (!drop[i]) return;
    parts.push(chunk.slice(pos, span.start));
    pos = span.end;
  });
  parts.push(chunk.slice(pos));
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => hasWordChar(line))
    .join('\n');
}
