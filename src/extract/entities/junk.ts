/**
 * Junk rules: capitalised words that no reader would call an organisation. They run after
 * the rules that find strong evidence (a legal form, a keyword, a definition), so they only
 * ever stop weak names and acronyms: dates, stock tickers, sources cited for a story,
 * projects and systems, and generic business or technology terms.
 */
import type { Knowledge } from '../knowledge/index.js';
import { calendarWords } from '../text/calendar.js';
import { escapeRegExp } from './lexicons.js';
import type { Decision } from './decision.js';
import type { EntityRule } from './rule.js';

const DROP: Decision = { kind: 'drop' };

/** How much text before a name may hold a source label ("Reporting by"). */
const SOURCE_WINDOW = 30;

/** "Thursday", "März", "giovedì": a weekday or month name alone is a date. */
export const calendarWord: EntityRule = {
  name: 'calendarWord',
  decide: (candidate) =>
    candidate.single && calendarWords().has(candidate.lastToken?.lower ?? '') ? DROP : undefined,
};

/** "(NASDAQ: TSLA)", "(OTC:ACME)": an exchange code and a ticker name no organisation. */
export const stockTicker: EntityRule = {
  name: 'stockTicker',
  decide: (candidate) => {
    if (!candidate.single) return undefined;
    const { text } = candidate.document;
    const token = candidate.lastToken;
    if (!token) return undefined;
    const before = text.slice(Math.max(0, token.start - 20), token.start);
    const after = text.slice(token.end, token.end + 20);
    const ticker = /\(\s*[\p{L}-]{2,12}\s*:\s*$/u.test(before) && /^\s*[),;]/u.test(after);
    const exchange = /\(\s*$/u.test(before) && /^\s*:\s*[\p{Lu}\d.]{1,8}\s*[),;]/u.test(after);
    return ticker || exchange ? DROP : undefined;
  },
};

interface SourcePatterns {
  before: RegExp;
  after: RegExp;
}

const sourceCache = new WeakMap<ReadonlySet<string>, SourcePatterns>();

function sourcePatterns(knowledge: Knowledge, language: string): SourcePatterns {
  const beforeWords = knowledge.lexicon('source_before', language);
  let patterns = sourceCache.get(beforeWords);
  if (!patterns) {
    const alternatives = (terms: ReadonlySet<string>) =>
      [...terms].map((term) => escapeRegExp(term).replace(/\s+/gu, '\\s+')).join('|');
    const afterWords = knowledge.lexicon('source_after', language);
    patterns = {
      before: new RegExp(`(?:^|[^\\p{L}])(?:${alternatives(beforeWords)})\\s*$`, 'iu'),
      after: new RegExp(`^\\s+(?:${alternatives(afterWords)})(?![\\p{L}])`, 'iu'),
    };
    sourceCache.set(beforeWords, patterns);
  }
  return patterns;
}

/**
 * "according to Newsly", "an Electronews report", "Source: Jane Roe", "Reporting by ...":
 * a publisher, agency or author cited for the story is not a party to it.
 */
export const citedSource: EntityRule = {
  name: 'citedSource',
  decide: (candidate) => {
    const { tokens, first } = candidate.span;
    const start = tokens[first]?.start ?? 0;
    const end = candidate.lastToken?.end ?? 0;
    const { text, language } = candidate.document;
    const patterns = sourcePatterns(candidate.context.knowledge, language);
    const before = text.slice(Math.max(0, start - SOURCE_WINDOW), start);
    const after = text.slice(end, end + SOURCE_WINDOW);
    return patterns.before.test(before) || patterns.after.test(after) ? DROP : undefined;
  },
};

/**
 * "SHANGHAI (Newsly) -": a wire service's dateline names the agency that filed the story,
 * so the agency is its source wherever the document names it ("Newsly reported that").
 */
const datelines = new WeakMap<object, ReadonlySet<string>>();

