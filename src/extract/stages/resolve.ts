/**
 * Stage `resolve` (corpus-wide): gives every mention a key shared by all the ways
 * the same entity is written, in every document.
 *
 *   "Acme Holding Group", "Acme Holding", "ACME HOLDING GROUP Limited"  -> org:acme
 *   "Acme Telecommunications Corporation" = "Acme Telecom"              -> org:acme-telecom
 *   "Beta Systems Europe (BSE)" ... "BSE"                               -> org:beta-systems-europe
 *   "Mr. Roe" after "Jane Roe"                                          -> person:jane-roe
 *
 * It also drops mentions in peripheral zones (related-article lists) unless that line
 * names someone the article's body names too.
 */
import type { Knowledge } from '../knowledge/index.js';
import type {
  EntityDocument,
  Mention,
  PersonRole,
  PlaceRef,
  ResolvedDocument,
  ResolvedMention,
} from '../types.js';
import { fold, slugify, tokenize } from '../text/tokens.js';
import type { PlaceContext } from '../geo/index.js';

export interface ResolveOptions {
  knowledge: Knowledge;
  places: { lookup(surface: string, ctx: PlaceContext): PlaceRef | null };
}

/** Name words, without legal forms and designators, long variants shortened. */
export function coreWords(name: string, k: Knowledge): string[] {
  const aliased = k.aliases.get(name.toLowerCase()) ?? name;
  const words = tokenize(aliased.replace(/[()]/g, ' ')).map((t) => t.text);
  while (words.length > 1) {
    const lastWord = words[words.length - 1]?.toLowerCase() ?? '';
    if (k.legalSuffixes.has(lastWord) || isNearLegal(lastWord, k)) words.pop();
    else break;
  }
  return words.map((w) => fold(k.nameVariants.get(w.toLowerCase()) ?? w));
}

function isNearLegal(word: string, k: Knowledge): boolean {
  if (word.length < 9) return false;
  for (const s of k.legalSuffixes.keys()) {
    if (s.length < 9 || Math.abs(s.length - word.length) > 1) continue;
    let diff = 0;
    for (let i = 0, j = 0; i < s.length || j < word.length;) {
      if (s[i] === word[j]) {
        i++;
        j++;
      } else {
        diff++;
        if (s.length > word.length) i++;
        else if (word.length > s.length) j++;
        else {
          i++;
          j++;
        }
      }
      if (diff > 1) break;
    }
    if (diff <= 1) return true;
  }
  return false;
}

/** Initials of a name's core words: "Beta Systems Europe" -> "BSE". */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => w.length > 0 && !/^(of|de|du|des|do|da|and|et|und|y|&|the|la|le)$/.test(w))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

