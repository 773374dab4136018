import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../geo/sources.js';
import type { CleanDocument } from '../types.js';
import { detectLanguage, detectTextLanguage, ISO_639_3_TO_1, SAMPLE_CHARS } from './language.js';

function doc(text: string, zones?: CleanDocument['zones']): CleanDocument {
  return {
    id: 'doc',
    file: 'doc.txt',
    title: 'T',
    date: '2024-03',
    url: 'https://example.org/doc',
    text,
    zones: zones ?? [{ start: 0, end: text.length, kind: 'body' }],
  };
}

const PARAGRAPHS = {
  en: 'Statkraft and Vattenfall signed a long-term power purchase agreement on Monday, the companies said in a statement. The deal covers wind farms in northern Norway and Sweden.',
  fr: 'Le groupe Iberdrola a signé un accord de partenariat avec la société norvégienne Statkraft pour développer des parcs éoliens en mer au large de la Bretagne.',
  de: 'Volkswagen und Bosch haben eine Partnerschaft für die Entwicklung von Software für automatisiertes Fahren vereinbart, teilten die beiden Unternehmen am Dienstag in Wolfsburg mit.',
  es: 'Iberdrola y Naturgy firmaron un acuerdo para desarrollar una red de puntos de recarga para vehículos eléctricos en España y Portugal, según informaron las empresas el martes.',
  pt: 'O Itaú Unibanco assinou um acordo com a Microsoft para acelerar a migração dos seus sistemas para a nuvem, informou o banco em comunicado nesta segunda-feira.',
};

describe('detectLanguage', () => {
  for (const [code, text] of Object.entries(PARAGRAPHS)) {
    it(`detects ${code}`, () => {
      expect(detectLanguage(doc(text)).language).toBe(code);
    });
  }

  it('keeps every field of the clean document', () => {
    const d = doc(PARAGRAPHS.en);
    expect(detectLanguage(d)).toEqual({ ...d, language: 'en' });
  });

  it('returns "und" for text too short to tell', () => {
    expect(detectLanguage(doc('Equinor signed.')).language).toBe('und');
    expect(detectLanguage(doc('')).language).toBe('und');
    expect(detectTextLanguage('12 345 678 — 2024 / 2025 ... 99%')).toBe('und');
  });

  it('reads only the body zone', () => {
    const text = `${PARAGRAPHS.de}\n\n${PARAGRAPHS.en} ${PARAGRAPHS.en}`;
    const bodyEnd = PARAGRAPHS.de.length;
    const d = doc(text, [
      { start: 0, end: bodyEnd + 2, kind: 'body' },
      { start: bodyEnd + 2, end: text.length, kind: 'peripheral' },
    ]);
    expect(detectLanguage(d).language).toBe('de');
  });

  it('reads the first SAMPLE_CHARS of the body, whatever follows', () => {
    let spanish = PARAGRAPHS.es;
    while (spanish.length < SAMPLE_CHARS) spanish += ` ${PARAGRAPHS.es}`;
    const text = `${spanish} ${PARAGRAPHS.en.repeat(6)}`;
    expect(text.length).toBeGreaterThan(3 * SAMPLE_CHARS);
    expect(detectLanguage(doc(text)).language).toBe('es');
  });

  it('is not swayed by a stray English line at the top of the body', () => {
    const stray = 'Share this article. Sign up for our newsletter. Read more. ';
    for (const code of ['fr', 'de', 'es', 'pt'] as const) {
      const body = `${stray}${PARAGRAPHS[code]} ${PARAGRAPHS[code]} ${PARAGRAPHS[code]}`;
      expect(detectLanguage(doc(body)).language, code).toBe(code);
    }
  });

  it('falls back to the whole text when there is no body', () => {
    const text = PARAGRAPHS.fr;
    expect(
      detectLanguage(doc(text, [{ start: 0, end: text.length, kind: 'peripheral' }])).language,
    ).toBe('fr');
  });

  it('reads only the languages data/ has rows for', () => {
    const dutch =
      'Acme en Orvalis hebben maandag een overeenkomst getekend voor de bouw van een windpark voor de kust van Nederland, meldden de bedrijven in een verklaring.';
    expect(LANGUAGES).toContain(detectTextLanguage(dutch));
    const russian =
      'Компания Газпром подписала соглашение с компанией Роснефть о совместной разработке месторождения на севере страны.';
    expect(detectTextLanguage(russian)).toBe('und');
  });

  it('maps ISO 639-3 codes to two-letter codes', () => {
    expect(ISO_639_3_TO_1.eng).toBe('en');
    expect(ISO_639_3_TO_1.fra).toBe('fr');
    expect(ISO_639_3_TO_1.deu).toBe('de');
    expect(ISO_639_3_TO_1.spa).toBe('es');
    expect(ISO_639_3_TO_1.cmn).toBe('zh');
    for (const v of Object.values(ISO_639_3_TO_1)) expect(v).toMatch(/^[a-z]{2}$/);
  });
});
