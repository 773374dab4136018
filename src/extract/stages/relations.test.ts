import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from './entities.js';
import { resolveCorpus } from './resolve.js';
import { extractRelations } from './relations.js';

const places = fakePlaces(
  {
    Poland: place('region:country:PL', 'Poland'),
    Gdansk: place('region:city:1', 'Gdansk', 'city'),
    Warsaw: place('region:city:2', 'Warsaw', 'city'),
    Oslo: place('region:city:3', 'Oslo', 'city'),
    Dakar: place('region:city:4', 'Dakar', 'city'),
    Afrique: place('region:continent:africa', 'Africa', 'continent'),
    Maroc: place('region:country:MA', 'Morocco'),
  },
  {
    sénégalais: place('region:country:SN', 'Senegal'),
    polish: place('region:country:PL', 'Poland'),
  },
);

function run(text: string, language = 'en') {
  const doc = sentenced(text, language);
  const ents = extractEntities(doc, knowledge, places);
  const [resolved] = resolveCorpus([ents], { knowledge, places });
  if (!resolved) throw new Error('no document');
  const related = extractRelations(resolved, knowledge);
  const label = (key: string) => key.replace(/^org:|^person:|^region:\w+:/, '');
  return {
    has: (prefix: string) =>
      related.relations.some((r) =>
        `${r.type} ${label(r.source)} -> ${label(r.target)}`.startsWith(prefix),
      ),
    mentions: resolved.mentions,
    rel: related.relations.map(
      (r) =>
        `${r.type} ${label(r.source)} -> ${label(r.target)}${r.regions.length ? ` @${r.regions.map(label).join(',')}` : ''}`,
    ),
  };
}

describe('relations', () => {
  it('links "A has signed ... agreement with B" and finds the place', () => {
    const { rel } = run(
      'Norsk Solar AS has signed a strategic partnership agreement with Baltic Grid Holdings Limited (BGH) in Poland.',
    );
    expect(rel).toContain('partnership norsk-solar -> baltic-grid @PL');
  });

  it('does not link two companies that only won contracts from a third party', () => {
    const { rel } = run(
      'Kestrel Turbines and Aurora Cables both won separate contracts from the Polish grid operator last year.',
    );
    expect(rel.filter((r) => r.startsWith('partnership') || r.startsWith('supply'))).toEqual([]);
  });

  it('does not link companies coordinated as the object of "with"', () => {
    const { rel } = run(
      'Polish carriers signed agreements with Kestrel Turbines and Aurora Cables to roll out networks.',
    );
    expect(rel.filter((r) => !r.startsWith('active_in') && !r.startsWith('located_in'))).toEqual(
      [],
    );
  });

  it('reads "X is a subsidiary of Y" as a directed subsidiary relation', () => {
    const { rel } = run(
      'Baltic Grid Holdings is a subsidiary of Vistula Power Group, which is based in Warsaw.',
    );
    expect(rel).toContain('subsidiary baltic-grid -> vistula-power @2');
  });

  it('resolves "our" in an attributed quote to the speaker organisation', () => {
    const text = [
      '"Kestrel Turbines has become one of our key suppliers in Gdansk," said Ms. Ingrid Dahl, CEO of Norsk Solar.',
    ].join('\n');
    const { rel } = run(text);
    expect(rel).toContain('supply kestrel-turbines -> norsk-solar @1');
    expect(rel).toContain('works_for ingrid-dahl -> norsk-solar');
  });

  it('handles French: partnership with apposition subsidiary and nationality', () => {
    const text = [
      "L'opérateur sénégalais Sonatel Connect a annoncé la signature d'un accord de partenariat avec Atlantis Networks, filiale du groupe Maghreb Digital Holding.",
      '',
      'Grâce à cette collaboration, les deux parties comptent déployer la fibre en Afrique et au Maroc.',
    ].join('\n');
    const { rel } = run(text, 'fr');
    expect(rel).toContain('partnership sonatel-connect -> atlantis-networks @africa,MA');
    expect(rel).toContain('subsidiary atlantis-networks -> maghreb-digital');
    expect(rel).toContain('located_in sonatel-connect -> SN @SN');
  });
});
