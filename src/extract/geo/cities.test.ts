import { describe, expect, it } from 'vitest';
import { de, en, es, fr, gazetteer, idOf } from './testing.js';

const LONDON = 'region:city:2643743';
const GENEVA = 'region:city:2660646';
const MOSCOW = 'region:city:524901';
const MEXICO_CITY = 'region:city:3530597';
const CAIRO = 'region:city:360630';
const LAGOS = 'region:city:2332459';
const CASABLANCA = 'region:city:2553604';
const PARIS = 'region:city:2988507';
const PARIS_TEXAS = 'region:city:4717560';
const AUSTIN = 'region:city:4671654';
const NICE = 'region:city:2990440';

describe('cities', () => {
  it('resolve to the full hierarchy, with coordinates', () => {
    const g = gazetteer();
    expect(g.lookup('Casablanca', en)).toEqual({
      id: CASABLANCA,
      name: 'Casablanca',
      level: 'city',
      country: 'MA',
    });
    expect(g.ancestors(CASABLANCA).map((r) => r.level)).toEqual([
      'city',
      'state',
      'country',
      'subregion',
      'continent',
    ]);
    expect(
      g
        .ancestors(CASABLANCA)
        .slice(2)
        .map((r) => r.id),
    ).toEqual(['region:country:MA', 'region:subregion:northern-africa', 'region:continent:africa']);
    const lagos = g.region(LAGOS);
    expect(lagos).toMatchObject({ name: 'Lagos', country: 'NG', parent: 'region:state:NG-05' });
    expect(lagos?.lat).toBeCloseTo(6.45, 1);
    expect(lagos?.lon).toBeCloseTo(3.39, 1);
    expect(g.contains('region:subregion:western-africa', LAGOS)).toBe(true);
    expect(g.contains('region:macro:middle-east', LAGOS)).toBe(false);
  });

  it('know exonyms in French, German and Spanish', () => {
    expect(idOf('Londres', fr)).toBe(LONDON);
    expect(idOf('Londres', es)).toBe(LONDON);
    expect(idOf('Genève', fr)).toBe(GENEVA);
    expect(idOf('Geneva', en)).toBe(GENEVA);
    expect(idOf('Genf', de)).toBe(GENEVA);
    expect(idOf('Ginebra', es)).toBe(GENEVA);
    expect(idOf('Moskau', de)).toBe(MOSCOW);
    expect(idOf('Moscou', fr)).toBe(MOSCOW);
    expect(idOf('Ciudad de México', es)).toBe(MEXICO_CITY);
    expect(idOf('Mexico City', en)).toBe(MEXICO_CITY);
    expect(gazetteer().region(GENEVA)?.name).toBe('Geneva');
  });

  it('accept names of every language for text in another language', () => {
    expect(idOf('Londres', { language: 'pt' })).toBe(LONDON);
    expect(idOf('Genf', { language: 'und' })).toBe(GENEVA);
    // ...but not across the four known languages: "Island" is German for Iceland.
    expect(idOf('Island', en)).toBeNull();
    expect(idOf('Island', de)).toBe('region:country:IS');
  });

  it('take a French exonym without its article only in French', () => {
    expect(idOf('Le Caire', fr)).toBe(CAIRO);
    expect(idOf('Caire', fr)).toBe(CAIRO); // "au Caire", "du Caire"
    expect(idOf('Caire', en)).toBeNull();
    expect(idOf('Mexico', fr)).toBe(MEXICO_CITY); // French "Mexico" is the city, "Mexique" the country
    expect(idOf('Mexico', en)).toBe('region:country:MX');
  });

  it('pick the most populous homonym unless the context names its state or country', () => {
    const g = gazetteer();
    expect(idOf('Paris', en)).toBe(PARIS);
    expect(g.lookup('Paris', { language: 'en', states: new Set(['region:state:US-TX']) })?.id).toBe(
      PARIS_TEXAS,
    );
    expect(g.lookupIn('Paris', 'Texas', en)?.id).toBe(PARIS_TEXAS);
    expect(g.lookupIn('London', 'Ontario', en)?.id).toBe('region:city:6058560');
    // A US story does not move London to Ohio.
    expect(g.lookup('London', { language: 'en', countries: new Set(['US']) })?.id).toBe(LONDON);
  });

  it('resolve "City, ST" and "City, State" qualifiers', () => {
    const g = gazetteer();
    for (const q of ['TX', 'Tex.', 'Texas'])
      expect(g.lookupIn('Austin', q, en)?.id, q).toBe(AUSTIN);
    expect(g.region(AUSTIN)?.parent).toBe('region:state:US-TX');
    expect(g.lookupIn('Lagos', 'Nigeria', en)?.id).toBe(LAGOS);
    expect(g.lookupIn('Lagos', 'Texas', en)).toBeNull();
    expect(g.lookupIn('Austin', 'Narnia', en)).toBeNull();
  });

  it('do not take common words, brands or small towns for cities', () => {
    const g = gazetteer();
    expect(idOf('Nice', en)).toBeNull();
    expect(idOf('Nice', fr)).toBe(NICE);
    expect(g.lookup('Nice', { language: 'en', countries: new Set(['FR']) })?.id).toBe(NICE);
    expect(idOf('nice', fr)).toBeNull();
    for (const w of [
      'Mobile',
      'Split',
      'Of',
      'Date',
      'Smith',
      'Reading',
      'Toyota',
      'Orange',
      'Delta',
    ])
      expect(idOf(w, en), w).toBeNull();
    expect(g.lookup('Toyota', { language: 'en', countries: new Set(['JP']) })).toBeNull();
    expect(idOf('Nord', fr)).toBeNull();
    expect(g.lookupIn('Mobile', 'Alabama', en)?.level).toBe('city');
    expect(g.lookupIn('Smith', 'Nevada', en)?.level).toBe('city'); // the qualifier makes it a place
  });

  it('need the country nearby for mid-sized towns', () => {
    const g = gazetteer();
    // Gütersloh (~96 000) stands alone; Herrenberg (~30 000) needs its country.
    const gutersloh = g.lookup('Gütersloh', de);
    expect(gutersloh?.level).toBe('city');
    expect(g.region(gutersloh?.id ?? '')?.country).toBe('DE');
    expect(idOf('Herrenberg', de)).toBeNull();
    expect(g.lookup('Herrenberg', { language: 'de', countries: new Set(['DE']) })?.level).toBe(
      'city',
    );
  });
});

