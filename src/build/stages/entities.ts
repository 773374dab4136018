/**
 * Stage `entities`: finds organisations, people and places in each sentence.
 *
 * Names are capitalised runs (text/runs.ts). Each run is classified by what the text
 * itself says about it, strongest signals first:
 *   place   - the gazetteer knows it (countries, cities, regions, in several languages);
 *   person  - an honorific, a role title ("X, CEO of Y"; "Y VP X") or a speech verb;
 *   org     - a legal form, an organisation keyword, an acronym definition "(ABC)";
 *   weak    - none of the above: kept as an organisation only when the document gives
 *             more evidence (coordination with a known organisation, or repeated use
 *             in running text where the word is never written in lower case).
 * Demonyms ("Kenyan", "zimbabwéen") become place mentions of their country.
 */
import type { Knowledge } from '../knowledge/index.js';
import type {
  AcronymDefinition,
  EntityDocument,
  FirstPersonDefinition,
  Mention,
  PlaceRef,
  RoleLink,
  SentencedDocument,
} from '../types.js';
import { longestPhraseAt, phraseAt, phraseEndingAt, toPhrases } from '../text/match.js';
import { findRuns, isTitleCase } from '../text/runs.js';
import { tokenize, type Token } from '../text/tokens.js';
import { isCommonWord } from '../text/common-words.js';
import { startsDate } from './dates.js';

export interface PlaceContext {
  language: string;
  countries?: ReadonlySet<string>;
  states?: ReadonlySet<string>;
}

/** What the entity stage needs from the gazetteer. */
export interface PlaceLookup {
  lookup(surface: string, ctx: PlaceContext): PlaceRef | null;
  /** "Austin, TX": a place qualified by its state or country. */
  lookupIn?(name: string, qualifier: string, ctx: PlaceContext): PlaceRef | null;
  demonym(word: string, language: string): PlaceRef | null;
}

interface Part {
  sentence: number;
  /** Token indexes in this sentence where a relation cue starts. */
  cues: number[];
  tokens: Token[];
  first: number;
  last: number;
  titleCase: boolean;
  sentenceInitial: boolean;
}

interface Lexicons {
  functionWords: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  speechVerbs: string[][];
  andWords: ReadonlySet<string>;
  ofWords: ReadonlySet<string>;
  orgPrefixes: string[][];
  titles: readonly string[][];
  dotted: ReadonlySet<string>;
}

const MAX_NAME_TOKENS = 8;
const ACRONYM = /^[\p{Lu}\p{N}&]{2,7}$/u;

function lexicons(k: Knowledge, language: string): Lexicons {
  const honorifics = k.lexicon('honorific', language);
  const dotted = new Set<string>();
  for (const h of honorifics) if (h.endsWith('.')) dotted.add(h);
  // Legal forms keep their full stop ("Pte. Ltd."), so the name's run goes on past it.
  for (const s of k.legalSuffixes.keys())
    if (s.endsWith('.') || s.length <= 4) dotted.add(s.endsWith('.') ? s : `${s}.`);
  return {
    functionWords: k.lexicon('function_word', language),
    // Names keep their own language's connectors in any text ("Casa dos Ventos" in English).
    connectors: k.lexicon('connector', '*'),
    honorifics,
    speechVerbs: toPhrases(k.lexicon('speech_verb', language)),
    andWords: k.lexicon('and', language),
    ofWords: k.lexicon('of', language),
    orgPrefixes: toPhrases(k.lexicon('org_prefix', language)),
    titles: k.roleTitles(language),
    dotted,
  };
}

function textOf(
  doc: SentencedDocument,
  tokens: readonly Token[],
  first: number,
  last: number,
): string {
  const a = tokens[first];
  const b = tokens[last];
  return a && b ? doc.text.slice(a.start, b.end) : '';
}

