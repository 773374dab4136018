import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import { loadAbbreviations, loadTextKnowledge } from '../knowledge/text.js';
import { abbreviationsFor, parseAbbreviations } from '../text/abbreviations.js';
import { MAX_SENTENCE_CHARS, segment } from '../text/segment.js';
import type { LanguageDocument, SentencedDocument, Zone } from '../types.js';
import { splitSentences as splitWith } from './sentences.js';

const TEXT_KNOWLEDGE = loadTextKnowledge(DEFAULT_DATA_DIR, loadKnowledge(DEFAULT_DATA_DIR));
const splitSentences = (doc: LanguageDocument): SentencedDocument => splitWith(doc, TEXT_KNOWLEDGE);

function doc(text: string, language = 'en', zones?: Zone[]): LanguageDocument {
  return {
    id: 'doc',
    file: 'doc.txt',
    title: 'T',
    date: null,
    text,
    zones: zones ?? [{ start: 0, end: text.length, kind: 'body' }],
    language,
  };
}

/** The sentence texts of a body-only document. */
function split(text: string, language = 'en'): string[] {
  return splitSentences(doc(text, language)).sentences.map((s) => s.text);
}

describe('splitSentences', () => {
  it('gives offsets into doc.text whose slice is the trimmed sentence', () => {
    const text =
      '  Equinor signed a deal with Ørsted.   The deal is worth NOK 13.6 billion!\n\nBoth firms agreed.  ';
    const out = splitSentences(doc(text));
    expect(out.sentences.map((s) => s.text)).toEqual([
      'Equinor signed a deal with Ørsted.',
      'The deal is worth NOK 13.6 billion!',
      'Both firms agreed.',
    ]);
    for (const s of out.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.peripheral).toBe(false);
    }
    expect(out.language).toBe('en');
    expect(out.text).toBe(text);
  });

  it('keeps a scraper-split "U.\\nS." inside one sentence', () => {
    const text =
      'This policy is maintained by Nordvind (Americas) Corp., the U.\nS.\naffiliate of Nordvind Holdings.\nHeadquartered in Austin, we serve U.\nS.\nand foreign customers.';
    expect(split(text)).toEqual([
      'This policy is maintained by Nordvind (Americas) Corp., the U.\nS.\naffiliate of Nordvind Holdings.',
      'Headquartered in Austin, we serve U.\nS.\nand foreign customers.',
    ]);
  });

  it('does not break after titles, initials and common abbreviations', () => {
    expect(
      split(
        'Mr. Lars Holm and Dr. Eva Berg of Nordvind Inc. met J. R. Smith on Nov. 28, 2025 in St. Louis. Prices rose, e.g. in Oslo, i.e. the capital. Sales hit No. 1 vs. last year.',
      ),
    ).toEqual([
      'Mr. Lars Holm and Dr. Eva Berg of Nordvind Inc. met J. R. Smith on Nov. 28, 2025 in St. Louis.',
      'Prices rose, e.g. in Oslo, i.e. the capital.',
      'Sales hit No. 1 vs. last year.',
    ]);
  });

  it('ends a sentence after a company suffix only before a sentence starter', () => {
    expect(split('The deal was signed with Nordvind Inc. The companies did not say more.')).toEqual(
      ['The deal was signed with Nordvind Inc.', 'The companies did not say more.'],
    );
    expect(
      split('It was signed with Nordvind Inc. Chief Executive Lars Holm in Oslo.'),
    ).toHaveLength(1);
    expect(split('Operations in the U.S. The company grew.')).toEqual([
      'Operations in the U.S.',
      'The company grew.',
    ]);
    expect(split('Operations in the U.S. Midwest grew fast.')).toHaveLength(1);
  });

  it('uses the abbreviations of the document language', () => {
    expect(
      split(
        'M. Dupont et Mme Lefèvre ont signé avec Engie S.A. le contrat. Il entre en vigueur.',
        'fr',
      ),
    ).toEqual([
      'M. Dupont et Mme Lefèvre ont signé avec Engie S.A. le contrat.',
      'Il entre en vigueur.',
    ]);
    expect(
      split(
        'Die Firmen, z.B. Bosch, sowie Hr. Weber unterschrieben. Der Vertrag gilt ab Mai.',
        'de',
      ),
    ).toEqual([
      'Die Firmen, z.B. Bosch, sowie Hr. Weber unterschrieben.',
      'Der Vertrag gilt ab Mai.',
    ]);
    expect(
      split(
        'Stuttgart, 12. Mai 2022 – Bosch und Daimler gründen ein Unternehmen. Es startet 2023.',
        'de',
      ),
    ).toEqual([
      'Stuttgart, 12. Mai 2022 – Bosch und Daimler gründen ein Unternehmen.',
      'Es startet 2023.',
    ]);
    expect(split('La Sra. García firmó con Iberdrola. El acuerdo es nuevo.', 'es')).toEqual([
      'La Sra. García firmó con Iberdrola.',
      'El acuerdo es nuevo.',
    ]);
  });

  it('keeps decimals, versions and domain names whole', () => {
    expect(
      split('Revenue rose 13.6 percent to 4.5bn at nordvind.no this year. Version 2.0 ships.'),
    ).toEqual([
      'Revenue rose 13.6 percent to 4.5bn at nordvind.no this year.',
      'Version 2.0 ships.',
    ]);
  });

  it('ends headlines without full stops at the line break', () => {
    const text =
      'Fjordkraft Signs Supply Deal With Nordvind\nOSLO — Fjordkraft has signed a deal.\nRead the full story';
    expect(split(text)).toEqual([
      'Fjordkraft Signs Supply Deal With Nordvind',
      'OSLO — Fjordkraft has signed a deal.',
      'Read the full story',
    ]);
  });

  it('does not break hard-wrapped prose at line ends', () => {
    const text =
      'Statkraft said on Monday that it had signed a long-term contract with\nVattenfall to supply power to industrial customers in the north of\nSweden from 2026 onwards.';
    expect(split(text)).toEqual([text]);
  });

  it('goes on past a line that ends in an article, preposition or conjunction', () => {
    for (const text of [
      'Acme signed a deal with\nNordvind Energy in 2021.',
      'Acme a signé un accord avec\nNordvind Energy en 2021.',
      'Acme unterzeichnet einen Vertrag mit\nNordvind Energy.',
      'Acme firmó un acuerdo con\nNordvind Energy.',
      'A Acme assinou um acordo com\nNordvind Energy.',
      'Acme ha firmato un accordo per\nNordvind Energy.',
      'Acme è partner della\nNordvind Energy.',
    ])
      expect(split(text)).toEqual([text]);
    expect(split('Acme signs deal\nNordvind Energy grows.')).toEqual([
      'Acme signs deal',
      'Nordvind Energy grows.',
    ]);
  });

  it('ends a sentence at a paragraph break', () => {
    expect(split('Enel grew\n\nIberdrola shrank')).toEqual(['Enel grew', 'Iberdrola shrank']);
  });

  it('keeps the attribution with a quote that ends with a comma', () => {
    expect(
      split(
        '“We are proud to work with Vattenfall,” said Anna Berg, CEO of Nordvind. “The deal is done.” “More will follow.”',
      ),
    ).toEqual([
      '“We are proud to work with Vattenfall,” said Anna Berg, CEO of Nordvind.',
      '“The deal is done.”',
      '“More will follow.”',
    ]);
    expect(split('“Is it ready?” asked the minister. It was.')).toEqual([
      '“Is it ready?” asked the minister.',
      'It was.',
    ]);
  });

  it('handles French guillemets', () => {
    expect(
      split(
        '« Ce partenariat nous permet d’accélérer. », a déclaré Aminata Sow. Selon elle, « le marché est prometteur ». Il croît.',
        'fr',
      ),
    ).toEqual([
      '« Ce partenariat nous permet d’accélérer. », a déclaré Aminata Sow.',
      'Selon elle, « le marché est prometteur ».',
      'Il croît.',
    ]);
  });

  it('keeps a closing quote pushed onto the next line with its sentence', () => {
    expect(split('This is called “network data.\n”  This includes usage.')).toEqual([
      'This is called “network data.\n”',
      'This includes usage.',
    ]);
  });

  it('does not break after a list number at the start of a line', () => {
    expect(split('1. Nordvind builds the farm.\n2. Statkraft buys the power.')).toEqual([
      '1. Nordvind builds the farm.',
      '2. Statkraft buys the power.',
    ]);
  });

  it('makes every line of a peripheral zone its own sentence and marks it', () => {
    const body = 'Nordvind signed a deal with Fjordkraft in Bergen.';
    const list =
      'Fjordkraft opens office in Oslo\nNordvind names new CEO Lars Holm\nThe U.\nS.\nmarket grows';
    const text = `${body}\n\n${list}`;
    const zones: Zone[] = [
      { start: 0, end: body.length + 2, kind: 'body' },
      { start: body.length + 2, end: text.length, kind: 'peripheral' },
    ];
    const out = splitSentences(doc(text, 'en', zones)).sentences;
    expect(out.map((s) => [s.text, s.peripheral])).toEqual([
      [body, false],
      ['Fjordkraft opens office in Oslo', true],
      ['Nordvind names new CEO Lars Holm', true],
      ['The U.\nS.\nmarket grows', true],
    ]);
  });

  it('cuts pathologically long sentences', () => {
    const long = `${'word '.repeat(1000)}end.`;
    const out = splitSentences(doc(long)).sentences;
    expect(out.length).toBeGreaterThan(2);
    for (const s of out) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(long.slice(s.start, s.end)).toBe(s.text);
    }
    expect(out.map((s) => s.text).join(' ')).toBe(long.trim());
    const noSpace = 'x'.repeat(5000);
    expect(splitSentences(doc(noSpace)).sentences.map((s) => s.end - s.start)).toEqual([
      2000, 2000, 1000,
    ]);
  });

  it('survives a run of 200 000 dots and skips sentences without letters', () => {
    const text = `Enel agreed.\n${'.'.repeat(200_000)}\nIberdrola too.`;
    expect(split(text)).toEqual(['Enel agreed.', 'Iberdrola too.']);
    expect(split('.'.repeat(200_000))).toEqual([]);
  });

  it('treats a document without zones as body', () => {
    const d = { ...doc('One. Two.'), zones: [] };
    expect(splitSentences(d).sentences.map((s) => s.text)).toEqual(['One.', 'Two.']);
  });

  it('keeps its invariants on arbitrary text', () => {
    const rules = {
      abbreviations: abbreviationsFor(loadAbbreviations(DEFAULT_DATA_DIR), 'und'),
      lineContinuations: TEXT_KNOWLEDGE.lineContinuations,
    };
    const piece = fc.constantFrom(
      'Nordvind',
      'signed',
      'U.',
      'S.',
      'Mr.',
      'Inc.',
      '13.6',
      '“',
      '”',
      '«',
      '»',
      '.',
      '!',
      '?',
      ',',
      ' ',
      '\n',
      '\n\n',
      'the',
      'The',
      'é',
      '…',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.boolean(), (parts, peripheral) => {
        const text = parts.join('');
        const spans = segment(text, 0, text.length, rules, peripheral ? 'peripheral' : 'body');
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          const t = text.slice(s.start, s.end);
          expect(t).toBe(t.trim());
          expect(t).toMatch(/[\p{L}\p{N}]/u);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('abbreviations data', () => {
  it('reads data/abbreviations.csv with languages and kinds', () => {
    const table = loadAbbreviations(DEFAULT_DATA_DIR);
    const fr = abbreviationsFor(table, 'fr');
    expect(fr.prefixExact.has('Mme')).toBe(true);
    expect(fr.prefixExact.has('Mr')).toBe(true); // English applies everywhere
    expect(fr.starters.has('le')).toBe(true);
    expect(abbreviationsFor(table, 'en').prefixExact.has('Mme')).toBe(false);
    expect(abbreviationsFor(table, 'und').prefixExact.has('Mme')).toBe(true);
  });

  it('rejects bad rows with the row number', () => {
    expect(() =>
      parseAbbreviations([{ language: 'en', abbreviation: 'Mr', kind: 'title' }], 'a.csv'),
    ).toThrow('a.csv: data row 1: kind must be prefix, suffix, starter or month (got "title")');
    expect(() =>
      parseAbbreviations([{ language: 'en', abbreviation: '', kind: 'prefix' }], 'a.csv'),
    ).toThrow(/data row 1: language and abbreviation are required/);
  });
});
