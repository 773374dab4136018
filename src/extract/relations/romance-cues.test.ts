import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

/**
 * Cues of data/relation-cues.csv in their French, Spanish, Portuguese and Italian forms:
 * French elision ("d'Acme"), verb tenses, an article joined to the preposition
 * ("participação na"), participles of ownership and "passes into the hands of".
 */
const cases: [string, string, string][] = [
  [
    'fr',
    "Acme SA annonce l'acquisition d'Orion Mines SAS.",
    'forwardCue: acquisition acme -> orion-mines',
  ],
  [
    'fr',
    'Acme SA finalise le rachat d’Orion Mines SAS.',
    'forwardCue: acquisition acme -> orion-mines',
  ],
  [
    'fr',
    'Orion Mines SAS, filiale d’Acme SA, ouvre une usine.',
    'forwardCue: subsidiary orion-mines -> acme',
  ],
  [
    'fr',
    'Acme SA a pris le contrôle de Borealis Mines SAS.',
    'forwardCue: acquisition acme -> borealis-mines',
  ],
  [
    'fr',
    "Borealis Mines SAS passe sous le contrôle d'Acme SA.",
    'backwardCue: acquisition acme -> borealis-mines',
  ],
  [
    'es',
    'Grupo Solara SA ha adquirido Borealis Minería SA.',
    'forwardCue: acquisition solara -> borealis-mineria',
  ],
  [
    'es',
    'Grupo Solara SA compró Borealis Minería SA en 2021.',
    'forwardCue: acquisition solara -> borealis-mineria',
  ],
  [
    'es',
    'Grupo Solara SA tomó el control de Borealis Minería SA.',
    'forwardCue: acquisition solara -> borealis-mineria',
  ],
  [
    'es',
    'Borealis Minería SA, propiedad de Grupo Solara SA, abrió una planta.',
    'forwardCue: subsidiary borealis-mineria -> solara',
  ],
  [
    'es',
    'Borealis Minería SA, participada por Grupo Solara SA, abrió una planta.',
    'backwardCue: investment solara -> borealis-mineria',
  ],
  [
    'es',
    'Los supermercados Borealis Market SA pasan a manos de Grupo Solara SA.',
    'backwardCue: acquisition solara -> borealis-market',
  ],
  [
    'pt',
    'A Grupo Solara SA aumentou a participação na Borealis Mineração SA.',
    'forwardCue: investment solara -> borealis-mineracao',
  ],
  [
    'pt',
    'A Grupo Solara SA anunciou a aquisição da Borealis Mineração SA.',
    'forwardCue: acquisition solara -> borealis-mineracao',
  ],
  [
    'pt',
    'A Borealis Mineração SA, detida pela Grupo Solara SA, abriu uma fábrica.',
    'forwardCue: subsidiary borealis-mineracao -> solara',
  ],
  [
    'pt',
    'A Borealis Mineração SA, propriedade da Grupo Solara SA, abriu uma fábrica.',
    'forwardCue: subsidiary borealis-mineracao -> solara',
  ],
  [
    'it',
    'Borealis Minerali SpA, detenuta da Gruppo Solara SpA, apre uno stabilimento.',
    'forwardCue: subsidiary borealis-minerali -> solara',
  ],
  [
    'it',
    'Borealis Minerali SpA, di proprietà del Gruppo Solara SpA, apre uno stabilimento.',
    'forwardCue: subsidiary borealis-minerali -> solara',
  ],
  [
    'fr',
    'Acme SA va racheter Borealis Mines SAS.',
    'forwardCue: acquisition acme -> borealis-mines',
  ],
  [
    'fr',
    'Acme SA entre au capital de Borealis Mines SAS.',
    'forwardCue: investment acme -> borealis-mines',
  ],
  [
    'fr',
    'Acme SA a choisi Borealis Mines SAS pour son réseau.',
    'backwardCue: supply borealis-mines -> acme',
  ],
  [
    'fr',
    "Acme SA s'allie avec Borealis Mines SAS.",
    'mutualWith: partnership acme -> borealis-mines',
  ],
  [
    'es',
    'Grupo Solara SA acordó comprar Borealis Minería SA.',
    'forwardCue: acquisition solara -> borealis-mineria',
  ],
  [
    'es',
    'Grupo Solara SA entró en el capital de Borealis Minería SA.',
    'forwardCue: investment solara -> borealis-mineria',
  ],
  [
    'es',
    'Grupo Solara SA seleccionó a Borealis Minería SA para la obra.',
    'backwardCue: supply borealis-mineria -> solara',
  ],
  [
    'es',
    'Grupo Solara SA se alió con Borealis Minería SA.',
    'mutualWith: partnership solara -> borealis-mineria',
  ],
  [
    'pt',
    'A Grupo Solara SA vai adquirir a Borealis Mineração SA.',
    'forwardCue: acquisition solara -> borealis-mineracao',
  ],
  [
    'pt',
    'A Grupo Solara SA entrou no capital da Borealis Mineração SA.',
    'forwardCue: investment solara -> borealis-mineracao',
  ],
  [
    'pt',
    'A Grupo Solara SA escolheu a Borealis Mineração SA como fornecedora.',
    'backwardCue: supply borealis-mineracao -> solara',
  ],
  [
    'it',
    'Gruppo Solara SpA vuole acquisire Borealis Minerali SpA.',
    'forwardCue: acquisition solara -> borealis-minerali',
  ],
  [
    'it',
    'Gruppo Solara SpA entra nel capitale di Borealis Minerali SpA.',
    'forwardCue: investment solara -> borealis-minerali',
  ],
  [
    'it',
    'Gruppo Solara SpA ha scelto Borealis Minerali SpA per la rete.',
    'backwardCue: supply borealis-minerali -> solara',
  ],
  [
    'fr',
    "Acme SA s'est associé à Borealis Mines SAS pour bâtir une usine.",
    'forwardCue: partnership acme -> borealis-mines',
  ],
  [
    'fr',
    "Acme SA s'allie au groupe chinois Borealis Mines SAS.",
    'forwardCue: partnership acme -> borealis-mines',
  ],
  [
    'es',
    'Grupo Solara SA se asocia con Borealis Minería SA.',
    'mutualWith: partnership solara -> borealis-mineria',
  ],
  [
    'pt',
    'A Grupo Solara SA associou-se à Borealis Mineração SA.',
    'forwardCue: partnership solara -> borealis-mineracao',
  ],
  [
    'it',
    'Gruppo Solara SpA si allea con Borealis Minerali SpA.',
    'mutualWith: partnership solara -> borealis-minerali',
  ],
  [
    'fr',
    'Acme SA va fournir des turbines à Orion Mines SAS.',
    'forwardCue: supply acme -> orion-mines',
  ],
  [
    'fr',
    'Acme SA fournira des turbines à Orion Mines SAS.',
    'forwardCue: supply acme -> orion-mines',
  ],
  [
    'fr',
    'Acme SA a fourni des turbines à Orion Mines SAS.',
    'forwardCue: supply acme -> orion-mines',
  ],
  [
    'es',
    'Acme SA suministrará turbinas a Orion Minería SA.',
    'forwardCue: supply acme -> orion-mineria',
  ],
  [
    'es',
    'Acme SA suministró turbinas a Orion Minería SA.',
    'forwardCue: supply acme -> orion-mineria',
  ],
  [
    'es',
    'Acme SA va a suministrar turbinas a Orion Minería SA.',
    'forwardCue: supply acme -> orion-mineria',
  ],
  [
    'pt',
    'A Acme SA vai fornecer turbinas à Orion Mineração SA.',
    'forwardCue: supply acme -> orion-mineracao',
  ],
  [
    'pt',
    'A Acme SA fornece turbinas à Orion Mineração SA.',
    'forwardCue: supply acme -> orion-mineracao',
  ],
  [
    'it',
    'Acme SpA dovrà fornire turbine a Orion Miniere SpA.',
    'forwardCue: supply acme -> orion-miniere',
  ],
  [
    'it',
    'Acme SpA fornisce turbine a Orion Miniere SpA.',
    'forwardCue: supply acme -> orion-miniere',
  ],
];

