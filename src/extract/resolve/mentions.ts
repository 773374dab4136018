/**
 * One document's mentions with their corpus-wide keys, and which of them to keep.
 */
import type { Knowledge } from '../knowledge/index.js';
import { slugify } from '../text/tokens.js';
import type { EntityDocument, Mention, ResolvedMention } from '../types.js';
import { coreWords, displayName } from './names.js';
import { organisationKey, type OrganisationKeys } from './organisations.js';

/** Every mention of the document with its key; null where a mention resolves to nothing. */
export function resolveMentions(
  doc: EntityDocument,
  organisations: OrganisationKeys,
  knowledge: Knowledge,
): (ResolvedMention | null)[] {
  const docKeys = new Set(
    doc.mentions
      .filter((m) => m.kind === 'org' && !m.acronym)
      .map((m) => organisations.coreOf.get(m.text) ?? ''),
  );
  const persons = doc.mentions.filter((m) => m.kind === 'person' && m.text.includes(' '));
  return doc.mentions.map((mention) => {
    if (mention.inTitle) return null;
    if (mention.kind === 'place' && mention.place)
      return { ...mention, key: mention.place.id, name: mention.place.name };
    if (mention.kind === 'person') return resolvePerson(mention, persons);
    return resolveOrganisation(mention, organisations, docKeys, knowledge);
  });
}

/** "Mr. Roe", "Gil Díaz": the person the document names in full with these last words. */
function resolvePerson(mention: Mention, persons: readonly Mention[]): ResolvedMention | null {
  const match = persons.find((p) => p.text.endsWith(` ${mention.text}`));
  if (!match && !mention.text.includes(' ')) return null;
  const full = match?.text ?? mention.text;
  return { ...mention, key: `person:${slugify(full)}`, name: full };
}

function resolveOrganisation(
  mention: Mention,
  organisations: OrganisationKeys,
  docKeys: ReadonlySet<string>,
  knowledge: Knowledge,
): ResolvedMention | null {
  const key = organisationKey(mention, organisations, docKeys, knowledge);
  // An all-capitals name that is the name itself ("ACME" of "ACME Corporation").
  if (
    key !== null &&
    mention.acronym &&
    organisations.keys.has(coreWords(mention.text.replace(/\.$/, ''), knowledge).join(' ')) &&
    !organisations.shortForms.has(mention.text)
  ) {
    const { acronym: _acronym, ...plain } = mention;
    return { ...plain, key: `org:${slugify(key)}`, name: shownName(mention.text, knowledge) };
  }
  if (key === null) {
    // A renamed or aliased acronym is the organisation it is read as.
    const aliased = knowledge.aliases.get(mention.text.toLowerCase());
    if (mention.acronym && aliased) {
      const { acronym: _acronym, ...plain } = mention;
      const core = coreWords(aliased, knowledge).join(' ');
      return { ...plain, key: `org:${slugify(core)}`, name: displayName(aliased, knowledge) };
    }
    // Unresolved acronyms stay tentative: the graph keeps them only if related.
    return mention.acronym
      ? { ...mention, key: `org?:${slugify(mention.text)}`, name: mention.text }
      : null;
  }
  if (knowledge.exclusions.has(mention.text.toLowerCase())) return null;
  return { ...mention, key: `org:${slugify(key)}`, name: shownName(mention.text, knowledge) };
}

/** A name aliases.csv (or a correction, such as a rename) reads as another is shown as that other. */
function shownName(text: string, knowledge: Knowledge): string {
  return displayName(knowledge.aliases.get(text.toLowerCase()) ?? text, knowledge);
}

/**
 * Mentions to keep: all in the body; in peripheral lines (related-article lists) only
 * when the line names someone the body names too.
 */
export function keptMentions(
  doc: EntityDocument,
  resolved: readonly (ResolvedMention | null)[],
): (mention: ResolvedMention | null | undefined) => mention is ResolvedMention {
  const peripheral = (mention: ResolvedMention) => doc.sentences[mention.sentence]?.peripheral;
  const bodyKeys = new Set<string>();
  for (const mention of resolved)
    if (mention && mention.kind !== 'place' && !peripheral(mention)) bodyKeys.add(mention.key);
  const keepSentence = new Map<number, boolean>();
  for (const mention of resolved) {
    if (!mention || !peripheral(mention) || mention.kind === 'place') continue;
    if (bodyKeys.has(mention.key)) keepSentence.set(mention.sentence, true);
    else if (!keepSentence.has(mention.sentence)) keepSentence.set(mention.sentence, false);
  }
  return (mention): mention is ResolvedMention =>
    mention != null && (!peripheral(mention) || keepSentence.get(mention.sentence) === true);
}
