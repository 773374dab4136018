import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter';
import { imageCaption } from './imageCaption';

const base = {
  dataset: 'Telecom partners',
  filters: DEFAULT_FILTERS,
  regionLabel: null,
  focus: null,
  hidesUnconnected: false,
};

describe('imageCaption', () => {
  it('is the dataset alone without filters', () => {
    expect(imageCaption(base)).toBe('Telecom partners');
  });

  it('lists the filters in the panel’s words', () => {
    const caption = imageCaption({
      ...base,
      filters: {
        ...DEFAULT_FILTERS,
        region: 'r:africa',
        yearFrom: 2018,
        yearTo: 2019,
        relationTypes: ['partnership', 'subsidiary'],
        minConnections: 2,
      },
      regionLabel: 'Africa',
      hidesUnconnected: true,
    });
    expect(caption).toBe(
      'Telecom partners — Africa · 2018–2019 · relations: Partnership, Subsidiary · min. connections 2 · unconnected hidden',
    );
  });

  it('names a Focus and an empty type list', () => {
    const caption = imageCaption({
      ...base,
      filters: { ...DEFAULT_FILTERS, entityTypes: [] },
      focus: { label: 'ZTE', hops: 2 },
    });
    expect(caption).toBe('Telecom partners — around ZTE (2 hops) · entities: none');
  });
});
