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
  SentencedDocument,
} from '../types.js';
import { phraseEndingAt } from '../text/match.js';
import { findRuns, isTitleCase, joinPlaceRuns } from '../text/runs.js';
import { tokenize, type Token } from '../text/tokens.js';
import { isNonNounWord } from '../text/common-words.js';
import { startsDate } from './dates.js';
import { datelinePlace, markDatelines } from '../entities/datelines.js';
import {
  ACRONYM,
  dropFinalStop,
  isLegal,
  keywordKinds,
  lexicons,
  MAX_NAME_TOKENS,
  textOf,
  titleAt,
  type Part,
} from '../entities/lexicons.js';
import { sortMentions } from '../entities/order.js';
import { linkRoles, type PendingRole } from '../entities/roles.js';
import { acceptWeak, cuePositions, isModel } from '../entities/weak.js';
import { trimFront } from '../entities/front.js';

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

export function extractEntities(
  doc: SentencedDocument,
  k: Knowledge,
  places: PlaceLookup,
): EntityDocument {
  const lx = lexicons(k, doc.language);
  const mentions: Mention[] = [];
  const acronyms: AcronymDefinition[] = [];
  const firstPerson: FirstPersonDefinition[] = [];
  const weak: Part[] = [];
  // Titles waiting for their organisation, linked once weak names are settled.
  const pendingRoles: PendingRole[] = [];
  const orgBeforeTitle = new Map<string, number>();
  const sentTokens = doc.sentences.map((s) =>
    dropFinalStop(tokenize(s.text, s.start, lx.dotted), k),
  );
  const lowerWords = new Set<string>();
  for (const toks of sentTokens) for (const t of toks) if (!t.cap) lowerWords.add(t.lower);
  const countries = new Set<string>();
  const nounsCapitalised = k.lexicon('capitalised_nouns', doc.language).has('yes');

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
    const titleCase = isTitleCase(tokens, lx.functionWords, nounsCapitalised);
    const used = new Set<number>();
    const cues = cuePositions(k, doc.language, tokens);

    const runs = joinPlaceRuns(
      findRuns(tokens, sentence.text, sentence.start, lx.connectors, k.lowerCaseLegal),
      tokens,
      sentence.text,
      sentence.start,
      (a, b) =>
        !isLegal(k, tokens[b]) &&
        !k.orgKeywords.has(tokens[b]?.lower ?? '') &&
        lookupPlace(tokens, a, b) !== null,
    );
    for (const run of runs) {
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
        const last = piece.last;
        // Strip what is not the name: function words, honorifics, "of" after a title,
        // amounts, and head nouns such as "Shares of" (entities/front.ts).
        const front = trimFront(tokens, piece.first, last, lx, k, doc.language);
        const { honorific, ofTitle } = front;
        const first =
          !honorific && !ofTitle && articleOfPlace(piece.first, front.first, last)
            ? piece.first
            : front.first;
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
      // "the Company", "the Group", "GmbH & Co. KG": legal forms alone name no one.
      if (
        toks
          .slice(first, last + 1)
          .every((t) => isLegal(k, t) || k.legalSuffixes.has(t.lower.replace(/\.$/, '')))
      )
        return null;
      // A wire-service credit in a dateline: "/PRNewswire/".
      if (doc.text[(toks[first]?.start ?? 1) - 1] === '/' && doc.text[toks[last]?.end ?? 0] === '/')
        return null;
      // A lone initial ("U." of a broken "U.\nS.") or a plural acronym ("CPUs") is no name.
      if (first === last && /^(\p{L}\.?|\p{Lu}{2,}s)$/u.test(toks[first]?.text ?? '')) return null;

      const place =
        lookupPlace(toks, first, last) ??
        // Wire copy names the dateline's place in English whatever the language of the
        // text: "New Zealand, le 9 juillet 2022 —". Only there, English names count too.
        (first === 0 && doc.language !== 'en' && datelinePlace(sentence.text) === surface
          ? places.lookup(surface, { language: 'en', countries })
          : null);
      // Dateline glued to a name: "LAGOS Acme Holdings", "26 May 2021, Lagos Acme Holdings";
      // but "MEXICO CITY" is one place, not Mexico and a name.
      if (last > first && !place) {
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

      // "A350", "XR350": a model designation, not an acronym of a company.
      const isAcronym =
        first === last &&
        lastTok !== undefined &&
        ACRONYM.test(lastTok.text.replace(/\./g, '')) &&
        !isModel(p);
      const personByTitle = piece.titleBefore !== undefined && !orgEnd.length && !isAcronym;
      const followingTitle = titleAfterApposition(toks, last);
      const speech = precededBySpeechVerb(toks, first);
      // "O presidente da Acme, Jane Roe, disse": a name in apposition to a titled organisation.
      const titledOrg = !orgEnd.length && !legal ? appositionToTitledOrg(toks, first, last) : null;
      const nameLike =
        last - first <= 2 &&
        toks
          .slice(first, part.titleCase ? Math.min(last, first + 1) + 1 : last + 1)
          .every((t) => t.cap && !t.upper && !(part.titleCase && isNonNounWord(t.lower)));

      if (
        !orgEnd.length &&
        !legal &&
        nameLike &&
        (honorific || personByTitle || followingTitle || speech || titledOrg)
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
        if (titledOrg)
          pendingRoles.push({
            person: pm,
            title: titledOrg.title,
            orgBefore: false,
            at: titledOrg.org,
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
      // "March 4, 2021", "12. Mai": a month name starts a date, not a name.
      if (
        first === last &&
        startsDate(
          doc.text.slice(toks[first]?.start ?? 0, (toks[first]?.start ?? 0) + 30),
          doc.language,
        )
      )
        return null;
      // A quoted term: the “Company”.
      if (
        first === last &&
        /[“"‘«]\s*$/u.test(
          doc.text.slice(Math.max(0, (toks[first]?.start ?? 0) - 2), toks[first]?.start ?? 0),
        )
      )
        return null;
      // A single common word ("Headquartered", "Independent") is no name of its own, but
      // may be the short name of a company the document names in full ("Independent Ltd").
      weak.push(
        first === last && isNonNounWord(toks[first]?.lower ?? '') ? { ...p, commonWord: true } : p,
      );
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

    /**
     * "Los Angeles", "The Hague": the one word stripped off the front is the place's article.
     * Only a short rest with no legal form or keyword may be such a place; where nouns are
     * capitalised, "Die Nachfrage" is not one (saves a gazetteer lookup per sentence).
     */
    function articleOfPlace(from: number, first: number, last: number): boolean {
      const rest = last - first + 1;
      if (first !== from + 1 || rest < 1 || rest > 3 || (nounsCapitalised && rest === 1))
        return false;
      const end = tokens[last];
      if (isLegal(k, end) || k.orgKeywords.has(end?.lower ?? '')) return false;
      return lookupPlace(tokens, from, last) !== null;
    }

    /**
     * "The CEO of Acme, Jane Roe, said", "il presidente di Acme, Mario Rossi,": the name stands
     * between commas right after an organisation that a role title governs. Returns the title
     * and the organisation's first token.
     */
    function appositionToTitledOrg(
      toks: readonly Token[],
      first: number,
      last: number,
    ): { title: string; org: number } | null {
      const gapBefore = doc.text.slice(toks[first - 1]?.end ?? 0, toks[first]?.start ?? 0);
      const gapAfter = doc.text.slice(toks[last]?.end ?? 0, (toks[last]?.end ?? 0) + 2);
      if (gapBefore !== ', ' || !/^\s*,/u.test(gapAfter)) return null;
      let org = first - 1;
      while (org > 0 && toks[org - 1]?.cap && first - org < MAX_NAME_TOKENS) org--;
      if (!toks[org]?.cap) return null;
      for (let j = org - 1; j >= Math.max(1, org - 3); j--) {
        const t = toks[j];
        if (!t) break;
        if (lx.ofWords.has(t.lower)) {
          const title = phraseEndingAt(lx.titles, toks, j - 1);
          if (title) return { title: textOf(doc, toks, j - title.length, j - 1), org };
        }
        if (!lx.functionWords.has(t.lower) && !lx.ofWords.has(t.lower)) break;
      }
      return null;
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
  const roleLinks = linkRoles(doc, mentions, pendingRoles, orgBeforeTitle, sentTokens, lx, k);
  markDatelines(doc, mentions);
  return {
    ...doc,
    mentions: sortMentions(mentions, roleLinks, acronyms, firstPerson),
    acronyms,
    roleLinks,
    firstPerson,
  };
}
