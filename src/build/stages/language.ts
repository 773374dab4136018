/**
 * Stage `language`: the document's language from its body text, with franc-min.
 * Returns an ISO 639-1 code ("en", "fr", "de", "es", ...), or "und" when the body is too
 * short to tell or the language has no two-letter code.
 */
import { franc } from 'franc-min';
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

/** Below this many letters in the body, the language is "und". */
export const MIN_LETTERS = 40;

/** At most this much body text is given to franc (it is plenty, and keeps the stage fast). */
const SAMPLE_CHARS = 20_000;

/** Detects the language of a text; "und" when too short or unknown. */
export function detectTextLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
  const code = franc(sample, { minLength: MIN_LETTERS });
  return ISO_639_3_TO_1[code] ?? 'und';
}

export function detectLanguage(doc: CleanDocument): LanguageDocument {
  const body = doc.zones
    .filter((z) => z.kind === 'body')
    .map((z) => doc.text.slice(z.start, Math.min(z.end, z.start + SAMPLE_CHARS)))
    .join('\n');
  // A page whose body was all dropped still has a language: fall back to the whole text.
  const language = detectTextLanguage(body.trim() ? body : doc.text);
  return { ...doc, language };
}
