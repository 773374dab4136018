/** The stage declaration: a well-formed list, and the phases the runners derive from it. */
import { describe, expect, it } from 'vitest';
import { LOAD, STAGES, WRITE } from './pipeline.js';
import { documentPhases, phasesOf } from './runner.js';

describe('STAGES', () => {
  it('names every stage once', () => {
    const names = [LOAD.name, ...STAGES.map((stage) => stage.name), WRITE.name];
    expect(new Set(names).size).toBe(names.length);
  });

  it('has every field a stage requires assigned by load or an earlier stage', () => {
    const assigned = new Set<string>(LOAD.assigns);
    for (const stage of STAGES) {
      const missing = stage.requires.filter((field) => !assigned.has(field));
      expect({ stage: stage.name, missing }).toEqual({ stage: stage.name, missing: [] });
      for (const field of stage.assigns) assigned.add(field);
    }
    expect(WRITE.requires.filter((field) => !assigned.has(field))).toEqual([]);
  });

  it('groups consecutive document stages into phases; corpus stages stand alone', () => {
    const phases = phasesOf(STAGES).map((phase) =>
      phase.scope === 'document' ? phase.stages.map((stage) => stage.name) : phase.stage.name,
    );
    expect(phases).toEqual([
      ['clean', 'language', 'sentences', 'entities'],
      'resolve',
      ['relations', 'dates'],
      'graph',
      'layout',
      'validate',
    ]);
    expect(documentPhases(STAGES)).toHaveLength(2);
  });
});