export function resolveCorpus(
  docs: readonly EntityDocument[],
  opts: ResolveOptions,
): ResolvedDocument[] {
  const k = opts.knowledge;

  // 1. Core keys for every full organisation name in the corpus.
  const coreOf = new Map<string, string>(); // surface -> core key
  const allKeys = new Set<string>();
  for (const d of docs)
    for (const m of d.mentions)
      if (m.kind === 'org' && !m.acronym) {
        const key = coreWords(m.text, k).join(' ');
        coreOf.set(m.text, key);
        allKeys.add(key);
      }
  // A leading state or country glued to a name ("Zhejiang Acme Holding") is dropped
  // when the rest of the name is used on its own somewhere in the corpus.
  for (const [surface, key] of coreOf) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const rest = words.slice(1).join(' ');
    if (!allKeys.has(rest)) continue;
    const head = tokenize(surface)[0]?.text ?? '';
    const place = opts.places.lookup(head, { language: 'en' });
    // Only a province or state: country names often begin real names ("Kenya Airways").
    if (place?.level === 'state') coreOf.set(surface, rest);
  }
  const keys = new Set(coreOf.values());

  // 2. Short forms defined in parentheses, corpus-wide; the first definition wins.
  const shortForms = new Map<string, string>();
  for (const d of docs)
    for (const a of d.acronyms) {
      const m = d.mentions[a.mention];
      const key = m ? coreOf.get(m.text) : undefined;
      if (key && !shortForms.has(a.acronym)) shortForms.set(a.acronym, key);
    }
  const byInitials = new Map<string, Set<string>>();
  for (const key of keys) {
    const ini = initials(key.split(' '));
    if (ini.length < 2) continue;
    let set = byInitials.get(ini);
    if (!set) byInitials.set(ini, (set = new Set()));
    set.add(key);
  }

  return docs.map((d) => {
    const docKeys = new Set(
      d.mentions.filter((m) => m.kind === 'org' && !m.acronym).map((m) => coreOf.get(m.text) ?? ''),
    );
    const orgKey = (m: Mention): string | null => {
      const text = m.text.replace(/\.$/, '');
      const defined = shortForms.get(text);
      if (defined) return defined;
      if (!m.acronym) return coreOf.get(m.text) ?? null;
      const direct = coreWords(text, k).join(' ');
      if (keys.has(direct)) return direct;
      // An acronym matching the initials of a name in the same document, else in the corpus.
      const candidates = [...(byInitials.get(text.replace(/[^\p{Lu}\p{N}]/gu, '')) ?? [])];
      const local = candidates.filter((c) => docKeys.has(c));
      if (local.length === 1 && local[0]) return local[0];
      if (candidates.length === 1 && candidates[0]) return candidates[0];
      return null;
    };

    const persons = d.mentions.filter((m) => m.kind === 'person' && m.text.includes(' '));
    const resolved: (ResolvedMention | null)[] = d.mentions.map((m) => {
      if (m.inTitle) return null;
      if (m.kind === 'place' && m.place) return { ...m, key: m.place.id, name: m.place.name };
      if (m.kind === 'person') {
        // "Mr. Roe", "Gil Díaz": the person the document names in full with these last words.
        const match = persons.find((p) => p.text.endsWith(` ${m.text}`));
        if (!match && !m.text.includes(' ')) return null;
        const full = match?.text ?? m.text;
        return { ...m, key: `person:${slugify(full)}`, name: full };
      }
      const key = orgKey(m);
      // An all-capitals name that is the name itself ("ACME" of "ACME Corporation").
      if (
        key !== null &&
        m.acronym &&
        keys.has(coreWords(m.text.replace(/\.$/, ''), k).join(' ')) &&
        !shortForms.has(m.text)
      ) {
        const { acronym: _x, ...plain } = m;
        return { ...plain, key: `org:${slugify(key)}`, name: displayName(m.text, k) };
      }
      if (key === null) {
        // Unresolved acronyms stay tentative: the graph keeps them only if related.
        return m.acronym ? { ...m, key: `org?:${slugify(m.text)}`, name: m.text } : null;
      }
      if (k.exclusions.has(m.text.toLowerCase())) return null;
      return { ...m, key: `org:${slugify(key)}`, name: displayName(m.text, k) };
    });

    // Peripheral lines survive only when they name someone the body names.
    const bodyKeys = new Set<string>();
    resolved.forEach((m) => {
      if (m && m.kind !== 'place' && !d.sentences[m.sentence]?.peripheral) bodyKeys.add(m.key);
    });
    const keepSentence = new Map<number, boolean>();
    resolved.forEach((m) => {
      if (!m || !d.sentences[m.sentence]?.peripheral || m.kind === 'place') return;
      if (bodyKeys.has(m.key)) keepSentence.set(m.sentence, true);
      else if (!keepSentence.has(m.sentence)) keepSentence.set(m.sentence, false);
    });
    const kept = (m: ResolvedMention | null | undefined): m is ResolvedMention =>
      m != null && (!d.sentences[m.sentence]?.peripheral || keepSentence.get(m.sentence) === true);

    const roles: PersonRole[] = [];
    for (const r of d.roleLinks) {
      const p = resolved[r.person];
      const o = resolved[r.organization];
      if (kept(p) && kept(o) && o.kind === 'org')
        roles.push({
          person: p.key,
          organization: o.key,
          title: r.title,
          sentence: r.sentence,
          regions: r.regions,
        });
    }
    const ownerMention = d.firstPerson.map((f) => resolved[f.mention]).find(kept);
    const { acronyms: _a, roleLinks: _r, firstPerson: _f, ...rest } = d;
    return {
      ...rest,
      mentions: resolved.filter(kept),
      roles,
      ...(ownerMention ? { owner: ownerMention.key } : {}),
    };
  });
}

/**
 * A name as shown to people: legal forms and parentheses dropped ("Acme (Europe)
 * Limited" -> "Acme Europe"), designators such as "Group" kept, spacing tidy.
 */
export function displayName(text: string, k: Knowledge): string {
  const words = text.replace(/[()]/g, ' ').trim().split(/\s+/u);
  // "Pte." and "Pte" alike.
  const legal = (w: string | undefined) =>
    k.legalSuffixes.get(w?.toLowerCase() ?? '') === 'legal' ||
    k.legalSuffixes.get(w?.toLowerCase().replace(/\.$/, '') ?? '') === 'legal';
  while (words.length > 1 && legal(words[words.length - 1])) words.pop();
  while (words.length > 1 && isNearLegal(words[words.length - 1]?.toLowerCase() ?? '', k))
    words.pop();
  return words.join(' ').replace(/[,;:]+$/u, '');
}
