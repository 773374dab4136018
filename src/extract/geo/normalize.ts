/**
 * Name normalisation shared by every gazetteer index.
 *
 * All indexes are keyed by `normKey(name)`: lower case, diacritics removed, typographic
 * apostrophes unified, hyphens and runs of spaces collapsed to one space. That makes
 * "Genève"/"Geneve", "Asie-Pacifique"/"Asie Pacifique" and "Xi’an"/"Xi'an" meet, while
 * keeping distinct words distinct. Case is ignored here; callers that care about case
 * (abbreviations like "US", capitalised place names) check it before looking up.
 */

const COMBINING = /\p{M}+/gu;

/** Only ASCII letters and digits: normKey is just lower case (no accents, apostrophes, hyphens, blanks). */
const PLAIN = /^[A-Za-z0-9]*$/;

/** Lower case, no diacritics, `'` for every apostrophe, single spaces for hyphens/blanks. */
export function normKey(name: string): string {
  // Speed: the entity stage normalises nearly every word it looks up as a place or
  // demonym, most of them plain ASCII words, for which the full chain below (NFD and six
  // replacements) costs ~4% of the stage.
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`´]/g, "'")
    .toLowerCase()
    .replace(/[‐-―-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** URL-style slug for region ids: "South-Eastern Asia" -> "south-eastern-asia". */
export function regionSlug(name: string): string {
  return normKey(name)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `(?:the|le|...)\s+|(?:l)'`: a whole article and its space, or an elided one ("l'"). */
function articlePattern(articles: readonly string[], apostrophe: string): string {
  const elided = articles.filter((a) => /['’]$/.test(a)).map((a) => escapeRegExp(a.slice(0, -1)));
  const whole = articles.filter((a) => !/['’]$/.test(a)).map(escapeRegExp);
  const alternatives = [
    ...(whole.length ? [`(?:${whole.join('|')})\\s+`] : []),
    ...(elided.length ? [`(?:${elided.join('|')})${apostrophe}`] : []),
  ];
  return `(?:${alternatives.length ? alternatives.join('|') : '(?!)'})`;
}

/**
 * Leading articles that may precede a place name in running text ("le Maroc",
 * "l'Algérie", "the Gambia", "die Schweiz", "los Estados Unidos"): the lexicon's
 * place_article rows of every language. They are stripped only as a second try: names
 * that contain their article ("Le Havre", "La Paz", "The Hague", "Los Angeles") are
 * matched whole first.
 */
export class PlaceArticles {
  /** On a normKey. */
  private readonly onKey: RegExp;
  /** On text as written, any case; captures the first character after the article. */
  private readonly onSurface: RegExp;

  constructor(articles: Iterable<string>) {
    const written = [...new Set([...articles].map((a) => a.toLowerCase()))];
    this.onKey = new RegExp(`^${articlePattern([...new Set(written.map(normKey))], "'")}(?=\\S)`);
    this.onSurface = new RegExp(`^${articlePattern(written, "['’]")}?(\\S)`, 'iu');
  }

  /** The key without a leading article, or null when there is none. Input is a normKey. */
  strip(key: string): string | null {
    const m = this.onKey.exec(key);
    if (!m) return null;
    const rest = key.slice(m[0].length).trim();
    return rest.length > 0 ? rest : null;
  }

  /** The first character of the name after any leading article ("Maroc" in "le Maroc"). */
  firstAfterArticle(surface: string): string | undefined {
    return this.onSurface.exec(surface)?.[1];
  }
}

/** English possessive on a place name: "Nigeria's", "Morocco’s". */
export function stripPossessive(surface: string): string {
  return surface.replace(/['’]s$/u, '');
}

/** First letter is an upper-case letter (or the surface starts with a digit). */
export function startsUpper(text: string): boolean {
  const ch = /\p{L}|\p{N}/u.exec(text)?.[0];
  if (ch === undefined) return false;
  return /\p{N}/u.test(ch) || ch !== ch.toLowerCase();
}
