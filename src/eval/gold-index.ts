/**
 * The gold organisations of a whole annotation, as entities: two gold organisations that
 * share a normalised form (name or alias), in one document or across documents, are one
 * entity. An entity is known by the first name the annotation gave it (its canon).
 */
import type { Gold } from './gold.js';
import type { NameNormaliser } from './names.js';

export type OrganisationMatch =
  { kind: 'gold'; canon: string } | { kind: 'optional' } | { kind: 'noise' } | { kind: 'none' };

export class GoldOrganisations {
  /** Canon -> normalised forms, in the order the annotation first names each entity. */
  readonly entities = new Map<string, Set<string>>();
  /** Canon -> the gold documents that name it. */
  readonly documents = new Map<string, Set<string>>();
  readonly optional = new Set<string>();
  readonly noise = new Set<string>();
  private readonly rootOf = new Map<string, string>();
  private order: Map<string, number> | undefined;

  constructor(private readonly names: NameNormaliser) {}

  /** Adds one gold organisation, merging the entities it shares a form with. */
  add(name: string, aliases: readonly string[], document: string): void {
    const forms = [name, ...aliases].map((f) => this.names.name(f)).filter(Boolean);
    const roots = [...new Set(forms.map((f) => this.rootOf.get(f)).filter((r) => r !== undefined))];
    const canon = roots[0] ?? name;
    const entity = this.entities.get(canon) ?? new Set<string>();
    const documents = this.documents.get(canon) ?? new Set<string>();
    this.entities.set(canon, entity);
    this.documents.set(canon, documents.add(document));
    const absorbed = roots.slice(1);
    for (const other of absorbed) {
      for (const doc of this.documents.get(other) ?? []) documents.add(doc);
      this.documents.delete(other);
    }
    const moved = absorbed.flatMap((other) => [...(this.entities.get(other) ?? [])]);
    for (const other of absorbed) this.entities.delete(other);
    for (const form of [...moved, ...forms]) {
      entity.add(form);
      this.rootOf.set(form, canon);
    }
    this.order = undefined;
  }

  /** The entity a name stands for; a name that is no gold organisation stands for itself. */
  canonOf(name: string): string {
    return this.rootOf.get(this.names.name(name)) ?? name;
  }

  /**
   * What a node with these forms (label, aliases) stands for: the gold entity sharing the
   * most forms with it (the first-named on a tie), else an optional or noise name.
   */
  match(forms: readonly string[]): OrganisationMatch {
    const normalised = new Set(forms.map((f) => this.names.name(f)));
    const shared = new Map<string, number>();
    for (const form of normalised) {
      const canon = this.rootOf.get(form);
      if (canon !== undefined) shared.set(canon, (shared.get(canon) ?? 0) + 1);
    }
    let best: string | undefined;
    let bestCount = 0;
    for (const [canon, count] of shared) {
      const tieWonByOrder = count === bestCount && this.position(canon) < this.position(best);
      if (count > bestCount || tieWonByOrder) [best, bestCount] = [canon, count];
    }
    if (best !== undefined) return { kind: 'gold', canon: best };
    for (const form of normalised) if (this.optional.has(form)) return { kind: 'optional' };
    for (const form of normalised) if (this.noise.has(form)) return { kind: 'noise' };
    return { kind: 'none' };
  }

  /** Where an entity stands in the annotation's order (computed once after the last add). */
  private position(canon: string | undefined): number {
    this.order ??= new Map([...this.entities.keys()].map((key, i) => [key, i]));
    return (canon === undefined ? undefined : this.order.get(canon)) ?? Number.MAX_SAFE_INTEGER;
  }
}

export function goldOrganisations(gold: Gold, names: NameNormaliser): GoldOrganisations {
  const orgs = new GoldOrganisations(names);
  for (const doc of gold) {
    for (const org of doc.organizations) orgs.add(org.name, org.aliases, doc.doc);
    for (const form of doc.optional_organizations) orgs.optional.add(names.name(form));
    for (const form of doc.noise_organizations) orgs.noise.add(names.name(form));
  }
  return orgs;
}
