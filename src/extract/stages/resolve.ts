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
import type { EntityDocument, PersonRole, ResolvedDocument } from '../types.js';
import { keptMentions, resolveMentions } from '../resolve/mentions.js';
import { resolveShortForms } from '../resolve/short-forms.js';
import {
  organisationKeys,
  type OrganisationKeys,
  type PlaceNames,
} from '../resolve/organisations.js';

export { coreWords, displayName } from '../resolve/names.js';

export interface ResolveOptions {
  knowledge: Knowledge;
  places: PlaceNames;
}

export function resolveCorpus(
  docs: readonly EntityDocument[],
  options: ResolveOptions,
): ResolvedDocument[] {
  const organisations = organisationKeys(docs, options.knowledge, options.places);
  return docs.map((doc) => resolveDocument(doc, organisations, options));
}

function resolveDocument(
  doc: EntityDocument,
  organisations: OrganisationKeys,
  { knowledge, places }: ResolveOptions,
): ResolvedDocument {
  const resolved = resolveShortForms(
    doc,
    resolveMentions(doc, organisations, knowledge),
    knowledge,
    places,
  );
  const kept = keptMentions(doc, resolved);
  const roles: PersonRole[] = [];
  for (const link of doc.roleLinks) {
    const person = resolved[link.person];
    const organisation = resolved[link.organization];
    if (kept(person) && kept(organisation) && organisation.kind === 'org')
      roles.push({
        person: person.key,
        organization: organisation.key,
        title: link.title,
        sentence: link.sentence,
        regions: link.regions,
      });
  }
  const ownerMention = doc.firstPerson.map((f) => resolved[f.mention]).find(kept);
  const { acronyms: _acronyms, roleLinks: _roleLinks, firstPerson: _firstPerson, ...rest } = doc;
  return {
    ...rest,
    mentions: resolved.filter(kept),
    roles,
    ...(ownerMention ? { owner: ownerMention.key } : {}),
  };
}
