import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './index.js';
import { DATA_DIR, de, en, es, fr, gazetteer, idOf } from './testing.js';

describe('countries', () => {
  it('match English, French, German and Spanish names, with or without article', () => {
    expect(idOf('Nigeria', en)).toBe('region:country:NG');
    expect(idOf('Morocco', en)).toBe('region:country:MA');
    expect(idOf('le Maroc', fr)).toBe('region:country:MA');
    expect(idOf('Marokko', de)).toBe('region:country:MA');
    expect(idOf('Marruecos', es)).toBe('region:country:MA');
    expect(idOf('la Chine', fr)).toBe('region:country:CN');
    expect(idOf("l'Algérie", fr)).toBe('region:country:DZ');
    expect(idOf('l’Algérie', fr)).toBe('region:country:DZ');
    expect(idOf('the Netherlands', en)).toBe('region:country:NL');
    expect(idOf('die Schweiz', de)).toBe('region:country:CH');
    expect(idOf('Brasil', es)).toBe('region:country:BR');
    expect(idOf('Brésil', fr)).toBe('region:country:BR');
    expect(idOf('Côte d’Ivoire', fr)).toBe('region:country:CI');
    expect(idOf('Czech Republic', en)).toBe('region:country:CZ');
    expect(idOf('Czechia', en)).toBe('region:country:CZ');
    expect(idOf("Nigeria's", en)).toBe('region:country:NG');
  });

  it('match press abbreviations case-sensitively', () => {
    for (const s of ['US', 'U.S.', 'USA', 'United States', 'the United States'])
      expect(idOf(s, en), s).toBe('region:country:US');
    expect(idOf('États-Unis', fr)).toBe('region:country:US');
    expect(idOf('EE. UU.', es)).toBe('region:country:US');
    expect(idOf('Estados Unidos', es)).toBe('region:country:US');
    expect(idOf('us', en)).toBeNull();
    expect(idOf('UK', en)).toBe('region:country:GB');
    expect(idOf('Britain', en)).toBe('region:country:GB');
    expect(idOf('UAE', en)).toBe('region:country:AE');
  });

  it('sit in their UN M49 subregion and continent', () => {
    const g = gazetteer();
    expect(g.ancestors('region:country:MA').map((r) => r.id)).toEqual([
      'region:country:MA',
      'region:subregion:northern-africa',
      'region:continent:africa',
    ]);
    // world-countries 5 departs from M49 here; the gazetteer follows M49.
    expect(g.region('region:country:AT')?.parent).toBe('region:subregion:western-europe');
    expect(g.region('region:country:PL')?.parent).toBe('region:subregion:eastern-europe');
    expect(g.region('region:country:MX')?.parent).toBe('region:subregion:central-america');
    expect(g.region('region:country:CA')?.parent).toBe('region:subregion:northern-america');
    expect(g.region('region:subregion:northern-america')?.parent).toBe('region:continent:americas');
    expect(g.region('region:country:AQ')?.parent).toBe('region:continent:antarctica');
  });

  it('carry coordinates, ISO code and macro-region membership', () => {
    const sa = gazetteer().region('region:country:SA');
    expect(sa).toMatchObject({ name: 'Saudi Arabia', level: 'country', country: 'SA' });
    expect(sa?.lat).toBeCloseTo(25, 0);
    expect(sa?.lon).toBeCloseTo(45, 0);
    expect(sa?.memberOf).toEqual(
      expect.arrayContaining(['region:macro:middle-east', 'region:macro:gulf']),
    );
  });
});

