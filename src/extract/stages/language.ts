/**
 * Stage `language`: the document's language from its body text, with franc-min, among
 * the languages data/ has rows for (LANGUAGES). Returns their ISO 639-1 code ("en", "fr",
 * "de", ...), or "und" when the body is too short to tell or written in another script.
 *
 * Comparing with those few languages only costs a third of comparing with all of
 * franc-min's: a page in a language data/ has no rows for (Dutch, Swedish) is read as the
 * nearest one of them, whose rules and English ones then apply, rather than every
 * language's at once. Measurements in docs/performance.md.
 */
import { franc } from 'franc-min';
import { LANGUAGES } from '../geo/sources.js';
import type { CleanDocument, LanguageDocument } from '../types.js';

/** ISO 639-3 (as franc returns) -> ISO 639-1. */
export const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  swe: 'sv',
  pol: 'pl',
  ces: 'cs',
  hun: 'hu',
  ron: 'ro',
  tur: 'tr',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  ell: 'el',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  sin: 'si',
  mya: 'my',
  tha: 'th',
  amh: 'am',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  ind: 'id',
  zlm: 'ms',
  jav: 'jv',
  sun: 'su',
  tgl: 'tl',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  kin: 'rw',
  run: 'rn',
  lin: 'ln',
  nya: 'ny',
  plt: 'mg',
  uzn: 'uz',
  azj: 'az',
  kaz: 'kk',
  ckb: 'ku',
  pbu: 'ps',
  fuv: 'ff',
  qug: 'qu',
};

/** franc-min's codes of the languages data/ has rows for. */
const DETECTED = Object.keys(ISO_639_3_TO_1).filter((code) =>
  (LANGUAGES as readonly string[]).includes(ISO_639_3_TO_1[code] ?? ''),
);

/** Below this many letters in the sample, the language is "und". */
export const MIN_LETTERS = 40;

/**
 * franc-min reads this much of the body text: its cost is linear in the text, and some 80
 * words tell the language, even behind a stray line in another (trade-off measured in
 * docs/performance.md). A page whose first 500 characters are in another language than
 * the rest is read as that first language.
 */
export const SAMPLE_CHARS = 500;

const LETTER = /\p{L}/u;

/** Whether the text holds at least `min` letters (counts only as far as it needs to). */
function hasLetters(text: string, min: number): boolean {
  let n = 0;
  for (const ch of text) if (LETTER.test(ch) && ++n >= min) return true;
  return false;
}

/** The language of a text from its first SAMPLE_CHARS, among LANGUAGES; "und" when too short or unknown. */
export function detectTextLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!hasLetters(sample, MIN_LETTERS)) return 'und';
  const code = franc(sample, { minLength: MIN_LETTERS, only: DETECTED });
  return ISO_639_3_TO_1[code] ?? 'und';
}

/** The first SAMPLE_CHARS of the body zones, joined by line breaks. */
function bodySample(doc: CleanDocument): string {
  let sample = '';
  let first = true;
  for (const z of doc.zones) {
    if (z.kind !== 'body') continue;
    if (!first) sample += '\n';
    first = false;
    sample += doc.text.slice(z.start, Math.min(z.end, z.start + SAMPLE_CHARS - sample.length));
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample;
}

export function detectLanguage(doc: CleanDocument): LanguageDocument {
  const body = bodySample(doc);
  // A page whose body was all dropped still has a language: fall back to the whole text.
  const language = detectTextLanguage(body.trim() ? body : doc.text);
  return { ...doc, language };
}