describe('Romance cue forms', () => {
  it.each(cases)('%s: %s', (language, sentence, expected) => {
    expect(traced(sentence, language)).toEqual([expected]);
  });

  it.each([
    ['fr', 'Acme SA et Vero SA fourniront des turbines à Orion Mines SAS.'],
    ['fr', 'Acme SA et Vero SA fournissent des turbines à Orion Mines SAS.'],
    ['es', 'Acme SA y Vero SA suministrarán turbinas a Orion Minería SA.'],
    ['es', 'Acme SA y Vero SA suministran turbinas a Orion Minería SA.'],
    ['pt', 'A Acme SA e a Vero SA fornecem turbinas à Orion Mineração SA.'],
    ['pt', 'A Acme SA e a Vero SA fornecerão turbinas à Orion Mineração SA.'],
    ['pt', 'A Acme SA e a Vero SA forneceram turbinas à Orion Mineração SA.'],
    ['it', 'Acme SpA e Vero SpA forniranno turbine a Orion Miniere SpA.'],
    ['it', 'Acme SpA e Vero SpA forniscono turbine a Orion Miniere SpA.'],
  ])('%s: a plural supply verb: %s', (language, sentence) => {
    expect(traced(sentence, language).some((line) => /supply vero -> orion-/u.test(line))).toBe(
      true,
    );
  });

  it('needs a named party in the cue slot', () => {
    expect(traced("Acme SA annonce l'acquisition d'une usine.", 'fr')).toEqual([]);
    expect(traced('Grupo Solara SA ha adquirido una planta de cobre.', 'es')).toEqual([]);
    expect(traced('La planta pasa a manos de Grupo Solara SA.', 'es')).toEqual([]);
    expect(traced('A Grupo Solara SA aumentou a participação no mercado.', 'pt')).toEqual([]);
    expect(traced('Acme SA entre au capital de la start-up.', 'fr')).toEqual([]);
    expect(traced('Grupo Solara SA eligió un nuevo consejo.', 'es')).toEqual([]);
  });

  it('reads a joint subsidiary as a joint venture of its owners', () => {
    expect(
      traced(
        "Tremon SAS, filiale commune d'Acme SA et de Borealis Mines SAS, ouvre une usine.",
        'fr',
      ),
    ).toContain('namedVenture: joint_venture acme -> tremon');
    expect(
      traced(
        'Tremon SA, filial conjunta de Grupo Solara SA y Borealis Minería SA, abrió una planta.',
        'es',
      ),
    ).toContain('namedVenture: joint_venture solara -> borealis-mineria');
  });

  it('needs a named partner after "associé à"', () => {
    expect(traced('Le projet est associé à la marque Acme SA.', 'fr')).toEqual([]);
  });

  it('keeps a listed name out of the cue phrase', () => {
    expect(
      traced('Borealis Minería SA, propiedad de la familia, y Grupo Solara SA firmaron.', 'es'),
    ).toEqual([]);
  });
});
