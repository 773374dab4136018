/**
 * The first four stages on the real seed documents in seeds/: furniture gone, article
 * sentences kept, peripheral lists marked, languages and sentences right.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import { loadTextKnowledge } from '../knowledge/text.js';
import type { SentencedDocument } from '../types.js';
import { clean } from './clean.js';
import { detectLanguage } from './language.js';
import { loadInputs } from './load.js';
import { splitSentences } from './sentences.js';

let docs: Map<string, SentencedDocument>;

beforeAll(async () => {
  const { documents, problems } = await loadInputs(['seeds']);
  expect(problems).toEqual([]);
  const text = loadTextKnowledge(DEFAULT_DATA_DIR, loadKnowledge(DEFAULT_DATA_DIR));
  docs = new Map(
    documents.map((d) => [d.id.slice(0, 3), splitSentences(detectLanguage(clean(d, text)), text)]),
  );
});

const get = (prefix: string): SentencedDocument => {
  const d = docs.get(prefix);
  if (!d) throw new Error(`seed ${prefix} not loaded`);
  return d;
};
const body = (d: SentencedDocument) =>
  d.zones
    .filter((z) => z.kind === 'body')
    .map((z) => d.text.slice(z.start, z.end))
    .join('');
const peripheral = (d: SentencedDocument) =>
  d.zones
    .filter((z) => z.kind === 'peripheral')
    .map((z) => d.text.slice(z.start, z.end))
    .join('');

describe('seeds: load + clean + language + sentences', () => {
  it('drops furniture from every seed', () => {
    expect(docs.size).toBe(5);
    for (const d of docs.values()) {
      for (const gone of [
        'Sign up for newsletters',
        'Copyright',
        'All rights reserved',
        'GeokHub',
        'Agence Ecofin',
        'Contributing Writer',
        'min read',
        '1.0x',
        'Share this article',
        'Continue Reading',
        'Latest articles',
        'Must read',
        'Latest News',
        '#ZTE',
        'Your Daily Fix',
        'keep you in the loop',
        'CompanyCompany Overview',
        'Menu Video',
        'Company Culture',
      ])
        expect(d.text, `${d.id} still contains "${gone}"`).not.toContain(gone);
      expect(d.text, d.id).not.toMatch(/cookie/i);
      expect(d.text, d.id).not.toMatch(/^Topics$/m);
      expect(d.text, d.id).not.toMatch(/\n{3}/);
    }
  });

  it('keeps the press release and marks the "Latest articles" teasers as peripheral', () => {
    const d = get('000');
    expect(d.language).toBe('en');
    expect(d.title).toBe('ZTE deepens partnership with China Telecom Global in Hong Kong');
    expect(body(d)).toContain(
      'ZTE Corporation has signed a strategic cooperation agreement with China Telecom Global Limited in Hong Kong.',
    );
    expect(body(d)).toContain('jointly expand overseas markets for a win-win future.');
    expect(peripheral(d)).toContain('Levi’s unveils new Icon store at Palladium Mall Mumbai');
    expect(body(d)).not.toContain('Levi’s');
    const quote = d.sentences.find((s) => s.text.includes('said Mr. Donald Tan, CEO of CTG.'));
    expect(quote?.text).toBe(
      'In the overseas markets, ZTE has become one of our major equipment suppliers since we started the project from scratch in Philippines in the second half of 2019,” said Mr. Donald Tan, CEO of CTG.',
    );
    expect(
      d.sentences.find((s) => s.text.endsWith('Mr. Tan added.'))?.text.startsWith('“As to the key'),
    ).toBe(true);
  });

  it('removes the date line and the agency credit from the French article', () => {
    const d = get('001');
    expect(d.language).toBe('fr');
    expect(d.date).toBe('2018-05');
    expect(
      d.text.startsWith('Le fournisseur de connectivité zimbabwéen, Liquid Telecom, a annoncé'),
    ).toBe(true);
    expect(d.text).toContain('dans les Data Centre de Liquid Telecom à Johannesburg et au Cap.');
    expect(d.sentences.map((s) => s.text)).toContain(
      "« Dans le cadre de ce partenariat, nous sommes bien positionnés pour améliorer la connectivité et l'infrastructure réseau dans les deux régions.», a révélé Changhai Liu.",
    );
  });

  it('drops the news page furniture and keeps both halves of the article around the "Trends" block', () => {
    const d = get('002');
    expect(d.language).toBe('en');
    const headline =
      'Huawei and ZTE Secure 5G Contracts in Vietnam Amid Warming China-US Trade Relations';
    expect(d.text.split(headline)).toHaveLength(2); // the duplicated headline is kept once
    expect(body(d)).toContain('HANOI / BEIJING, Nov. 28, 2025 — Telecom giants Huawei and ZTE');
    expect(body(d)).toContain('For Huawei and ZTE, success in Vietnam could serve as a model');
    expect(d.text).not.toContain('Get daily updates');
    expect(peripheral(d)).toContain(
      'Nexperia Urges Chinese Units to Help Restore Disrupted Global Supply Chain',
    );
    expect(d.text).not.toContain('](');
    const teaser = d.sentences.find((s) => s.text.startsWith('Nexperia Urges'));
    expect(teaser?.peripheral).toBe(true);
  });

  it('keeps the facts of the corporate page, drops its policy text, keeps the news list as peripheral', () => {
    const d = get('003');
    expect(d.language).toBe('en');
    const b = body(d);
    expect(b).toContain(
      'This Privacy Policy is maintained by China Telecom (Americas) Corporation (“we” or the “Company”), the U.\nS.\naffiliate of China Telecommunications Corpordation.',
    );
    expect(b).toContain(
      'Headquartered in Herndon, Virginia, we provide telecommunications and related services to U.',
    );
    for (const gone of [
      'Digital Advertising Alliance',
      'Customer Proprietary Network Information',
      'Google Analytics',
      'opt out',
    ])
      expect(d.text).not.toContain(gone);
    const p = peripheral(d);
    expect(p).toContain(
      'CTA VP Luis Fiallo Delivers “DSP Address” at DSP Leaders World Forum 2022.',
    );
    expect(p).toContain('China Telecom (Americas) Vice President Delivers Keynote');
    const fiallo = d.sentences.find((s) => s.text.includes('Luis Fiallo'));
    expect(fiallo).toMatchObject({
      text: 'CTA VP Luis Fiallo Delivers “DSP Address” at DSP Leaders World Forum 2022.',
      peripheral: true,
    });
    const affiliate = d.sentences.find((s) =>
      s.text.startsWith('This Privacy Policy is maintained by'),
    );
    expect(
      affiliate?.text.endsWith('the U.\nS.\naffiliate of China Telecommunications Corpordation.'),
    ).toBe(true);
    expect(affiliate?.peripheral).toBe(false);
  });

  it('keeps the whole press release with its date line', () => {
    const d = get('004');
    expect(d.language).toBe('en');
    expect(d.date).toBe('2018-11-27');
    expect(d.zones.every((z) => z.kind === 'body')).toBe(true);
    expect(d.text).toContain('signed a strategic cooperation agreement at a ceremony in Beijing.');
    expect(d.text).toContain('and contribute to the transformation of the automotive industry.');
  });

  it('gives sentence offsets that slice the cleaned text', () => {
    for (const d of docs.values()) {
      expect(d.sentences.length).toBeGreaterThan(3);
      for (const s of d.sentences) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
