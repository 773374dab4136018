import { describe, expect, it } from 'vitest';
import { idOf, seedIndex } from './testGraph';
import { tooltipText } from './tooltip';

const index = seedIndex();

describe('hover tooltip text', () => {
  it('names the node, its type, its connections and its years', () => {
    const id = idOf(index, 'China Telecom Global');
    expect(tooltipText(index, id)).toEqual({
      name: 'China Telecom Global',
      summary: `Company · ${index.degree.get(id)} connections`,
      years: 'Years: 2018–2019',
      measure: null,
    });
  });

  it('says "1 connection" and "undated" where it applies', () => {
    const person = tooltipText(index, idOf(index, 'Luis Fiallo'));
    expect(person?.summary).toBe('Person · 1 connection');
    expect(person?.years).toBe('Years: 2022');
    const unrelated = tooltipText(index, idOf(index, 'Internet Society'));
    expect(unrelated?.summary).toBe('Organisation · 0 connections');
    expect(unrelated?.years).toBe('Years: undated');
  });

  it('adds the size measure when it is not connections', () => {
    const id = idOf(index, 'ZTE');
    expect(tooltipText(index, id, { measure: 'pagerank', value: 0.123456 })?.measure).toBe(
      'PageRank: 0.123',
    );
    expect(tooltipText(index, id, { measure: 'mentions', value: 7 })?.measure).toBe('Mentions: 7');
    expect(tooltipText(index, id, { measure: 'connections', value: 4 })?.measure).toBeNull();
  });

  it('returns null for an unknown node', () => {
    expect(tooltipText(index, 'nope')).toBeNull();
  });
});
