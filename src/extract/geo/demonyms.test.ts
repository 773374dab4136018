import { describe, expect, it } from 'vitest';
import { gazetteer } from './testing.js';

const cc = (word: string, lang: string) =>
  gazetteer().demonym(word, lang)?.id.replace('region:country:', '') ?? null;

describe('demonyms', () => {
  it('English, capitalised, with the plural of nouns', () => {
    expect(cc('Brazilian', 'en')).toBe('BR');
    expect(cc('Brazilians', 'en')).toBe('BR');
    expect(cc('Moroccan', 'en')).toBe('MA');
    expect(cc('Senegalese', 'en')).toBe('SN');
    expect(cc('French', 'en')).toBe('FR');
    expect(cc('Dutch', 'en')).toBe('NL');
    expect(cc('Polish', 'en')).toBe('PL');
    expect(cc('polish', 'en')).toBeNull();
    expect(cc('Frenchs', 'en')).toBeNull();
  });

  it('French in every gender and number, any case', () => {
    for (const w of ['marocain', 'marocaine', 'marocains', 'marocaines', 'Marocains'])
      expect(cc(w, 'fr'), w).toBe('MA');
    for (const w of ['sénégalais', 'sénégalaise', 'sénégalaises', 'senegalais'])
      expect(cc(w, 'fr'), w).toBe('SN');
    expect(cc('brésiliennes', 'fr')).toBe('BR');
    expect(cc('mexicain', 'fr')).toBe('MX');
  });

  it('German adjectives in every ending, and regular nouns', () => {
    for (const w of [
      'marokkanisch',
      'marokkanische',
      'marokkanischen',
      'marokkanischer',
      'Marokkaner',
    ])
      expect(cc(w, 'de'), w).toBe('MA');
    expect(cc('brasilianischen', 'de')).toBe('BR');
    expect(cc('chinesische', 'de')).toBe('CN');
    expect(cc('Senegalesen', 'de')).toBe('SN');
    expect(cc('nigerianische', 'de')).toBe('NG');
  });

  it('German nouns only where the adjective makes them regularly', () => {
    // "dänisch" and "rumänisch" give the adjective only: the nouns are Däne and Rumäne.
    expect(cc('dänischen', 'de')).toBe('DK');
    expect(cc('Däner', 'de')).toBeNull();
    expect(cc('Rumäner', 'de')).toBeNull();
    expect(cc('Jordaner', 'de')).toBe('JO');
    // A nationality that is a place name, not an adjective, is no German demonym.
    expect(cc('Gibraltar', 'de')).toBeNull();
  });

  it('French feminines that world-countries gives replace the derived ones', () => {
    for (const w of ['turc', 'turcs', 'turque', 'turques']) expect(cc(w, 'fr'), w).toBe('TR');
    // world-countries gives "Américan"/"Américaine" for the Northern Mariana Islands.
    expect(cc('américaine', 'fr')).toBe('US');
    expect(cc('américane', 'fr')).toBeNull();
  });

  it('Spanish in every gender and number', () => {
    for (const w of ['mexicano', 'mexicana', 'mexicanos', 'mexicanas'])
      expect(cc(w, 'es'), w).toBe('MX');
    expect(cc('marroquí', 'es')).toBe('MA');
    expect(cc('marroquíes', 'es')).toBe('MA');
    expect(cc('senegalesas', 'es')).toBe('SN');
    expect(cc('brasileños', 'es')).toBe('BR');
    expect(cc('estadounidenses', 'es')).toBe('US');
  });

  it('leave ambiguous forms unresolved', () => {
    expect(cc('Congolese', 'en')).toBeNull();
  });

  it('are found in text as whole words only', () => {
    const g = gazetteer();
    const text =
      'The Senegalese and Moroccan teams met New Zealand officials; a Brazilian-led deal. Brazilianness.';
    const hits = g.scanDemonyms(text, 'en');
    expect(hits.map((h) => [h.text, h.place.id])).toEqual([
      ['Senegalese', 'region:country:SN'],
      ['Moroccan', 'region:country:MA'],
      ['Brazilian', 'region:country:BR'],
    ]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(
      g.scanDemonyms('Les groupes néo-zélandais et marocains', 'fr').map((h) => h.place.id),
    ).toEqual(['region:country:NZ', 'region:country:MA']);
  });
});
