/** Mentions in text order, with every index that points at them renumbered. */
import type { AcronymDefinition, FirstPersonDefinition, Mention, RoleLink } from '../types.js';

/** Orders mentions by position and renumbers the references to them. */
export function sortMentions(
  mentions: Mention[],
  roles: RoleLink[],
  acronyms: AcronymDefinition[],
  firstPerson: FirstPersonDefinition[],
): Mention[] {
  const order = mentions
    .map((mention, index) => ({ mention, index }))
    .sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  const newIndex = new Map<number, number>();
  order.forEach((entry, position) => newIndex.set(entry.index, position));
  const renumber = (index: number) => newIndex.get(index) ?? index;
  for (const role of roles) {
    role.person = renumber(role.person);
    role.organization = renumber(role.organization);
  }
  for (const definition of acronyms) definition.mention = renumber(definition.mention);
  for (const definition of firstPerson) definition.mention = renumber(definition.mention);
  return order.map((entry) => entry.mention);
}
