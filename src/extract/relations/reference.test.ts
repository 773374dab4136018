import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { resolveCorpus } from '../stages/resolve.js';
import { extractRelations } from '../stages/relations.js';

const places = fakePlaces({ Lisbon: place('region:city:9', 'Lisbon', 'city') }, {});

/** One sentence per line; `peripheral` lists the lines in a boilerplate zone. */
function run(text: string, language = 'en', peripheral: number[] = []) {
  const doc = sentenced(text, language);
  for (const i of peripheral) {
    const s = doc.sentences[i];
    if (s) s.peripheral = true;
  }
  const ents = extractEntities(doc, knowledge, places);
  const [resolved] = resolveCorpus([ents], { knowledge, places });
  if (!resolved) throw new Error('no document');
  const related = extractRelations(resolved, knowledge);
  const label = (key: string) => key.replace(/^org:|^person:|^region:\w+:/, '');
  return related.relations
    .filter((r) => r.type !== 'active_in' && r.type !== 'located_in')
    .map((r) => ({
      rel: `${r.type} ${label(r.source)} -> ${label(r.target)}`,
      evidence: resolved.sentences[r.sentence]?.text ?? '',
    }));
}

describe('definite "the company" as the subject of a relation', () => {
  it('en: "the operator also signed ... with" resolves to the previous subject', () => {
    const out = run(
      [
        'Orvanta Networks Ltd has selected Telvira Systems Inc to upgrade its network.',
        'Orvanta Networks is a subsidiary of Kelmar Holdings AG.',
        'Last year the operator also signed a memorandum of understanding with Quorvex Cloud Inc.',
      ].join('\n'),
    );
    const mou = out.filter((r) => r.rel.includes('quorvex'));
    expect(mou.map((r) => r.rel)).toEqual(['partnership orvanta-networks -> quorvex-cloud']);
    expect(mou[0]?.evidence).toMatch(/^Last year the operator/);
  });

  it('fr: "La société a signé un partenariat avec"', () => {
    const out = run(
      [
        'Orvanta Networks SA a annoncé de bons résultats.',
        'La société a signé un partenariat avec Quorvex Cloud SAS.',
      ].join('\n'),
      'fr',
    );
    expect(out.map((r) => r.rel)).toEqual(['partnership orvanta-networks -> quorvex-cloud']);
  });

  it('de: "Der Konzern hat eine Partnerschaft mit ... geschlossen"', () => {
    const out = run(
      [
        'Die Orvanta Networks AG meldete am Montag einen Rekordumsatz.',
        'Der Konzern hat eine Partnerschaft mit der Quorvex Cloud GmbH geschlossen.',
      ].join('\n'),
      'de',
    );
    expect(out.map((r) => r.rel)).toEqual(['partnership orvanta-networks -> quorvex-cloud']);
  });

  it('es: "El grupo firmó una alianza con"', () => {
    const out = run(
      [
        'Orvanta Networks SA presentó sus resultados anuales.',
        'El grupo firmó una alianza con Quorvex Cloud SL.',
      ].join('\n'),
      'es',
    );
    expect(out.map((r) => r.rel)).toEqual(['partnership orvanta-networks -> quorvex-cloud']);
  });

  it('does nothing when two organisations share the previous subject', () => {
    const out = run(
      [
        'Orvanta Networks Ltd and Kelmar Holdings AG reported higher revenue.',
        'The company also signed a partnership agreement with Quorvex Cloud Inc.',
      ].join('\n'),
    );
    expect(out.filter((r) => r.rel.includes('quorvex'))).toEqual([]);
  });

  it('does nothing when "the company" is the object', () => {
    const out = run(
      [
        'Orvanta Networks Ltd reported higher revenue.',
        'Quorvex Cloud Inc signed a partnership agreement with the company.',
      ].join('\n'),
    );
    expect(out).toEqual([]);
  });

  it('does nothing when the antecedent is three sentences back', () => {
    const out = run(
      [
        'Orvanta Networks Ltd reported higher revenue.',
        'Revenue rose by a tenth.',
        'Costs fell in the second half.',
        'The company also signed a partnership agreement with Quorvex Cloud Inc.',
      ].join('\n'),
    );
    expect(out).toEqual([]);
  });

  it('resolves two sentences back (the reach limit)', () => {
    const out = run(
      [
        'Orvanta Networks Ltd reported higher revenue.',
        'Costs fell in the second half.',
        'The company also signed a partnership agreement with Quorvex Cloud Inc.',
      ].join('\n'),
    );
    expect(out.map((r) => r.rel)).toEqual(['partnership orvanta-networks -> quorvex-cloud']);
  });

  it('does nothing in or across a boilerplate zone', () => {
    const text = [
      'Orvanta Networks Ltd reported higher revenue.',
      'The company also signed a partnership agreement with Quorvex Cloud Inc.',
    ].join('\n');
    expect(run(text, 'en', [1])).toEqual([]);
    expect(run(text, 'en', [0])).toEqual([]);
  });
});
