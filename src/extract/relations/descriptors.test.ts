import { describe, expect, it } from 'vitest';
import { fakePlaces, place } from '../__fixtures__/helpers.js';
import { traced } from '../__fixtures__/relations.js';

/**
 * A name described by a noun for its kind of organisation: the object of a prepositional
 * cue ("filial de la constructora española Acme") and a member of a list ("A y el grupo
 * chino B").
 */
describe('a described object after a prepositional cue', () => {
  const cases: [string, string, string][] = [
    [
      'fr',
      'Borealis Mines SAS, filiale du groupe minier canadien Acme SA, ouvre une usine.',
      'forwardCue: subsidiary borealis-mines -> acme',
    ],
    [
      'es',
      'Borealis Minería SA, filial de la constructora española Acme SA, abrió una planta.',
      'forwardCue: subsidiary borealis-mineria -> acme',
    ],
    [
      'es',
      'Los supermercados Borealis Market SA pasan a manos de la cadena de distribución lituana Acme SA.',
      'backwardCue: acquisition acme -> borealis-market',
    ],
    [
      'pt',
      'A Borealis Mineração SA, subsidiária do grupo chinês Acme SA, abriu uma fábrica.',
      'forwardCue: subsidiary borealis-mineracao -> acme',
    ],
    [
      'it',
      'Borealis Minerali SpA, controllata del gruppo tedesco Acme SpA, apre uno stabilimento.',
      'forwardCue: subsidiary borealis-minerali -> acme',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(traced(text, language)).toEqual([expected]);
  });

  it('needs a noun for an organisation right after the preposition', () => {
    expect(
      traced('Borealis Mines SAS est fournisseur de pièces détachées pour Acme SA.', 'fr'),
    ).toEqual([]);
    expect(
      traced('Borealis Minería SA, filial de capital riesgo británico, y Acme SA firmaron.', 'es'),
    ).toEqual([]);
  });

  it('stops at a relative clause', () => {
    const found = traced(
      'Borealis Minería SA, filial de la empresa que vendió Acme SA, abrió una planta.',
      'es',
    );
    expect(found.filter((line) => line.includes('subsidiary'))).toEqual([]);
  });
});

describe('a described member of a list', () => {
  const cases: [string, string, string][] = [
    [
      'es',
      'Borealis Minería SA y el grupo chino Acme SA firmaron un acuerdo.',
      'mutualCoordinated: partnership borealis-mineria -> acme',
    ],
    [
      'pt',
      'A Borealis Mineração SA e o grupo chinês Acme SA assinaram um acordo.',
      'mutualCoordinated: partnership borealis-mineracao -> acme',
    ],
    [
      'fr',
      'Borealis Mines SAS et le groupe chinois Acme SA ont signé un accord.',
      'mutualCoordinated: partnership borealis-mines -> acme',
    ],
    [
      'it',
      'Borealis Minerali SpA e il gruppo cinese Acme SpA hanno firmato un accordo.',
      'mutualCoordinated: partnership borealis-minerali -> acme',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(traced(text, language)).toEqual([expected]);
  });

  it('in a named venture, past a parent in parentheses', () => {
    expect(
      traced(
        'Tremon Motor SA, la empresa conjunta creada por Borealis Minería SA (Grupo Solara SA) y el grupo chino Acme SA, abrió una planta.',
        'es',
      ).filter((line) => line.startsWith('namedVenture')),
    ).toEqual([
      'namedVenture: joint_venture borealis-mineria -> tremon-motor',
      'namedVenture: joint_venture acme -> tremon-motor',
      'namedVenture: joint_venture borealis-mineria -> acme',
    ]);
  });

  it('is no member when the noun phrase goes on with "of"', () => {
    expect(
      traced('Borealis Minería SA y el grupo de trabajo de Acme SA firmaron un acuerdo.', 'es'),
    ).toEqual([]);
  });
});

describe('a cue describing the noun before it', () => {
  it('links no name further back', () => {
    expect(
      traced(
        'Borealis Minería SA fue vendida a una sociedad participada por Grupo Solara SA.',
        'es',
      ),
    ).toEqual([]);
    expect(
      traced('Borealis Mines SAS a été cédée à une société détenue par Acme SA.', 'fr'),
    ).toEqual([]);
    expect(traced('Borealis Mining Ltd was sold to a company owned by Acme Corp.', 'en')).toEqual(
      [],
    );
  });

  it('keeps a noun in apposition to the name', () => {
    expect(
      traced(
        'Borealis Minería SA, una sociedad participada por Grupo Solara SA, abrió una planta.',
        'es',
      ),
    ).toEqual(['backwardCue: investment solara -> borealis-mineria']);
    expect(
      traced(
        'A Borealis Mineração SA, uma sociedade detida pela Grupo Solara SA, abriu uma fábrica.',
        'pt',
      ),
    ).toEqual(['forwardCue: subsidiary borealis-mineracao -> solara']);
    expect(
      traced('Borealis Mining Ltd, a company owned by Acme Corp, opened a plant.', 'en'),
    ).toEqual(['forwardCue: subsidiary borealis-mining -> acme']);
  });
});

describe("a member's place in a list", () => {
  const places = fakePlaces({
    Cameroun: place('region:country:CM', 'Cameroun'),
    Congo: place('region:country:CG', 'Congo'),
    Chile: place('region:country:CL', 'Chile'),
    Perú: place('region:country:PE', 'Perú'),
  });
  const sales = (text: string, language: string) =>
    traced(text, language, places).filter((line) => line.startsWith('saleToBuyer'));

  it('joins "A au Cameroun et B au Congo"', () => {
    expect(
      sales(
        'Borealis Mines SAS au Cameroun et Orion Mines SAS au Congo sont vendues par Acme SA à Tremon SA.',
        'fr',
      ),
    ).toEqual([
      'saleToBuyer: acquisition tremon -> borealis-mines',
      'saleToBuyer: subsidiary borealis-mines -> acme',
      'saleToBuyer: acquisition tremon -> orion-mines',
      'saleToBuyer: subsidiary orion-mines -> acme',
      'saleToBuyer: acquisition tremon -> acme',
    ]);
  });

  it('needs the place right after the member', () => {
    expect(
      sales(
        'Borealis Mines SAS investit au Cameroun et Orion Mines SAS est vendue par Acme SA à Tremon SA.',
        'fr',
      ),
    ).toEqual([
      'saleToBuyer: acquisition tremon -> orion-mines',
      'saleToBuyer: subsidiary orion-mines -> acme',
      'saleToBuyer: acquisition tremon -> acme',
    ]);
  });
});