/** Organisation keyword kinds present in the part (single words and phrases). */
function keywordKinds(k: Knowledge, tokens: readonly Token[], first: number, last: number) {
  const kinds: { kind: string; at: number }[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t) continue;
    const kind = k.orgKeywords.get(t.lower);
    if (kind) kinds.push({ kind, at: i });
    for (const p of k.orgKeywordPhrases) {
      let ok = i + p.words.length - 1 <= last;
      for (let j = 0; ok && j < p.words.length; j++) ok = tokens[i + j]?.lower === p.words[j];
      if (ok) kinds.push({ kind: p.kind, at: i + p.words.length - 1 });
    }
  }
  return kinds;
}

function isLegal(k: Knowledge, t: Token | undefined): boolean {
  if (!t) return false;
  if (k.legalSuffixes.has(t.lower)) return true;
  // Scraped pages misspell legal forms ("Corpordation"); accept a near miss of a long one.
  return (
    t.lower.length >= 9 &&
    [...k.legalSuffixes.keys()].some((s) => s.length >= 9 && nearMiss(s, t.lower))
  );
}

function nearMiss(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    a.slice(i + 1) === b.slice(i + 1) ||
    a.slice(i) === b.slice(i + 1) ||
    a.slice(i + 1) === b.slice(i)
  );
}

/** The index after a role title starting at i, or -1. Titles must be written capitalised or as in the list. */
function titleAt(lx: Lexicons, tokens: readonly Token[], i: number): number {
  const p = longestPhraseAt(lx.titles, tokens, i);
  return p ? i + p.length : -1;
}

