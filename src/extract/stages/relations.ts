/**
 * Stage `relations`: typed links stated in a sentence.
 *
 * A relation needs a cue (data/relation-cues.csv) and a syntactic slot for each party.
 * Two companies merely named in one sentence are never linked. The slots are:
 *   mutual cues:   "A and B <cue>"  |  "A <cue> with B"  |  "<cue> between A and B"
 *                  |  "A ... one of B's <cue>"
 *   directed cues: "A <cue> B" (forward: A -> B; backward: B -> A), where B may be a
 *                  possessive before the cue ("A became one of B's suppliers").
 * "we"/"our" stand for the quoted speaker's organisation, or for the organisation
 * that the page says "we" is. Places in the sentence (and in follow-up sentences that
 * point back with "both parties", "ce partenariat"...) become the relation's regions.
 * Organisation-place links (active_in, located_in) and person-organisation links
 * (works_for) are built here too.
 */
import type { Cue, Knowledge } from '../knowledge/index.js';
import type {
  RelatedDocument,
  RelationCandidate,
  ResolvedDocument,
  ResolvedMention,
} from '../types.js';
import { phrasesOf } from '../text/match.js';
import { tokenize } from '../text/tokens.js';
import { addAnaphoricRegions, speakerOrgs } from '../relations/discourse.js';
import { directed, mutual } from '../relations/patterns.js';
import { referenceParty, type ReferenceWords } from '../relations/reference.js';
import {
  cueAt,
  hasVerbBetween,
  mergeParenthesised,
  round,
  SUBJECT_WINDOW,
  tokenRange,
  type Ctx,
  type Party,
} from '../relations/syntax.js';

