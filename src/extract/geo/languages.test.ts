/**
 * Portuguese and Italian: country names from world-countries (por, ita) and
 * i18n-iso-countries, exonyms from data/place-names.csv, demonyms from i18n-nationality (it)
 * and data/demonyms.csv (pt), inflected by data/demonym-inflections.csv.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../knowledge/csv.js';
import { inflect, parseInflections } from './demonyms.js';
import { normKey } from './normalize.js';
import { LANGUAGES } from './sources.js';
import { DATA_DIR, en, gazetteer, idOf, itCtx, pt } from './testing.js';
import { ISO_639_3_TO_1 } from '../stages/language.js';

/** The capitalised words of a phrase ("em Omã" -> "Omã"), as the entity stage passes them. */
const place = (phrase: string, ctx: { language: string }) =>
  idOf(phrase.replace(/^(?:\p{Ll}+\s+)+/u, ''), ctx);

const cc = (word: string, lang: string) =>
  gazetteer().demonym(word, lang)?.id.replace('region:country:', '') ?? null;

const scan = (text: string, lang: string) =>
  gazetteer()
    .scanDemonyms(text, lang)
    .map((h) => [h.text, h.place.id]);

describe('Portuguese and Italian', () => {
  it('are languages the language stage returns', () => {
    expect(ISO_639_3_TO_1.por).toBe('pt');
    expect(ISO_639_3_TO_1.ita).toBe('it');
    for (const lang of LANGUAGES) expect(Object.values(ISO_639_3_TO_1)).toContain(lang);
  });

  it('resolve Portuguese country names', () => {
    expect(place('em Omã', pt)).toBe('region:country:OM');
    expect(place('na Índia', pt)).toBe('region:country:IN');
    expect(place('na Itália', pt)).toBe('region:country:IT');
    expect(place('da Alemanha', pt)).toBe('region:country:DE');
    expect(place('nos Estados Unidos', pt)).toBe('region:country:US');
    expect(place('no Reino Unido', pt)).toBe('region:country:GB');
  });

  it('resolve Italian country, region and city names', () => {
    expect(place('in Sardegna', itCtx)).toBe('region:state:IT-14');
    expect(place('in Puglia', itCtx)).toBe('region:state:IT-13');
    expect(place('a Milano', itCtx)).toBe('region:city:3173435');
    expect(place('in Germania', itCtx)).toBe('region:country:DE');
    expect(place('negli Stati Uniti', itCtx)).toBe('region:country:US');
    expect(gazetteer().ancestors('region:state:IT-14')[1]?.id).toBe('region:country:IT');
  });

  it('keep language-neutral names and own-language exonyms only', () => {
    // GeoNames names and admin1 names are language-neutral ("*").
    expect(place('em Minas Gerais', pt)).toBe('region:state:BR-15');
    expect(place('in Lazio', itCtx)).toBe('region:state:IT-07');
    // An Italian exonym is not read in English text.
    expect(idOf('Sardegna', en)).toBeNull();
  });

  it('read Portuguese demonyms in every gender and number', () => {
    for (const w of ['brasileiro', 'brasileira', 'brasileiros', 'brasileiras'])
      expect(cc(w, 'pt'), w).toBe('BR');
    for (const w of ['português', 'portuguesa', 'portugueses', 'portuguesas'])
      expect(cc(w, 'pt'), w).toBe('PT');
    expect(cc('alemães', 'pt')).toBe('DE');
    expect(cc('norte-americanas', 'pt')).toBe('US');
    expect(scan('a empresa brasileira comprou uma rival', 'pt')).toEqual([
      ['brasileira', 'region:country:BR'],
    ]);
  });

  it('read Italian demonyms in every gender and number', () => {
    for (const w of ['italiano', 'italiana', 'italiani', 'italiane'])
      expect(cc(w, 'it'), w).toBe('IT');
    for (const w of ['francese', 'francesi']) expect(cc(w, 'it'), w).toBe('FR');
    expect(cc('tedeschi', 'it')).toBe('DE');
    expect(scan('la società italiana ha firmato', 'it')).toEqual([
      ['italiana', 'region:country:IT'],
    ]);
  });

  it('strip Portuguese and Italian articles before a place name', () => {
    // "Fechou contratos com o Brasil e os Estados Unidos, e a Alemanha ficou de fora."
    expect(idOf('o Brasil', pt)).toBe('region:country:BR');
    expect(idOf('os Estados Unidos', pt)).toBe('region:country:US');
    expect(idOf('a Alemanha', pt)).toBe('region:country:DE');
    // "Ha firmato con il Portogallo, gli Stati Uniti e i Paesi Bassi."
    expect(idOf('il Portogallo', itCtx)).toBe('region:country:PT');
    expect(idOf('gli Stati Uniti', itCtx)).toBe('region:country:US');
    expect(idOf('i Paesi Bassi', itCtx)).toBe('region:country:NL');
    // A name that holds its article is still matched whole first.
    expect(idOf('A Coruña', pt)).toBe('region:city:3119841');
  });

  it('do not take everyday words for places', () => {
    expect(idOf('Sole', itCtx)).toBeNull();
    expect(idOf('Praia', pt)).toBeNull();
  });
});

describe('data/demonym-inflections.csv', () => {
  const rows = readCsv(join(DATA_DIR, 'demonym-inflections.csv'));

  it('has rules for every language of LANGUAGES', () => {
    const listed = new Set(rows.map((r) => r.language));
    for (const lang of LANGUAGES) expect(listed, lang).toContain(lang);
  });

  it('has an example that each row applies to', () => {
    for (const row of rows) {
      if (!row.example) continue;
      const rules = parseInflections(rows.filter((other) => other.language === row.language));
      const forms = inflect(row.example, rules);
      expect(forms[0], `${row.language} ${row.example}`).toBe(normKey(row.example));
      expect(forms, `${row.language} ${row.example}`).toEqual(
        inflect(row.example, parseInflections([row])),
      );
    }
  });
});
