import { describe, expect, it } from 'vitest';
import { explainName, explainRules, type RuleDecision } from './explain.js';
import { scoreQuality } from './score.js';
import { gold, goldDoc, graph, names, org, person } from './__fixtures__/build.js';

const annotated = gold(
  goldDoc({
    doc: 'acme.txt',
    organizations: [
      { name: 'Acme Robotics', aliases: ['Acme'] },
      { name: 'Globex' },
      { name: 'Initech' },
    ],
    noise_organizations: ['Widget Weekly'],
    people: [{ name: 'Jane Roe' }],
  }),
);
const built = graph([
  org('Acme Robotics Ltd', { id: 'org:acme-robotics', documents: ['d1'], mentions: 4 }),
  org('Acme', { id: 'org:acme', documents: ['d1'] }),
  org('Widget Weekly', { documents: ['d1'] }),
  person('Dr Jane Roe'),
]);
const input = {
  graph: built,
  gold: annotated,
  score: scoreQuality(built, annotated, names),
  names,
  documentNames: new Map([['d1', 'acme.txt']]),
};

describe('explaining a name', () => {
  it('shows each node of that name, its documents and mentions, and the gold verdict', () => {
    const lines = explainName('ACME Robotics', input);
    expect(lines.slice(0, 3)).toEqual([
      'node "Acme Robotics Ltd" (company; id org:acme-robotics)',
      '  documents: acme.txt; mentions: 4',
      `  gold: matched the gold's "Acme Robotics"`,
    ]);
    expect(lines).toContain(
      'gold organisation "Acme Robotics" (acme.txt): nodes "Acme Robotics Ltd" (matched), "Acme" (second node)',
    );
  });

  it('names a second node, noise, and a person matched despite a title', () => {
    expect(explainName('Acme', input)).toContain(
      `  gold: false positive: a second node for the gold's "Acme Robotics"`,
    );
    expect(explainName('Widget Weekly', input)).toContain(
      '  gold: false positive: the gold marks this name as web noise',
    );
    expect(explainName('Roe Jane', input)).toContain(`  gold: matched the gold's "Jane Roe"`);
  });

  it('says when a gold organisation has no node', () => {
    expect(explainName('Globex Corp', input)).toContain(
      'missed: the gold organisation "Globex" (acme.txt) has no node',
    );
  });

  it('says when nothing has that name', () => {
    expect(explainName('Hooli', input)[0]).toBe('no node and no gold entity is named "Hooli"');
  });

  it('says plainly that no rule trace is available', () => {
    expect(explainName('Acme', input).at(-1)).toMatch(/^rules: no rule trace is available/);
  });
});

describe('the rule trace', () => {
  const trace: RuleDecision[] = [
    { documentId: 'd1', surface: 'Acme', decision: 'made', ruleName: 'capitalised-run' },
    { documentId: 'd1', surface: 'Widget Weekly', decision: 'dropped', ruleName: 'byline' },
  ];
  const matches = (surface: string) => names.name(surface) === names.name('Widget Weekly');

  it('says which rule made or dropped the name in which document', () => {
    expect(explainRules(trace, matches, input.documentNames)).toEqual([
      'rules: acme.txt: "Widget Weekly" dropped by rule byline',
    ]);
    expect(explainName('Acme', input, trace).at(-1)).toBe(
      'rules: acme.txt: "Acme" made by rule capitalised-run',
    );
  });

  it('says when the trace holds nothing about the name', () => {
    expect(explainRules([], matches)).toEqual([
      'rules: the rule trace holds no decision about this name',
    ]);
  });
});