export function extractRelations(doc: ResolvedDocument, k: Knowledge): RelatedDocument {
  const lang = doc.language;
  const cues = k.cues(lang);
  const sets = {
    with: k.lexicon('with', lang),
    between: k.lexicon('between', lang),
    and: k.lexicon('and', lang),
    articles: k.lexicon('function_word', lang),
  };
  const locatives = k.lexicon('locative', lang);
  const possessives = k.lexicon('possessive', lang);
  const stakeWords = new Set([...k.lexicon('stake', lang)].map((w) => w.toLowerCase()));
  const prepositions = new Set([
    ...k.lexicon('of', lang),
    'to',
    'for',
    'from',
    'in',
    'dans',
    'en',
    'an',
    'von',
  ]);
  const firstPerson = k.lexicon('first_person', lang);
  const speechVerbs = phrasesOf(k.lexicon('speech_verb', lang));
  const anaphors = phrasesOf(k.lexicon('anaphor', lang));
  const referenceWords: ReferenceWords = {
    articles: k.lexicon('definite_article', lang),
    nouns: k.lexicon('org_reference', lang),
    leading: new Set([...sets.articles, ...sets.and, ...k.lexicon('connector', lang)]),
    governing: new Set([...sets.with, ...sets.between, ...sets.and, ...prepositions]),
  };
  const relations: RelationCandidate[] = [];
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of doc.mentions) {
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    list.push(m);
  }
  const roleOrg = new Map(doc.roles.map((r) => [r.person, r.organization]));
  // Speed: each sentence is tokenised once here and shared with the discourse checks,
  // which used to tokenise every sentence twice more.
  const sentTokens = doc.sentences.map((s) => tokenize(s.text, s.start));
  const speakers = speakerOrgs(doc, bySentence, roleOrg, speechVerbs, sentTokens);

  doc.sentences.forEach((_s, si) => {
    const ms = bySentence.get(si) ?? [];
    const tokens = sentTokens[si] ?? [];
    const orgs: Party[] = [];
    const places: Ctx['places'] = [];
    for (const m of ms) {
      const r = tokenRange(tokens, m);
      if (!r) continue;
      if (m.kind === 'org')
        orgs.push({
          key: m.key,
          first: r[0],
          last: r[1],
          possessive: m.possessive === true,
          weak: m.strength === 'weak',
        });
      if (m.kind === 'place') {
        const prev = tokens[r[0] - 1]?.lower ?? '';
        const prev2 = tokens[r[0] - 2]?.lower ?? '';
        if (!m.dateline)
          places.push({
            key: m.key,
            first: r[0],
            last: r[1],
            demonym: m.viaDemonym === true,
            basedIn: m.basedIn === true,
            // "in Lagos, Accra and Dakar": a list after a locative shares it.
            locative:
              locatives.has(prev) ||
              locatives.has(prev2) ||
              (places.at(-1)?.locative === true &&
                tokens
                  .slice((places.at(-1)?.last ?? 0) + 1, r[0])
                  .every((t) => sets.and.has(t.lower))),
          });
      }
    }
    // "we"/"our": the speaker's organisation inside a quote, else the page owner.
    const we = speakers.get(si) ?? doc.owner;
    if (we)
      tokens.forEach((t, ti) => {
        if (firstPerson.has(t.lower))
          orgs.push({
            key: we,
            first: ti,
            last: ti,
            possessive: t.lower !== 'we' && t.lower !== 'nous' && t.lower !== 'wir',
            weak: false,
          });
      });
    orgs.sort((a, b) => a.first - b.first);
    mergeParenthesised(doc, tokens, orgs);
    // "Last year the operator also signed ... with Beta": the earlier subject, if unambiguous.
    const reference = referenceParty(
      doc,
      si,
      tokens,
      orgs,
      cues,
      referenceWords,
      bySentence,
      sentTokens,
    );
    if (reference) orgs.unshift(reference);
    if (orgs.length === 0) return;
    const ctx: Ctx = { tokens, orgs, places, sets, prepositions, possessives, stakeWords };
    const regions = places.filter((p) => !p.demonym && !p.basedIn).map((p) => p.key);
    const emit = (
      type: RelationCandidate['type'],
      a: Party,
      b: Party,
      cue: Cue,
      factor: number,
    ) => {
      if (a.key === b.key || a.key.startsWith('person:') || b.key.startsWith('person:')) return;
      const weak = a.weak || b.weak ? 0.85 : 1;
      relations.push({
        type,
        source: a.key,
        target: b.key,
        sentence: si,
        regions: [...regions],
        cue: cue.text,
        confidence: round(cue.confidence * factor * weak),
      });
    };

    for (let i = 0; i < tokens.length; i++) {
      const cue = cueAt(cues, tokens, i);
      if (!cue) continue;
      const cueEnd = i + cue.words.length - 1;
      if (cue.type === 'located_in') {
        const place = places.find((p) => p.first > cueEnd && p.first - cueEnd <= 3 && !p.demonym);
        const subject =
          [...orgs]
            .reverse()
            .find((o) => !o.reference && o.last < i && i - o.last <= SUBJECT_WINDOW) ??
          orgs.find((o) => !o.reference && o.first > cueEnd);
        if (place && subject && !subject.key.startsWith('person:'))
          relations.push({
            type: 'located_in',
            source: subject.key,
            target: place.key,
            sentence: si,
            regions: [place.key],
            cue: cue.text,
            confidence: round(cue.confidence),
          });
        i = cueEnd;
        continue;
      }
      if (cue.pattern === 'mutual') mutual(ctx, i, cueEnd, cue, emit, doc);
      else directed(ctx, i, cueEnd, cue, emit);
      i = cueEnd;
    }

    // Organisation active in a place: "Acme ... in Lagos" (the organisation comes first).
    for (const p of places) {
      if (!p.locative || p.demonym) continue;
      for (const o of orgs) {
        // The sentence's first organisation is its likely subject and may sit further away.
        const reach = o === orgs[0] ? 30 : 15;
        if (o.reference || o.last >= p.first || p.first - o.last > reach) continue;
        if (o.key.startsWith('org?:')) continue;
        if (tokens[o.first - 1] && sets.between.has(tokens[o.first - 1]?.lower ?? '')) continue;
        relations.push({
          type: 'active_in',
          source: o.key,
          target: p.key,
          sentence: si,
          regions: [p.key],
          cue: tokens[p.first - 1]?.text ?? '',
          confidence: round(o.weak ? 0.5 : 0.6),
        });
      }
    }
    // "Acme, a Lagos-based lender" / "the Lagos-based lender Acme".
    for (const p of places) {
      if (!p.basedIn) continue;
      const named = orgs.filter((x) => !x.reference && !x.key.startsWith('org?:'));
      const o =
        named.find((x) => x.first > p.first && x.first - p.first <= 4) ??
        [...named].reverse().find((x) => x.last < p.first);
      if (o)
        relations.push({
          type: 'located_in',
          source: o.key,
          target: p.key,
          sentence: si,
          regions: [p.key],
          cue: `${tokens[p.first]?.text ?? ''}`,
          confidence: 0.8,
        });
    }
    // Nationality next to a name: "the Kenyan operator Acme", "fournisseur zimbabwéen, Acme".
    for (const p of places) {
      if (!p.demonym) continue;
      const o = orgs.find(
        (x) =>
          !x.reference && x.first > p.first && x.first - p.first <= 4 && !x.key.startsWith('org?:'),
      );
      if (o && !hasVerbBetween(doc, tokens, p.first, o.first))
        relations.push({
          type: 'located_in',
          source: o.key,
          target: p.key,
          sentence: si,
          regions: [p.key],
          cue: tokens[p.first]?.text ?? '',
          confidence: 0.6,
        });
    }
  });

  // Roles become works_for links; places in the role's sentence after the title scope it.
  for (const r of doc.roles) {
    // Only places in the title's own phrase: "directeur général de Acme pour l'Afrique,".
    const ms = bySentence.get(r.sentence) ?? [];
    const personAt = ms.find((m) => m.key === r.person)?.start ?? 0;
    const orgEnd = ms.find((m) => m.key === r.organization && m.start > personAt)?.end;
    const phraseEnd =
      orgEnd === undefined
        ? orgEnd
        : orgEnd + (/[,;:«“"]/.exec(doc.text.slice(orgEnd))?.index ?? 0);
    const scope = ms
      .filter(
        (m) =>
          m.kind === 'place' &&
          !m.viaDemonym &&
          orgEnd !== undefined &&
          phraseEnd !== undefined &&
          m.start >= orgEnd &&
          m.end <= phraseEnd,
      )
      .map((m) => m.key);
    relations.push({
      type: 'works_for',
      source: r.person,
      target: r.organization,
      sentence: r.sentence,
      regions: [...new Set([...r.regions, ...scope])],
      cue: r.title,
      role: r.title,
      confidence: 0.9,
    });
  }

  addAnaphoricRegions(doc, relations, bySentence, anaphors, sentTokens);
  return { ...doc, relations: dedupe(relations) };
}

function dedupe(relations: RelationCandidate[]): RelationCandidate[] {
  const seen = new Map<string, RelationCandidate>();
  for (const r of relations) {
    const id = `${r.type}|${r.source}|${r.target}|${r.sentence}`;
    const prev = seen.get(id);
    if (!prev) seen.set(id, r);
    else {
      prev.confidence = Math.max(prev.confidence, r.confidence);
      prev.regions = [...new Set([...prev.regions, ...r.regions])];
    }
  }
  return [...seen.values()];
}
