import { describe, expect, it } from 'vitest';
import { knowledge, sentenced } from '../__fixtures__/helpers.js';
import { gazetteer } from '../geo/testing.js';
import { extractEntities, type TraceEntry } from '../stages/entities.js';

const places = gazetteer();

function decisions(text: string, language = 'en'): string[] {
  const found: string[] = [];
  const trace = (entry: TraceEntry) =>
    found.push(`${entry.surface}: ${entry.decision} by ${entry.rule}`);
  extractEntities(sentenced(text, language), knowledge, places, trace);
  return found;
}

describe('orgAfterCountryPossessive: a name after a country’s genitive (English)', () => {
  it.each([
    ['Italy’s Velmar STS heads the group that won the line.', 'Velmar STS'],
    ["The deal includes two orders with France's Tremon SX.", 'Tremon SX'],
    ['Saudi Arabia’s KSU Power signed the contract.', 'KSU Power'],
  ])('%s -> %s', (text, name) => {
    expect(decisions(text)).toContain(`${name}: org by orgAfterCountryPossessive`);
  });

  it.each([
    ['Lagos’s Kestrel Foods opened a shop.'],
    ['Italy’s Prime Minister Giulia Rossi visited the plant.'],
    ['Italy’s Giulia Rossi visited the plant.'],
    ['France’s Macron visited the plant.'],
    ['Die Regierung Italiens Velmar Rail kaufte Anteile.'],
  ])('not in "%s"', (text) => {
    const language = text.startsWith('Die') ? 'de' : 'en';
    expect(decisions(text, language).join('\n')).not.toContain('orgAfterCountryPossessive');
  });
});
