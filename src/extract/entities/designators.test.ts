import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, sentenced } from '../__fixtures__/helpers.js';
import { resolveCorpus } from '../stages/resolve.js';
import { extractEntities, type TraceEntry } from '../stages/entities.js';

const places = fakePlaces({});

function read(text: string, language: string) {
  const decisions: string[] = [];
  const trace = (entry: TraceEntry) =>
    decisions.push(`${entry.surface}: ${entry.decision} by ${entry.rule}`);
  const doc = extractEntities(sentenced(text, language), knowledge, places, trace);
  return { doc, decisions };
}

describe('orgByLeadingDesignator: a designator in front of a name', () => {
  it.each([
    ['fr', 'Le contrat revient à Groupe Vasseur, selon le ministère.', 'Groupe Vasseur'],
    ['es', 'El contrato fue para Grupo Solara y sus socios.', 'Grupo Solara'],
    ['es', 'La obra la hará Corporación Tremon en dos años.', 'Corporación Tremon'],
    ['es', 'La obra la hará Empresas Halden en dos años.', 'Empresas Halden'],
    ['pt', 'O contrato ficou com o Grupo Solara este ano.', 'Grupo Solara'],
    ['pt', 'A obra ficou com a Corporação Tremon este ano.', 'Corporação Tremon'],
    ['it', 'Il contratto è andato a Gruppo Velmar quest’anno.', 'Gruppo Velmar'],
    ['en', 'The contract went to Grupo Solara last year.', 'Grupo Solara'],
  ])('(%s) %s -> %s', (language, text, name) => {
    expect(read(text, language).decisions).toContain(`${name}: org by orgByLeadingDesignator`);
  });

  it.each([
    ['es', 'Grupo de trabajo se reunió ayer con Acme.'],
    ['de', 'Die Gruppe Nordwind hat ein Werk gekauft.'],
    ['en', 'The Group said sales rose.'],
  ])('(%s) no leading designator in "%s"', (language, text) => {
    expect(read(text, language).decisions.join('\n')).not.toContain('orgByLeadingDesignator');
  });

  it.each([
    ['es', 'Grupo Solara ganó el contrato.\nSolara construirá la carretera, dijo Solara.'],
    ['it', 'Gruppo Velmar ha vinto la gara.\nVelmar costruirà la strada, ha detto Velmar.'],
  ])('(%s) keys the name without its leading designator', (language, text) => {
    const [resolved] = resolveCorpus([read(text, language).doc], { knowledge, places });
    const keys = new Set(resolved?.mentions.filter((m) => m.kind === 'org').map((m) => m.key));
    expect([...keys]).toEqual([language === 'es' ? 'org:solara' : 'org:velmar']);
  });
});
