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
import { longestPhraseAt, toPhrases } from '../text/match.js';
import { tokenize, type Token } from '../text/tokens.js';

/** An organisation slot: a mention, or a first-person pronoun standing for one. */
interface Party {
  key: string;
  first: number; // token index
  last: number;
  possessive: boolean;
  weak: boolean;
}

interface Ctx {
  tokens: Token[];
  orgs: Party[];
  places: {
    key: string;
    first: number;
    last: number;
    demonym: boolean;
    locative: boolean;
    basedIn: boolean;
  }[];
  /** Words ending a prepositional cue ("of", "de", "to"). */
  prepositions: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  stakeWords: ReadonlySet<string>;
  sets: {
    with: ReadonlySet<string>;
    between: ReadonlySet<string>;
    and: ReadonlySet<string>;
    articles: ReadonlySet<string>;
  };
}

const SUBJECT_WINDOW = 12;
const OBJECT_WINDOW = 10;
const COORDINATED_WINDOW = 7;

function cueAt(cues: readonly Cue[], tokens: readonly Token[], i: number): Cue | null {
  for (const c of cues) {
    let ok = i + c.words.length <= tokens.length;
    for (let j = 0; ok && j < c.words.length; j++) {
      const w = c.words[j] ?? '';
      const t = tokens[i + j]?.lower ?? '';
      ok = w.endsWith('*')
        ? t.startsWith(w.slice(0, -1))
        : t === w || t.replace(/’/g, "'") === w.replace(/’/g, "'");
    }
    if (ok) return c;
  }
  return null;
}

/** Token index range of a mention, by offsets. */
function tokenRange(
  tokens: readonly Token[],
  m: { start: number; end: number },
): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (a < 0 && t.end > m.start) a = i;
    if (t.start < m.end) b = i;
  }
  return a >= 0 && b >= a ? [a, b] : null;
}

function hasComma(
  doc: ResolvedDocument,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  const a = tokens[from];
  const b = tokens[to];
  return a !== undefined && b !== undefined && /[,;:—–]/.test(doc.text.slice(a.end, b.start));
}

/** The org immediately after token i (allowing one article), or undefined. */
function orgAfter(ctx: Ctx, i: number, maxGap = 2): Party | undefined {
  return ctx.orgs.find((o) => o.first > i && o.first - i <= maxGap);
}

/** "A and B": the org coordinated with `p`, if any. */
function coordinated(ctx: Ctx, p: Party): Party | undefined {
  // Between the two: "and", maybe followed by an article ("A und die B", "A and the B").
  const joins = (from: number, to: number) => {
    const between = ctx.tokens.slice(from, to);
    return (
      (between.length === 1 ||
        (between.length === 2 && ctx.sets.articles.has(between[1]?.lower ?? ''))) &&
      ctx.sets.and.has(between[0]?.lower ?? '')
    );
  };
  return ctx.orgs.find(
    (o) =>
      (o.first > p.last && joins(p.last + 1, o.first)) ||
      (o.last < p.first && joins(o.last + 1, p.first)),
  );
}

