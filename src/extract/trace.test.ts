import { describe, expect, it } from 'vitest';
import { knowledge, sentenced, fakePlaces } from './__fixtures__/helpers.js';
import { extractEntities } from './stages/entities.js';
import { extractRelations } from './stages/relations.js';
import { resolveCorpus } from './stages/resolve.js';
import { entityTraceFor, relationTraceFor } from './trace.js';
import type { RuleTraceEntry } from './types.js';

describe('rule trace', () => {
  it('tells which entity rule made each name, and which pattern related two of them', () => {
    const heard: RuleTraceEntry[] = [];
    const trace = (entry: RuleTraceEntry) => heard.push(entry);
    const places = fakePlaces({});
    const text = 'Borealis Mining Ltd signed a supply agreement with Nordwind AG.';
    const entities = extractEntities(
      { ...sentenced(text, 'en'), id: 'doc-1' },
      knowledge,
      places,
      entityTraceFor('doc-1', trace),
    );
    const [resolved] = resolveCorpus([entities], { knowledge, places });
    extractRelations(resolved!, knowledge, relationTraceFor(resolved!, trace));

    const made = heard.filter((e) => e.decision === 'made org').map((e) => e.surface);
    expect(made).toEqual(['Borealis Mining Ltd', 'Nordwind AG']);
    expect(heard.find((e) => e.surface === 'Nordwind AG')?.rule).toBe('orgByLegalForm');
    const related = heard.filter((e) => e.decision.startsWith('related'));
    expect(related.map((e) => [e.documentId, e.surface, e.decision])).toContainEqual([
      'doc-1',
      'Borealis Mining',
      'related (supply) to Nordwind',
    ]);
    expect(related.every((e) => e.rule.length > 0)).toBe(true);
  });
});
