import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities, type TraceEntry } from '../stages/entities.js';

const places = fakePlaces({});

function decisions(text: string, language: string): string[] {
  const found: string[] = [];
  const trace = (entry: TraceEntry) =>
    found.push(`${entry.surface}: ${entry.decision} by ${entry.rule}`);
  extractEntities(sentenced(text, language), knowledge, places, trace);
  return found;
}

describe('orgBeforeClassApposition: a class noun in apposition after the name', () => {
  it.each([
    ['en', 'The deal was signed with KSU, a state-owned utility company, last year.', 'KSU'],
    ['en', 'Output rose at BKX Norte, the largest miner in the region.', 'BKX Norte'],
    ['fr', 'Acme a signé avec la KSU, la compagnie électrique nationale.', 'KSU'],
    ['de', 'Acme arbeitet mit KSU, einer Tochter von Nordwind, zusammen.', null],
    ['de', 'Acme arbeitet mit der KSU, eine Bank aus Bremen, zusammen.', 'KSU'],
    ['es', 'Acme firmó con la KSU, una empresa pública, un contrato.', 'KSU'],
    ['pt', 'A Acme assinou com a KSU, uma empresa pública, um contrato.', 'KSU'],
    ['it', 'Acme collabora con KSU, una società pubblica, da anni.', 'KSU'],
  ])('(%s) %s -> %s', (language, text, name) => {
    const found = decisions(text, language);
    if (name) expect(found).toContain(`${name}: org by orgBeforeClassApposition`);
    else expect(found.join('\n')).not.toContain('orgBeforeClassApposition');
  });

  it.each([
    ['en', 'On Monday, the company said sales rose.'],
    ['en', 'Acme hired Jane Roe, a company spokeswoman, in May.'],
    ['en', 'Sales grew at KSU, while the bank said nothing.'],
    ['fr', 'Selon Jean Dupont, la société va croître.'],
    ['es', 'Ayer, la empresa dijo que crecerá.'],
  ])('(%s) not in "%s"', (language, text) => {
    expect(decisions(text, language).join('\n')).not.toContain('orgBeforeClassApposition');
  });
});
