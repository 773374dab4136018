/**
 * Test helpers for the graph stage: one hand-written sentence, its mentions, and a
 * tiny gazetteer.
 */
import type { DatedDocument, DatedRelation, ResolvedMention } from '../types.js';
import type { RegionInfo } from './regions.js';

const sentence = 'Orvalis Networks Ltd and Tremon Cloud Inc formed a joint venture in Lagos.';

function mention(key: string, text: string, kind: ResolvedMention['kind']): ResolvedMention {
  const start = sentence.indexOf(text);
  return {
    key,
    name: text,
    text,
    kind,
    start,
    end: start + text.length,
    sentence: 0,
    strength: 'strong',
    firstToken: 0,
    lastToken: 0,
  };
}

export function relation(overrides: Partial<DatedRelation>): DatedRelation {
  return {
    type: 'joint_venture',
    source: 'org:tremon-cloud',
    target: 'org:orvalis-networks',
    sentence: 0,
    regions: ['region:city:1'],
    cue: 'joint venture',
    confidence: 0.8,
    years: [2021],
    yearSource: 'text',
    ...overrides,
  };
}

export function doc(id: string, relations: DatedRelation[]): DatedDocument {
  return {
    id,
    file: `${id}.txt`,
    title: id,
    date: '2021-05-01',
    text: sentence,
    zones: [{ start: 0, end: sentence.length, kind: 'body' }],
    language: 'en',
    sentences: [{ start: 0, end: sentence.length, text: sentence, peripheral: false }],
    mentions: [
      mention('org:orvalis-networks', 'Orvalis Networks Ltd', 'org'),
      mention('org:tremon-cloud', 'Tremon Cloud Inc', 'org'),
      mention('region:city:1', 'Lagos', 'place'),
    ],
    roles: [],
    relations,
    years: [2021],
  };
}

const lagos: RegionInfo = {
  id: 'region:city:1',
  name: 'Lagos',
  level: 'city',
  parent: 'region:country:NG',
};
const nigeria: RegionInfo = {
  id: 'region:country:NG',
  name: 'Nigeria',
  level: 'country',
  memberOf: ['region:group:west-africa'],
};
export const regions = { region: (id: string) => [lagos, nigeria].find((r) => r.id === id) };
