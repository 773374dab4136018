import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../knowledge/csv.js';
import { loadGazetteer } from './index.js';
import { PlaceInflections } from './inflections.js';

const dataDir = path.resolve(import.meta.dirname, '../../../data');
const gazetteer = loadGazetteer(dataDir);

describe('place-inflections.csv', () => {
  const rows = [...readCsvRows(path.join(dataDir, 'place-inflections.csv'))].map(
    ({ record }) => record,
  );

  it.each(rows.map((row) => [row.language ?? '', row.example ?? '']))(
    '%s: %s',
    (language, example) => {
      const [written = '', base = ''] = example.split('=');
      expect(new PlaceInflections(dataDir).baseForms(written, language)).toContain(base);
      expect(gazetteer.lookup(written, { language })?.name).toBe(
        gazetteer.lookup(base, { language })?.name,
      );
      expect(gazetteer.lookup(base, { language })).not.toBeNull();
    },
  );

  it('leaves inflected nouns that are no place alone', () => {
    for (const word of ['Unternehmens', 'Werks', 'Landes', 'Konzerns'])
      expect(gazetteer.lookup(word, { language: 'de' })).toBeNull();
  });

  it('inflects only in the languages with rows', () => {
    expect(gazetteer.lookup('Chinas', { language: 'en' })).toBeNull();
  });
});