describe('states', () => {
  it('resolve US states and divisions of large countries', () => {
    expect(idOf('Texas', en)).toBe('region:state:US-TX');
    expect(idOf('Zhejiang', en)).toBe('region:state:CN-02');
    expect(gazetteer().region('region:state:CN-02')).toMatchObject({
      country: 'CN',
      parent: 'region:country:CN',
    });
    expect(idOf('Bavaria', en)).toBe('region:state:DE-02');
    expect(idOf('Bayern', de)).toBe('region:state:DE-02');
    expect(idOf('Bavière', fr)).toBe('region:state:DE-02');
    expect(idOf('Californie', fr)).toBe('region:state:US-CA');
    expect(idOf('Ontario', en)).toBe('region:state:CA-08');
  });

  it('prefer the country to a homonymous state unless the story is in that state’s country', () => {
    expect(idOf('Georgia', en)).toBe('region:country:GE');
    expect(gazetteer().lookup('Georgia', { language: 'en', countries: new Set(['US']) })?.id).toBe(
      'region:state:US-GA',
    );
  });

  it('prefer a big city to its homonymous state', () => {
    expect(idOf('Lagos', en)).toBe(LAGOS);
    expect(idOf('New York', en)).toBe('region:city:5128581');
  });

  it('need context for generic or word-like division names', () => {
    expect(idOf('Delta', en)).toBeNull();
    expect(idOf('Plateau', en)).toBeNull();
    expect(idOf('Central', en)).toBeNull();
  });
});
