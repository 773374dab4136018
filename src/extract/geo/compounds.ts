/**
 * Compass compounds of languages that write them as one word: "Süddeutschland",
 * "Norditalien", "Ostfrankreich", "Südbayern". The gazetteer has no regions below a country
 * but its first-level divisions, so the compound stands for the country or division it is
 * a part of, as "northern Italy" stands for Italy. The prefixes are data/lexicon.csv's
 * compass_prefix rows.
 */
import { normKey } from './normalize.js';

export class CompassCompounds {
  /** Language -> prefixes as normKeys, longest first ("sudost" before "sud"). */
  private readonly prefixes = new Map<string, string[]>();

  constructor(private readonly lexicon: (language: string) => ReadonlySet<string>) {}

  /** The rest of a compound after its compass prefix, capitalised ("Deutschland"), or null. */
  rest(written: string, language: string): string | null {
    if (written.includes(' ')) return null;
    const key = normKey(written);
    for (const prefix of this.prefixesOf(language))
      if (key.startsWith(prefix) && key.length > prefix.length + 2) {
        const rest = written.slice(prefix.length);
        return rest.charAt(0).toUpperCase() + rest.slice(1);
      }
    return null;
  }

  private prefixesOf(language: string): string[] {
    let list = this.prefixes.get(language);
    if (!list) {
      list = [...this.lexicon(language)].map(normKey).sort((a, b) => b.length - a.length);
      this.prefixes.set(language, list);
    }
    return list;
  }
}