function datelineAgencies(text: string, document: object): ReadonlySet<string> {
  let agencies = datelines.get(document);
  if (!agencies) {
    const found = text.matchAll(/^[\p{Lu}][\p{Lu}\p{M} .,'’-]+\(([^()\n]{2,40})\)\s*[-–—]/gmu);
    agencies = new Set([...found].map((match) => (match[1] ?? '').trim()));
    datelines.set(document, agencies);
  }
  return agencies;
}

export const datelineSource: EntityRule = {
  name: 'datelineSource',
  decide: (candidate) => {
    const agencies = datelineAgencies(candidate.document.text, candidate.document);
    return agencies.has(candidate.surface) ? DROP : undefined;
  },
};

/**
 * "the Atlas pipeline", "SKYHAWK systems", "le projet Atlas", "Projekt Atlas": a name beside
 * a project noun designates the project, pipeline, programme or system, not a company.
 */
export const projectName: EntityRule = {
  name: 'projectName',
  decide: (candidate) => {
    const nouns = candidate.context.knowledge.lexicon('project_noun', candidate.document.language);
    const { tokens, first } = candidate.span;
    const last = candidate.nameLast;
    const next = tokens[last + 1];
    const previous = tokens[first - 1];
    const nounAfter = next !== undefined && !next.cap && nouns.has(next.lower);
    const nounBefore = previous !== undefined && nouns.has(previous.lower);
    const nounFirst = last > first && nouns.has(tokens[first]?.lower ?? '');
    return nounAfter || nounBefore || nounFirst ? DROP : undefined;
  },
};

/** "Joint Venture", "MoU", "Digital Technology", "Retail Netzwerk": generic terms only. */
export const genericTerms: EntityRule = {
  name: 'genericTerms',
  decide: (candidate) => {
    const { knowledge, words } = candidate.context;
    const generic = genericWords(knowledge, candidate.document.language);
    const { tokens, first } = candidate.span;
    for (let i = first; i <= candidate.nameLast; i++) {
      const token = tokens[i];
      if (!token) return undefined;
      const connector = !token.cap && words.connectors.has(token.lower);
      if (!connector && !generic.has(token.lower)) return undefined;
    }
    return DROP;
  },
};

const genericCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The words of the generic terms ("joint venture" gives "joint" and "venture"). */
function genericWords(knowledge: Knowledge, language: string): ReadonlySet<string> {
  const terms = knowledge.lexicon('generic_term', language);
  let words = genericCache.get(terms);
  if (!words) {
    words = new Set([...terms].flatMap((term) => term.split(/\s+/u)));
    genericCache.set(terms, words);
  }
  return words;
}

/** How many function words may stand between a minister's "of" and the portfolio. */
const PORTFOLIO_REACH = 3;

/**
 * "Minister of Mines and Energy", "ministre de l'Économie", "Ministro dos Recursos Minerais":
 * a minister's portfolio is no organisation (the ministry, "Ministry of ...", is one).
 */
export const ministerPortfolio: EntityRule = {
  name: 'ministerPortfolio',
  decide: (candidate) => {
    const { tokens, first } = candidate.span;
    const { words, knowledge } = candidate.context;
    const ministers = knowledge.lexicon('minister_title', candidate.document.language);
    for (let j = first - 1; j >= Math.max(1, first - PORTFOLIO_REACH); j--) {
      const token = tokens[j];
      if (!token) break;
      if (words.ofWords.has(token.lower) && ministers.has(tokens[j - 1]?.lower ?? '')) return DROP;
      if (!words.functionWords.has(token.lower) && !words.ofWords.has(token.lower)) break;
    }
    return undefined;
  },
};

/** The junk rules, in the order ENTITY_RULES tries them (after the strong organisation rules). */
export const JUNK_RULES: readonly EntityRule[] = [
  calendarWord,
  stockTicker,
  citedSource,
  datelineSource,
  projectName,
  genericTerms,
];
