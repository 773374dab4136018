import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter';
import { exportFileName, slug } from './fileName';

describe('export file names', () => {
  it('names region and years', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      region: 'region:continent:africa',
      yearFrom: 2018,
      yearTo: 2019,
    };
    expect(exportFileName({ filters, regionLabel: 'Africa', focus: null }, 'png')).toBe(
      'partner-atlas_africa_2018-2019.png',
    );
  });

  it('names a plain view, a single year, open ranges and the CSV part', () => {
    expect(
      exportFileName({ filters: DEFAULT_FILTERS, regionLabel: null, focus: null }, 'svg'),
    ).toBe('partner-atlas.svg');
    expect(
      exportFileName(
        {
          filters: { ...DEFAULT_FILTERS, yearFrom: 2018, yearTo: 2018 },
          regionLabel: null,
          focus: null,
          part: 'relations',
        },
        'csv',
      ),
    ).toBe('partner-atlas_2018_relations.csv');
    expect(
      exportFileName(
        { filters: { ...DEFAULT_FILTERS, yearFrom: 2018 }, regionLabel: null, focus: null },
        'json',
      ),
    ).toBe('partner-atlas_from-2018.json');
  });

  it('names focus, relation types and scope', () => {
    const name = exportFileName(
      {
        filters: { ...DEFAULT_FILTERS, relationTypes: ['joint_venture'] },
        regionLabel: null,
        focus: { node: 'x', hops: 2, label: 'China Telecom Global' },
        scope: 'full',
      },
      'png',
    );
    expect(name).toBe('partner-atlas_china-telecom-global-2-hops_joint-venture_full.png');
  });

  it('slugs are safe file-name parts', () => {
    expect(slug('Côte d’Ivoire / "Abidjan"')).toBe('cote-d-ivoire-abidjan');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('北京')).toBe('');
  });
});
