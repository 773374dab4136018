import { describe, expect, it } from 'vitest';
import { scoreByLanguage, scoreByRelationType } from './breakdown.js';
import {
  formatText,
  markdownTable,
  qualitySection,
  replaceSection,
  reportJson,
  type EvalReport,
} from './report.js';
import { scoreQuality } from './score.js';
import { edge, gold, goldDoc, graph, names, org } from './__fixtures__/build.js';

const annotated = gold(
  goldDoc({
    organizations: [{ name: 'Acme' }, { name: 'Globex' }],
    noise_organizations: ['Widget Weekly'],
    relations: [{ a: 'Acme', b: 'Globex', type: 'supply', year: 2021 }],
  }),
);
const acme = org('Acme');
const globex = org('Globex');
const built = graph([acme, globex, org('Widget Weekly')], [edge('supply', acme, globex)]);
const score = scoreQuality(built, annotated, names);
const report: EvalReport = {
  goldFile: 'gold.json',
  graphSource: 'graph.json',
  documents: 1,
  nodes: 3,
  edges: 1,
  score,
  byLanguage: scoreByLanguage(built, annotated, names),
  byRelationType: scoreByRelationType(score.relations),
};

describe('the text report', () => {
  it('lists noise apart and ends with the reference summary line', () => {
    const text = formatText(report);
    expect(text).toContain(
      '  noise (false positives the gold marks as web noise) (1): Widget Weekly',
    );
    expect(text.split('\n').at(-1)).toBe(
      'orgF1=0.8 relF1=1 placeF1=1 peopleF1=1 yearAcc=0 forbidden=0',
    );
  });

  it('pads table columns, numbers to the right', () => {
    expect(markdownTable(['area', 'F1'], [['people', '0.5']], [false, true])).toBe(
      ['| area   |  F1 |', '| ------ | --: |', '| people | 0.5 |'].join('\n'),
    );
  });
});

describe('the JSON figures', () => {
  it('hold every area, the breakdowns and the summary', () => {
    const json = reportJson(report) as Record<string, unknown>;
    expect(json).toMatchObject({
      organisations: { tp: 2, fp: 1, fn: 0, noise: ['Widget Weekly'] },
      relations: { tp: 1, typeAccuracy: 1, yearAccuracy: 0, forbidden: 0 },
      byLanguage: [{ language: 'en', documents: 1 }],
      byRelationType: [{ type: 'supply', goldPairs: 1, found: 1 }],
      summary: 'orgF1=0.8 relF1=1 placeF1=1 peopleF1=1 yearAcc=0 forbidden=0',
    });
  });
});

describe('the docs section', () => {
  const meta = {
    measured: '2030-01-02 03:04 UTC',
    command: 'npm run eval -- x',
    commit: 'abc1234',
  };

  it('says when, how and at which commit it was measured', () => {
    const section = qualitySection(report, meta);
    expect(section).toContain(
      'Measured 2030-01-02 03:04 UTC with `npm run eval -- x` at commit abc1234',
    );
    expect(section).toContain('### Per language');
    expect(section).toContain('### Per relation type');
  });

  it('replaces only the marked section, or appends it', () => {
    const doc =
      '# Title\n\nbefore\n\n<!-- eval:figures -->\nold\n<!-- /eval:figures -->\n\nafter\n';
    expect(replaceSection(doc, 'figures', 'new')).toBe(
      '# Title\n\nbefore\n\n<!-- eval:figures -->\nnew\n<!-- /eval:figures -->\n\nafter\n',
    );
    expect(replaceSection('# Title\n', 'figures', 'new')).toBe(
      '# Title\n\n<!-- eval:figures -->\nnew\n<!-- /eval:figures -->\n',
    );
  });
});