export function extractEntities(
  doc: SentencedDocument,
  k: Knowledge,
  places: PlaceLookup,
): EntityDocument {
  const lx = lexicons(k, doc.language);
  const mentions: Mention[] = [];
  const acronyms: AcronymDefinition[] = [];
  const roleLinks: RoleLink[] = [];
  const firstPerson: FirstPersonDefinition[] = [];
  const weak: Part[] = [];
  // Titles waiting for their organisation, linked once weak names are settled.
  const pendingRoles: {
    person: number;
    title: string;
    orgBefore: boolean;
    at: number;
    sentence: number;
  }[] = [];
  const orgBeforeTitle = new Map<string, number>();
  const sentTokens = doc.sentences.map((s) => tokenize(s.text, s.start, lx.dotted));
  const lowerWords = new Set<string>();
  for (const toks of sentTokens) for (const t of toks) if (!t.cap) lowerWords.add(t.lower);
  const countries = new Set<string>();

  const add = (m: Mention): number => {
    mentions.push(m);
    return mentions.length - 1;
  };
  const mention = (part: Part, kind: Mention['kind'], extra: Partial<Mention> = {}): Mention => {
    const a = part.tokens[part.first];
    const b = part.tokens[part.last];
    return {
      start: a?.start ?? 0,
      end: b?.end ?? 0,
      text: textOf(doc, part.tokens, part.first, part.last),
      kind,
      sentence: part.sentence,
      strength: 'strong',
      firstToken: part.first,
      lastToken: part.last,
      ...(b?.possessive ? { possessive: true } : {}),
      ...extra,
    };
  };

  const lookupPlace = (tokens: readonly Token[], first: number, last: number): PlaceRef | null => {
    const surface = textOf(doc, tokens, first, last);
    const ctx = { language: doc.language, countries };
    // "Austin, Texas" / "Austin, TX 78701": the qualifier after the comma decides.
    const next = tokens[last + 1];
    const sep = next ? doc.text.slice(tokens[last]?.end ?? 0, next.start) : '';
    if (next?.cap && sep === ', ' && places.lookupIn) {
      const qualified = places.lookupIn(surface, next.text, ctx);
      if (qualified) return qualified;
    }
    const direct = places.lookup(surface, ctx);
    if (direct) return direct;
    // French "au Cap", "du Caire": the article is part of the exonym ("Le Cap").
    const prev = tokens[first - 1]?.lower;
    if (doc.language === 'fr' && prev) {
      const article =
        prev === 'au' || prev === 'du' || prev === 'le'
          ? 'Le'
          : prev === 'aux' || prev === 'les'
            ? 'Les'
            : prev === 'la'
              ? 'La'
              : null;
      if (article) return places.lookup(`${article} ${surface}`, ctx);
    }
    return null;
  };

  doc.sentences.forEach((sentence, si) => {
    const tokens = sentTokens[si] ?? [];
    const titleCase = isTitleCase(tokens, lx.functionWords);
    const used = new Set<number>();
    const cues = cuePositions(k, doc.language, tokens);

    for (const run of findRuns(tokens, sentence.text, sentence.start, lx.connectors)) {
      // Split the run at role titles: "Acme VP Jane Roe" -> [Acme] VP [Jane Roe].
      const pieces: { first: number; last: number; titleBefore?: string; titleAfter?: string }[] =
        [];
      let start = run.first;
      let pendingTitle: string | undefined;
      for (let i = run.first; i <= run.last; i++) {
        const end = titleAt(lx, tokens, i);
        if (end > 0 && end - 1 <= run.last) {
          const title = textOf(doc, tokens, i, end - 1);
          if (i > start)
            pieces.push({
              first: start,
              last: i - 1,
              ...(pendingTitle ? { titleBefore: pendingTitle } : {}),
              titleAfter: title,
            });
          pendingTitle = title;
          start = end;
          i = end - 1;
        }
      }
      if (start <= run.last)
        pieces.push({
          first: start,
          last: run.last,
          ...(pendingTitle ? { titleBefore: pendingTitle } : {}),
        });

      for (const piece of pieces) {
        let first = piece.first;
        const last = piece.last;
        let honorific = false;
        let ofTitle = false;
        // Strip leading function words and honorifics ("Pour Jane Roe", "Mr. Roe").
        while (first <= last) {
          const t = tokens[first];
          if (!t) break;
          if (lx.honorifics.has(t.lower)) {
            honorific = true;
            first++;
          } else if (!t.cap && (lx.connectors.has(t.lower) || lx.ofWords.has(t.lower))) {
            // "CEO of Acme": the run after a title's "of" is the title's organisation.
            ofTitle = true;
            first++;
          } else if (lx.functionWords.has(t.lower) && !(t.upper && t.text.length > 1)) first++;
          else break;
        }
        if (honorific === false && lx.honorifics.has(tokens[first - 1]?.lower ?? ''))
          honorific = true;
        if (first > last) continue;
        if (last - first + 1 > MAX_NAME_TOKENS && !titleCase) continue;

        const part: Part = {
          sentence: si,
          cues,
          tokens,
          first,
          last,
          titleCase,
          sentenceInitial: first === 0,
        };
        const idx = classify(
          part,
          ofTitle ? { ...piece, titleBefore: undefined } : piece,
          honorific,
        );
        if (idx !== null) for (let i = first; i <= last; i++) used.add(i);
      }
    }

    // Demonyms anywhere in the sentence: "Kenyan operator", "zimbabwéen".
    tokens.forEach((t, ti) => {
      // "a Lagos-based bank": the place is where the company sits.
      const based = /^(\p{Lu}[\p{L}.'’-]*?)-(?:based|headquartered)$/u.exec(t.text);
      const basePlace = based?.[1] ? places.lookup(based[1], { language: doc.language }) : null;
      if (based?.[1] && basePlace) {
        add({
          start: t.start,
          end: t.start + based[1].length,
          text: based[1],
          kind: 'place',
          sentence: si,
          place: basePlace,
          basedIn: true,
          strength: 'strong',
          firstToken: ti,
          lastToken: ti,
        });
        return;
      }
      if (used.has(ti) || t.text.length < 4) return;
      const place = places.demonym(t.text, doc.language);
      if (place)
        add({
          start: t.start,
          end: t.end,
          text: t.text,
          kind: 'place',
          sentence: si,
          place,
          viaDemonym: true,
          strength: 'strong',
          firstToken: ti,
          lastToken: ti,
        });
    });

    function classify(
      part: Part,
      piece: { titleBefore?: string | undefined; titleAfter?: string },
      honorific: boolean,
    ): number | null {
      const { first, tokens: toks } = part;
      let { last } = part;
      const surface = textOf(doc, toks, first, last);
      if (k.exclusions.has(surface.toLowerCase())) return null;
      // A wire-service credit in a dateline: "/PRNewswire/".
      if (doc.text[(toks[first]?.start ?? 1) - 1] === '/' && doc.text[toks[last]?.end ?? 0] === '/')
        return null;
      // A lone initial ("U." of a broken "U.\nS.") or a plural acronym ("CPUs") is no name.
      if (first === last && /^(\p{L}\.?|\p{Lu}{2,}s)$/u.test(toks[first]?.text ?? '')) return null;

      // Dateline glued to a name: "LAGOS Acme Holdings", "26 May 2021, Lagos Acme Holdings".
      if (last > first) {
        const prev = toks[first - 1];
        const datelinePosition =
          first === 0 || !prev || /\d/.test(prev.text) || toks[first]?.upper === true;
        const head = lookupPlace(toks, first, first);
        const restIsName = toks[first + 1]?.cap && !k.orgKeywords.has(toks[first + 1]?.lower ?? '');
        if (datelinePosition && head && restIsName) {
          add(mention({ ...part, last: first }, 'place', { place: head }));
          return classify({ ...part, first: first + 1, sentenceInitial: false }, piece, honorific);
        }
      }

      const place = lookupPlace(toks, first, last);
      const kinds = keywordKinds(k, toks, first, last);
      if (place && kinds.length === 0 && !honorific) {
        if (place.level === 'country') countries.add(place.id.slice(-2));
        return add(mention(part, 'place', { place }));
      }
      const notOrg = kinds.filter(
        (x) => x.kind === 'facility' || x.kind === 'event' || x.kind === 'law',
      );
      if (notOrg.length) {
        // "Data Centre de Acme Telecom": the owner after the connector is still a name.
        const after = Math.max(...notOrg.map((x) => x.at));
        for (let i = after + 1; i < last; i++)
          if (!toks[i]?.cap && lx.connectors.has(toks[i]?.lower ?? ''))
            return classify({ ...part, first: i + 1, sentenceInitial: false }, {}, false);
        return null;
      }

      // Title-case headlines run words together: cut a name after its keyword or legal form.
      // A keyword alone ("Telecom giants", "the Society") is not a name.
      const onlyKeywords = kinds.length === last - first + 1;
      const orgEnd = onlyKeywords
        ? []
        : [
            ...kinds
              .filter((x) => x.kind === 'company' || x.kind === 'organization')
              .map((x) => x.at),
          ];
      for (let i = first; i <= last; i++) if (isLegal(k, toks[i]) && i > first) orgEnd.push(i);
      if (part.titleCase && orgEnd.length) {
        const cut = Math.max(...orgEnd);
        // Extend over legal forms that follow the keyword ("Acme Telecom Limited").
        let end = cut;
        while (end < last && isLegal(k, toks[end + 1])) end++;
        last = end;
      }
      const p = { ...part, last };

      const lastTok = toks[last];
      const legal = last > first && isLegal(k, lastTok);
      const orgKind = kinds.find((x) => x.kind === 'organization' && x.at <= last)
        ? 'organization'
        : 'company';

      // "Acme Corporation (ACO)" defines an acronym; "Acme Corporation (“we” ...)" defines "we".
      const after = doc.text.slice(lastTok?.end ?? 0, (lastTok?.end ?? 0) + 60);
      // Also a short name: "Acme Holding Group (Acme Holding)", "(“Acme”, “we” or “our”)".
      const def =
        /^\s*\(\s*(?:the\s+)?[“"«]?\s*([\p{Lu}][\p{L}\p{N}&. -]{1,40}?)\s*[”"»]?\s*[),;]/u.exec(
          after,
        );
      const weDef = /^\s*\([^()]{0,40}?[“"«]\s*(?:we|nous|wir|nosotros)\s*[”"»]/iu.exec(after);

      const isAcronym =
        first === last && lastTok !== undefined && ACRONYM.test(lastTok.text.replace(/\./g, ''));
      const personByTitle = piece.titleBefore !== undefined && !orgEnd.length && !isAcronym;
      const followingTitle = titleAfterApposition(toks, last);
      const speech = precededBySpeechVerb(toks, first);
      const nameLike =
        last - first <= 2 &&
        toks
          .slice(first, part.titleCase ? Math.min(last, first + 1) + 1 : last + 1)
          .every((t) => t.cap && !t.upper && !(part.titleCase && isCommonWord(t.lower)));

      if (
        !orgEnd.length &&
        !legal &&
        nameLike &&
        (honorific || personByTitle || followingTitle || speech)
      ) {
        // Title-case text glues the next words on: "VP Jane Roe Delivers Keynote".
        const pLast = part.titleCase ? Math.min(last, first + 1) : last;
        const pm = add(mention({ ...p, last: pLast }, 'person'));
        if (piece.titleBefore !== undefined)
          pendingRoles.push({
            person: pm,
            title: piece.titleBefore,
            orgBefore: true,
            at: first,
            sentence: si,
          });
        if (followingTitle)
          pendingRoles.push({
            person: pm,
            title: followingTitle.title,
            orgBefore: false,
            at: followingTitle.next,
            sentence: si,
          });
        return pm;
      }

      if (
        legal ||
        orgEnd.length ||
        def ||
        weDef ||
        precededByOrgPrefix(toks, first) ||
        afterRoleTitle(toks, first)
      ) {
        const idx = add(mention(p, 'org', { orgType: orgKind }));
        if (def?.[1] && def[1] !== lastTok?.text) acronyms.push({ acronym: def[1], mention: idx });
        if (weDef) firstPerson.push({ mention: idx });
        if (piece.titleAfter !== undefined) orgBeforeTitle.set(`${si}:${first}`, idx);
        return idx;
      }
      if (isAcronym) {
        const idx = add(mention(p, 'org', { orgType: 'company', acronym: true, strength: 'weak' }));
        if (piece.titleAfter !== undefined) orgBeforeTitle.set(`${si}:${first}`, idx);
        return idx;
      }
      if (first === last && toks[first] && places.demonym(toks[first]?.text ?? '', doc.language))
        return null;
      // A single common word ("Headquartered", "Independent") or a quoted term ("the “Company”").
      if (first === last && isCommonWord(toks[first]?.lower ?? '')) return null;
      // "March 4, 2021", "12. Mai": a month name starts a date, not a name.
      if (
        first === last &&
        startsDate(
          doc.text.slice(toks[first]?.start ?? 0, (toks[first]?.start ?? 0) + 30),
          doc.language,
        )
      )
        return null;
      if (
        first === last &&
        /[“"‘«]\s*$/u.test(
          doc.text.slice(Math.max(0, (toks[first]?.start ?? 0) - 2), toks[first]?.start ?? 0),
        )
      )
        return null;
      weak.push(p);
      return null;
    }

    /** "Jane Roe, the CEO of ..." / "Jane Roe, directeur général de ..." */
    function titleAfterApposition(
      toks: readonly Token[],
      last: number,
    ): { title: string; next: number } | null {
      const comma = doc.text.slice(toks[last]?.end ?? 0, toks[last + 1]?.start ?? 0).trim();
      if (comma !== ',') return null;
      let i = last + 1;
      while (i < toks.length && lx.functionWords.has(toks[i]?.lower ?? '') && i < last + 3) i++;
      const end = titleAt(lx, toks, i);
      if (end < 0) return null;
      return { title: textOf(doc, toks, i, end - 1), next: end };
    }

    function precededBySpeechVerb(toks: readonly Token[], first: number): boolean {
      for (const verb of lx.speechVerbs) {
        const s = first - verb.length;
        if (s >= 0 && verb.every((w, j) => toks[s + j]?.lower === w)) return true;
      }
      return false;
    }

    /** "CEO of Acme", "directrice générale de Acme": the name a role title belongs to. */
    function afterRoleTitle(toks: readonly Token[], first: number): boolean {
      for (let j = first - 1; j >= Math.max(1, first - 3); j--) {
        const t = toks[j];
        if (!t) break;
        if (lx.ofWords.has(t.lower) && phraseEndingAt(lx.titles, toks, j - 1)) return true;
        if (!lx.functionWords.has(t.lower) && !lx.ofWords.has(t.lower)) break;
      }
      return false;
    }

    function precededByOrgPrefix(toks: readonly Token[], first: number): boolean {
      for (const pre of lx.orgPrefixes) {
        const s = first - pre.length;
        if (
          s >= 0 &&
          pre.every((w, j) => toks[s + j]?.lower.replace(/’/g, "'") === w.replace(/’/g, "'"))
        )
          return true;
      }
      return false;
    }
  });

  acceptWeak(doc, k, weak, mentions, lowerWords, lx, acronyms);
  // Roles: link each person to the organisation the title belongs to.
  for (const r of pendingRoles) {
    const si = r.sentence;
    const tokens = sentTokens[si] ?? [];
    let org: number | undefined;
    let title = r.title;
    if (r.orgBefore) {
      // "Acme VP Jane Roe": the organisation run just before the title.
      for (const [key, idx] of orgBeforeTitle) {
        const [s0, t0] = key.split(':').map(Number);
        if (s0 === si && (t0 ?? 0) < r.at) org = idx;
      }
    } else {
      // "Jane Roe, CEO of Acme" / "..., directeur du développement du groupe Acme"
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        if (!m || m.sentence !== si || m.kind !== 'org') continue;
        if (m.firstToken >= r.at && m.firstToken - r.at <= 8) org = i;
      }
      const ofIdx = org !== undefined ? mentions[org]?.firstToken : undefined;
      if (ofIdx !== undefined && ofIdx > r.at) {
        // Keep the words between the title and "of" as part of the title.
        const between = tokens.slice(r.at, ofIdx);
        let cut = between.length;
        while (
          cut > 0 &&
          (lx.ofWords.has(between[cut - 1]?.lower ?? '') ||
            lx.functionWords.has(between[cut - 1]?.lower ?? '') ||
            ['groupe', 'group', 'gruppe', 'grupo'].includes(between[cut - 1]?.lower ?? ''))
        )
          cut--;
        if (cut > 0)
          title = `${title} ${doc.text.slice(between[0]?.start ?? 0, between[cut - 1]?.end ?? 0)}`;
      }
    }
    // "President of Mobile Networks at Acme": the unit belongs to the title, Acme is the employer.
    const unit = org !== undefined ? mentions[org] : undefined;
    const at = unit ? tokens[unit.lastToken + 1] : undefined;
    if (unit && at && lx.ofWords.has(at.lower)) {
      const employer = mentions.findIndex(
        (m) => m.sentence === si && m.kind === 'org' && m.firstToken === unit.lastToken + 2,
      );
      if (employer >= 0) {
        title = `${title} ${doc.text.slice(tokens[r.at]?.start ?? unit.start, unit.end)}`;
        unit.inTitle = true;
        org = employer;
      }
    }
    if (org !== undefined)
      roleLinks.push({ person: r.person, organization: org, title, sentence: si, regions: [] });
  }
  markDatelines(doc, mentions);
  return {
    ...doc,
    mentions: sortMentions(mentions, roleLinks, acronyms, firstPerson),
    acronyms,
    roleLinks,
    firstPerson,
  };
}

/** Where relation cues start in a sentence (any relation type). */
function cuePositions(k: Knowledge, language: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const cues = k.cues(language);
  for (let i = 0; i < tokens.length; i++) {
    for (const c of cues) {
      if (phraseAt(c.words, tokens, i)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/**
 * Weak candidates become organisations when the document supports them: coordinated
 * with a known organisation ("Acme and Beta"), or used at least twice inside running
 * text while the word never appears in lower case (so it is not a common word).
 */
function acceptWeak(
  doc: SentencedDocument,
  k: Knowledge,
  weak: Part[],
  mentions: Mention[],
  lowerWords: ReadonlySet<string>,
  lx: Lexicons,
  acronyms: readonly AcronymDefinition[],
): void {
  const orgNames = new Set(mentions.filter((m) => m.kind === 'org').map((m) => m.text));
  // Short names defined in parentheses ("Acme Logistics Ltd. (“Acme”)") are known names.
  for (const a of acronyms) orgNames.add(a.acronym);
  const nounsCapitalised = k.lexicon('capitalised_nouns', doc.language).has('yes');
  const counts = new Map<string, number>();
  const text = (p: Part) => textOf(doc, p.tokens, p.first, p.last);
  for (const p of weak) {
    if (p.titleCase || p.sentenceInitial) continue;
    counts.set(text(p), (counts.get(text(p)) ?? 0) + 1);
  }
  // Connectors inside a name ("Casa dos Ventos") are lower case by nature; judge the rest.
  const commonWord = (p: Part) =>
    p.tokens
      .slice(p.first, p.last + 1)
      .some((t) => t.cap && (lowerWords.has(t.lower) || lx.functionWords.has(t.lower)));
  const coordinated = (p: Part) => {
    const before = p.tokens[p.first - 1];
    const after = p.tokens[p.last + 1];
    const nextName = p.tokens[p.last + 2];
    const prevName = p.tokens[p.first - 2];
    return (
      (after && lx.andWords.has(after.lower) && nextName && orgNames.has(nextName.text)) ||
      (before && lx.andWords.has(before.lower) && prevName && orgNames.has(prevName.text))
    );
  };
  // Two rounds, so "Acme and Beta" accepts Beta, and Beta's later uses follow.
  for (let round = 0; round < 2; round++) {
    for (const p of weak) {
      const name = text(p);
      if ((p as Part & { done?: boolean }).done) continue;
      if (k.exclusions.has(name.toLowerCase()) || commonWord(p)) continue;
      const known = orgNames.has(name);
      // In the slot of a relation cue: "Kestrel Turbines signed an agreement with ...".
      // Where every noun is capitalised (German), or at a sentence start, one word alone
      // needs more than a nearby cue or repetition.
      const initialWord = (p.sentenceInitial || nounsCapitalised) && p.first === p.last;
      const repeated = (counts.get(name) ?? 0) >= 2 && !p.titleCase && !initialWord;
      // At a sentence start only an apposition next to the cue counts ("Beta, a subsidiary of").
      const reach = initialWord ? (nounsCapitalised ? -1 : 3) : 12;
      const nearCue =
        !p.titleCase &&
        p.cues.some((c) => Math.abs(c - p.first) <= reach || Math.abs(c - p.last) <= reach);
      if (known || repeated || nearCue || (!p.titleCase && coordinated(p))) {
        const a = p.tokens[p.first];
        const b = p.tokens[p.last];
        mentions.push({
          start: a?.start ?? 0,
          end: b?.end ?? 0,
          text: name,
          kind: 'org',
          orgType: 'company',
          sentence: p.sentence,
          strength: 'weak',
          firstToken: p.first,
          lastToken: p.last,
          ...(b?.possessive ? { possessive: true } : {}),
        });
        orgNames.add(name);
        (p as Part & { done?: boolean }).done = true;
      }
    }
  }
}

/** "LAGOS / ACCRA, May 3, 2021 —" or "Oslo, 4 March 2021 -": places before the date. */
const DATELINE =
  /^(\p{Lu}[^—–\n]{0,80}?),[^—–\n]{0,40}?\b\d{4}\.?\s*(?:\/[^/\n]{1,40}\/\s*)?(?:--|[—–-])\s/u;

function markDatelines(doc: SentencedDocument, mentions: Mention[]): void {
  doc.sentences.forEach((s, si) => {
    const m = DATELINE.exec(s.text);
    if (!m) return;
    // Every place before the date: "NAIROBI, Kenya, Feb. 2, 2022 --".
    const end = s.start + m[0].length;
    for (const x of mentions)
      if (x.sentence === si && x.kind === 'place' && x.end <= end) x.dateline = true;
  });
}

/** Orders mentions by position and renumbers the references to them. */
function sortMentions(
  mentions: Mention[],
  roles: RoleLink[],
  acronyms: AcronymDefinition[],
  firstPerson: FirstPersonDefinition[],
): Mention[] {
  const order = mentions
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end);
  const newIndex = new Map<number, number>();
  order.forEach((o, j) => newIndex.set(o.i, j));
  const remap = (i: number) => newIndex.get(i) ?? i;
  for (const r of roles) {
    r.person = remap(r.person);
    r.organization = remap(r.organization);
  }
  for (const a of acronyms) a.mention = remap(a.mention);
  for (const f of firstPerson) f.mention = remap(f.mention);
  return order.map((o) => o.m);
}
