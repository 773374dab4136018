/**
 * The cast of a corpus: the invented companies (stems that are no place and no word the
 * gazetteer knows, acronyms that are unique) and the people who speak for them. Which
 * company a document talks about is drawn Zipf-like, so a few are in the news all the time.
 */
import type { Gazetteer } from '../../extract/geo/index.js';
import type { Random } from '../random.js';
import {
  CODAS,
  DESIGNATORS,
  HOMES,
  NAMES,
  ONSETS,
  RESERVED_ACRONYMS,
  SECTORS,
  VOWELS,
  type Home,
  type RoleKey,
} from './names.js';
import type { PlaceName, PlacePool } from './places.js';
import type { TruthCompany } from './types.js';

export interface Company extends TruthCompany {
  home: Home;
  /** English name of the head-office city, when the country has one we can write. */
  city?: PlaceName;
  person?: Person;
}

export interface Person {
  name: string;
  female: boolean;
  role: RoleKey;
  company: Company;
}

export class World {
  readonly companies: Company[] = [];
  readonly people: Person[] = [];
  private readonly stems = new Set<string>();
  private readonly acronyms = new Set<string>();
  private readonly personNames = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly places: PlacePool,
    private readonly g: Gazetteer,
    size: number,
  ) {
    while (this.companies.length < size) this.companies.push(this.company());
  }

  private stem(): string {
    for (;;) {
      const syllables = this.random.chance(0.7) ? 2 : 3;
      let s = '';
      for (let i = 0; i < syllables; i++) s += this.random.pick(ONSETS) + this.random.pick(VOWELS);
      s += this.random.pick(CODAS);
      const stem = s.charAt(0).toUpperCase() + s.slice(1);
      const key = stem.toLowerCase();
      if (stem.length < 5 || stem.length > 10 || this.stems.has(key)) continue;
      if (this.places.placeWords.has(key)) continue;
      if (['en', 'fr', 'de', 'es'].some((language) => this.g.lookup(stem, { language }))) continue;
      this.stems.add(key);
      return stem;
    }
  }

  private acronymFor(words: string[], stem: string): string | undefined {
    const second = stem.slice(1).match(/[bcdfghjklmnpqrstvwxz]/i)?.[0] ?? '';
    const letters =
      words.length >= 3
        ? words.map((w) => w.charAt(0)).join('')
        : `${stem.charAt(0)}${second}${words[1]?.charAt(0) ?? ''}`;
    const acr = letters
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase();
    if (acr.length < 3 || this.acronyms.has(acr) || RESERVED_ACRONYMS.has(acr)) return undefined;
    if (this.places.placeWords.has(acr.toLowerCase())) return undefined;
    if (['en', 'fr', 'de', 'es'].some((language) => this.g.lookup(acr, { language })))
      return undefined;
    this.acronyms.add(acr);
    return acr;
  }

  private company(): Company {
    const home = this.random.pick(HOMES);
    const stem = this.stem();
    const words = [stem];
    if (home.flavour === 'es' && this.random.chance(0.2))
      words.unshift(this.random.pick(['Grupo', 'Banco']));
    else if (this.random.chance(0.85)) words.push(this.random.pick(SECTORS[home.flavour]));
    if (words.length === 2 && home.flavour === 'en' && this.random.chance(0.12))
      words.push(this.random.pick(DESIGNATORS));
    const name = words.join(' ');
    const legalName = `${name} ${this.random.pick(home.forms)}`;
    const acronym =
      words.length >= 2 && this.random.chance(0.4) ? this.acronymFor(words, stem) : undefined;
    const cities = this.places.citiesByCountry.get(home.cc);
    const city = cities?.length ? this.random.pick(cities.slice(0, 4)) : undefined;
    return {
      name,
      legalName,
      ...(acronym ? { acronym } : {}),
      country: home.cc,
      home,
      ...(city ? { city } : {}),
    };
  }

  personFor(c: Company): Person {
    if (c.person) return c.person;
    const pool = ['NO', 'SE', 'FI', 'DK'].includes(c.home.cc)
      ? NAMES.nordic
      : NAMES[c.home.flavour];
    for (;;) {
      const female = this.random.chance(0.45);
      const name = `${this.random.pick(female ? pool.f : pool.m)} ${this.random.pick(pool.last)}`;
      if (this.personNames.has(name)) {
        // Pools are finite: fall back to a middle initial, still unique.
        const initial = String.fromCharCode(65 + this.random.int(26));
        const alt = name.replace(' ', ` ${initial}. `);
        if (this.personNames.has(alt)) continue;
        return this.hire(c, alt, female);
      }
      return this.hire(c, name, female);
    }
  }

  private hire(c: Company, name: string, female: boolean): Person {
    this.personNames.add(name);
    const person: Person = {
      name,
      female,
      role: this.random.pick(['ceo', 'md', 'president']),
      company: c,
    };
    c.person = person;
    this.people.push(person);
    return person;
  }

  /** Zipf-like: a few companies are in the news all the time. */
  pickCompany(exclude: readonly Company[] = []): Company {
    for (;;) {
      const n = this.companies.length;
      // Half uniform, half log-uniform over the ranks (a heavy head).
      const i = this.random.chance(0.5)
        ? this.random.int(n)
        : Math.floor(n ** this.random.next()) - 1;
      const c = this.companies[Math.min(n - 1, Math.max(0, i))] as Company;
      if (!exclude.includes(c)) return c;
    }
  }
}