function governedByWith(ctx: Ctx, p: Party): boolean {
  const before = ctx.tokens[p.first - 1]?.lower ?? '';
  const before2 = ctx.tokens[p.first - 2]?.lower ?? '';
  const co = coordinated(ctx, p);
  const coBefore = co && co.first < p.first ? (ctx.tokens[co.first - 1]?.lower ?? '') : '';
  return ctx.sets.with.has(before) || ctx.sets.with.has(before2) || ctx.sets.with.has(coBefore);
}

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
  const speechVerbs = toPhrases(k.lexicon('speech_verb', lang));
  const anaphors = toPhrases(k.lexicon('anaphor', lang));
  const relations: RelationCandidate[] = [];
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of doc.mentions) {
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    list.push(m);
  }
  const roleOrg = new Map(doc.roles.map((r) => [r.person, r.organization]));
  const speakers = speakerOrgs(doc, bySentence, roleOrg, speechVerbs);

  doc.sentences.forEach((s, si) => {
    const ms = bySentence.get(si) ?? [];
    const tokens = tokenize(s.text, s.start);
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
          [...orgs].reverse().find((o) => o.last < i && i - o.last <= SUBJECT_WINDOW) ??
          orgs.find((o) => o.first > cueEnd);
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
        if (o.last >= p.first || p.first - o.last > reach || o.key.startsWith('org?:')) continue;
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
      const o =
        orgs.find(
          (x) => x.first > p.first && x.first - p.first <= 4 && !x.key.startsWith('org?:'),
        ) ?? [...orgs].reverse().find((x) => x.last < p.first && !x.key.startsWith('org?:'));
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
        (x) => x.first > p.first && x.first - p.first <= 4 && !x.key.startsWith('org?:'),
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

  addAnaphoricRegions(doc, relations, bySentence, anaphors);
  return { ...doc, relations: dedupe(relations) };
}

function mutual(
  ctx: Ctx,
  i: number,
  cueEnd: number,
  cue: Cue,
  emit: (t: RelationCandidate['type'], a: Party, b: Party, c: Cue, f: number) => void,
  doc: ResolvedDocument,
): void {
  const { tokens, orgs, sets } = ctx;
  // "<cue> between A and B"
  if (sets.between.has(tokens[cueEnd + 1]?.lower ?? '')) {
    const a = orgAfter(ctx, cueEnd + 1);
    const b = a && coordinated(ctx, a);
    if (a && b) emit(cue.type, a, b, cue, 1);
    return;
  }
  // "A <cue> with B" (with B before or after the cue)
  const withIdx = tokens.findIndex(
    (t, j) => sets.with.has(t.lower) && j > i - 6 && j <= cueEnd + 6 && j !== i,
  );
  const b = withIdx >= 0 ? orgAfter(ctx, withIdx) : undefined;
  if (b) {
    const subject = [...orgs]
      .reverse()
      .find(
        (o) =>
          o.last < Math.min(i, withIdx) &&
          Math.min(i, withIdx) - o.last <= SUBJECT_WINDOW &&
          !governedByWith(ctx, o),
      );
    if (subject) {
      emit(cue.type, subject, b, cue, 0.95);
      const co = coordinated(ctx, subject);
      if (co && co.key !== b.key) emit(cue.type, co, b, cue, 0.9);
    }
    return;
  }
  // "A ... one of B's <cue>"
  const possessor = [...orgs].reverse().find((o) => o.possessive && o.last < i && i - o.last <= 4);
  if (possessor) {
    const subject = [...orgs]
      .reverse()
      .find((o) => o.last < possessor.first && possessor.first - o.last <= SUBJECT_WINDOW);
    if (subject) emit(cue.type, subject, possessor, cue, 0.8);
    return;
  }
  // "A and B <cue>": a coordinated subject right before the cue, no comma between.
  const b2 = [...orgs].reverse().find((o) => o.last < i && i - o.last <= COORDINATED_WINDOW);
  const a2 = b2 && coordinated(ctx, b2);
  if (
    b2 &&
    a2 &&
    a2.first < b2.first &&
    !hasComma(doc, tokens, b2.last, i) &&
    !governedByWith(ctx, a2)
  )
    emit(cue.type, a2, b2, cue, 0.85);
}

function directed(
  ctx: Ctx,
  i: number,
  cueEnd: number,
  cue: Cue,
  emit: (t: RelationCandidate['type'], a: Party, b: Party, c: Cue, f: number) => void,
): void {
  const { orgs } = ctx;
  // The sentence's first organisation is its grammatical subject more often than not, and
  // may stand further back: "Acme (“Acme”, “we”) is a Lagos-based firm and a subsidiary of".
  const subject = [...orgs]
    .reverse()
    .find(
      (o) =>
        o.last < i &&
        i - o.last <= (o === orgs[0] ? 2 * SUBJECT_WINDOW : SUBJECT_WINDOW) &&
        !o.possessive,
    );
  if (!subject) return;
  // "A became one of B's suppliers": the possessor between subject and cue is the object.
  const possessor = orgs.find(
    (o) =>
      o.possessive &&
      o.key !== subject.key &&
      o.first > subject.last &&
      o.last < i &&
      i - o.last <= 4,
  );
  // A cue ending in a preposition ("supplier to", "filiale de") takes the name right after it;
  // "fournisseur de services ... Acme" describes Acme, it does not link to it.
  const window = ctx.prepositions.has(cue.words[cue.words.length - 1] ?? '') ? 3 : OBJECT_WINDOW;
  const object = possessor ?? orgs.find((o) => o.first > cueEnd && o.first - cueEnd <= window);
  if (!object) return;
  // "acquires a 30% stake in Beta" is an investment, not an acquisition.
  const stake =
    cue.type === 'acquisition' &&
    ctx.tokens.slice(cueEnd + 1, object.first).some((t) => ctx.stakeWords.has(t.lower));
  const type = stake ? 'investment' : cue.type;
  // "Acme and its subsidiary Beta": a possessive determiner before the cue turns it round.
  // Only role nouns turn round ("its subsidiary Beta"); actions do not ("its acquisition of Beta").
  const roleNoun = !ctx.prepositions.has(cue.words[cue.words.length - 1] ?? '');
  const reversed =
    roleNoun && ctx.possessives.has(ctx.tokens[i - 1]?.lower ?? '') && object.first - cueEnd <= 2;
  if ((cue.pattern === 'forward') !== reversed)
    emit(type, subject, object, cue, possessor ? 0.85 : 0.9);
  else emit(type, object, subject, cue, 0.85);
}

/**
 * "Acme Holding Group (Acme Holding) and Beta": the short form in parentheses is the
 * same party, so it joins the name before it and "and Beta" coordinates with both.
 */
function mergeParenthesised(doc: ResolvedDocument, tokens: readonly Token[], orgs: Party[]): void {
  for (let i = orgs.length - 1; i > 0; i--) {
    const cur = orgs[i];
    const prev = orgs[i - 1];
    if (!cur || !prev || cur.key !== prev.key) continue;
    const a = tokens[prev.last];
    const b = tokens[cur.first];
    if (a && b && /^\s*\(\s*[“"]?$/u.test(doc.text.slice(a.end, b.start))) {
      // The closing parenthesis belongs to the party too: the next token follows it.
      prev.last = cur.last;
      prev.possessive = cur.possessive;
      orgs.splice(i, 1);
    }
  }
}

function hasVerbBetween(
  doc: ResolvedDocument,
  tokens: readonly Token[],
  a: number,
  b: number,
): boolean {
  const from = tokens[a];
  const to = tokens[b];
  if (!from || !to) return true;
  // A nationality describes a name only within its own noun phrase.
  return /[.;:!?]/.test(doc.text.slice(from.end, to.start)) || b - a > 4;
}

/**
 * Quotes: "…," said Jane Roe, CEO of Acme. Every first-person word in the paragraph
 * of an attributed quote stands for the speaker's organisation.
 */
function speakerOrgs(
  doc: ResolvedDocument,
  bySentence: ReadonlyMap<number, ResolvedMention[]>,
  roleOrg: ReadonlyMap<string, string>,
  speechVerbs: string[][],
): Map<number, string> {
  const out = new Map<number, string>();
  const paragraphs: number[][] = [];
  let current: number[] = [];
  doc.sentences.forEach((s, si) => {
    const prev = doc.sentences[si - 1];
    if (prev && /\n\s*\n/.test(doc.text.slice(prev.end, s.start))) {
      paragraphs.push(current);
      current = [];
    }
    current.push(si);
  });
  paragraphs.push(current);
  for (const para of paragraphs) {
    let org: string | undefined;
    for (const si of para) {
      const s = doc.sentences[si];
      if (!s) continue;
      const tokens = tokenize(s.text, s.start);
      const speaks = tokens.some((_t, ti) => longestPhraseAt(speechVerbs, tokens, ti));
      if (!speaks) continue;
      const person = (bySentence.get(si) ?? []).find(
        (m) => m.kind === 'person' && roleOrg.has(m.key),
      );
      if (person) org = roleOrg.get(person.key);
      if (org) break;
    }
    if (org) for (const si of para) out.set(si, org);
  }
  return out;
}

/** "A travers cette collaboration, les deux parties … en Afrique": places that follow. */
function addAnaphoricRegions(
  doc: ResolvedDocument,
  relations: RelationCandidate[],
  bySentence: ReadonlyMap<number, ResolvedMention[]>,
  anaphors: string[][],
): void {
  const anaphoric = new Map<number, string[]>();
  doc.sentences.forEach((s, si) => {
    const tokens = tokenize(s.text, s.start);
    if (!tokens.some((_t, ti) => longestPhraseAt(anaphors, tokens, ti))) return;
    const placeKeys = (bySentence.get(si) ?? [])
      .filter((m) => m.kind === 'place' && !m.viaDemonym)
      .map((m) => m.key);
    if (placeKeys.length) anaphoric.set(si, placeKeys);
  });
  for (const r of relations) {
    // Follow-ups ("both parties will ... in Asia") describe an agreement, not ownership.
    if (
      r.type !== 'partnership' &&
      r.type !== 'joint_venture' &&
      r.type !== 'supply' &&
      r.type !== 'customer'
    )
      continue;
    for (let si = r.sentence + 1; si <= r.sentence + 3; si++) {
      const more = anaphoric.get(si);
      if (more) r.regions = [...new Set([...r.regions, ...more])];
    }
  }
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