describe('continents, subregions and macro-regions', () => {
  it('resolve continent names in four languages', () => {
    expect(idOf('Afrique', fr)).toBe('region:continent:africa');
    expect(idOf('Afrika', de)).toBe('region:continent:africa');
    expect(idOf('África', es)).toBe('region:continent:africa');
    expect(idOf('Asie', fr)).toBe('region:continent:asia');
    expect(idOf('Europe', en)).toBe('region:continent:europe');
    expect(idOf('Océanie', fr)).toBe('region:continent:oceania');
    expect(idOf('Antarctica', en)).toBe('region:continent:antarctica');
  });

  it('map everyday names of M49 subregions to the subregion, not a macro', () => {
    expect(idOf('Southeast Asia', en)).toBe('region:subregion:south-eastern-asia');
    expect(idOf('Asie du Sud-Est', fr)).toBe('region:subregion:south-eastern-asia');
    expect(idOf('East Africa', en)).toBe('region:subregion:eastern-africa');
    expect(idOf("Afrique de l'Est", fr)).toBe('region:subregion:eastern-africa');
    expect(idOf('Westafrika', de)).toBe('region:subregion:western-africa');
    expect(idOf('South America', en)).toBe('region:subregion:south-america');
    expect(idOf('Central Asia', en)).toBe('region:subregion:central-asia');
  });

  it('resolve macro-regions', () => {
    for (const [s, ctx] of [
      ['Middle East', en],
      ['the Middle East', en],
      ['Moyen-Orient', fr],
      ['Nahost', de],
      ['Naher Osten', de],
      ['Oriente Medio', es],
      ['Medio Oriente', es],
    ] as const)
      expect(idOf(s, ctx), s).toBe('region:macro:middle-east');
    expect(idOf('Asie-Pacifique', fr)).toBe('region:macro:asia-pacific');
    expect(idOf('APAC', en)).toBe('region:macro:asia-pacific');
    expect(idOf('Amérique latine', fr)).toBe('region:macro:latin-america');
    expect(idOf('Lateinamerika', de)).toBe('region:macro:latin-america');
    expect(idOf('América Latina', es)).toBe('region:macro:latin-america');
    expect(idOf('Afrique subsaharienne', fr)).toBe('region:macro:sub-saharan-africa');
    expect(idOf('North America', en)).toBe('region:macro:north-america');
    expect(idOf('Amérique du Nord', fr)).toBe('region:macro:north-america');
    expect(idOf('Nordics', en)).toBe('region:macro:nordics');
    expect(idOf('Balkans', en)).toBe('region:macro:balkans');
    expect(idOf('EMEA', en)).toBe('region:macro:emea');
    expect(idOf('Emea', en)).toBeNull();
    expect(idOf('DACH', de)).toBe('region:macro:dach');
    expect(idOf('Dach', de)).toBeNull();
  });

  it('contain countries, their cities and other regions', () => {
    const g = gazetteer();
    expect(g.contains('region:macro:middle-east', 'region:country:SA')).toBe(true);
    expect(g.contains('region:macro:middle-east', 'region:country:MA')).toBe(false);
    expect(g.contains('region:macro:asia-pacific', 'region:country:AU')).toBe(true);
    expect(g.contains('region:macro:latin-america', 'region:country:BR')).toBe(true);
    expect(g.contains('region:macro:latin-america', 'region:country:MX')).toBe(true);
    expect(g.contains('region:macro:north-america', 'region:country:MX')).toBe(true);
    expect(g.contains('region:macro:sub-saharan-africa', 'region:country:NG')).toBe(true);
    expect(g.contains('region:macro:sub-saharan-africa', 'region:country:MA')).toBe(false);
    expect(g.contains('region:macro:emea', 'region:macro:middle-east')).toBe(true);
    expect(g.contains('region:macro:mena', 'region:subregion:northern-africa')).toBe(true);
    expect(g.contains('region:continent:africa', 'region:macro:sub-saharan-africa')).toBe(true);
    expect(g.contains('region:continent:europe', 'region:country:FR')).toBe(true);
    expect(g.contains('region:country:FR', 'region:continent:europe')).toBe(false);
    expect(g.contains('region:country:FR', 'region:country:FR')).toBe(true);
    expect(g.countriesIn('region:macro:gulf')).toEqual(
      new Set(['AE', 'BH', 'KW', 'OM', 'QA', 'SA']),
    );
  });

  it('records macro membership of subregions and macros', () => {
    const g = gazetteer();
    expect(g.region('region:subregion:northern-africa')?.memberOf).toEqual(
      expect.arrayContaining(['region:macro:mena', 'region:macro:emea']),
    );
    expect(g.region('region:macro:middle-east')?.memberOf).toEqual(
      expect.arrayContaining(['region:macro:mena', 'region:macro:emea']),
    );
    expect(g.region('region:macro:middle-east')).toMatchObject({
      name: 'Middle East',
      level: 'macro',
    });
  });

  it('is loaded once per data directory', () => {
    expect(loadGazetteer(DATA_DIR)).toBe(gazetteer());
  });
});
