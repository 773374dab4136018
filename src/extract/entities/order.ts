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
