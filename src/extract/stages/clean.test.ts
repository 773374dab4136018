import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import { loadTextKnowledge } from '../knowledge/text.js';
import type { CleanDocument, RawDocument } from '../types.js';
import {
  clean as cleanWith,
  isGluedMenu,
  isShortLine,
  normalizeHeading,
  parseBoilerplate,
  scoreSentence,
  stripAgencyCredit,
  stripInvisible,
  stripMarkdownLinks,
  stripMarkup,
} from './clean.js';

const TEXT_KNOWLEDGE = loadTextKnowledge(DEFAULT_DATA_DIR, loadKnowledge(DEFAULT_DATA_DIR));
const clean = (doc: RawDocument): CleanDocument => cleanWith(doc, TEXT_KNOWLEDGE);

function raw(text: string, extra: Partial<RawDocument> = {}): RawDocument {
  return { id: 'doc', file: 'doc.txt', format: 'txt', date: null, text, ...extra };
}

const zoneText = (d: CleanDocument, kind: 'body' | 'peripheral'): string =>
  d.zones
    .filter((z) => z.kind === kind)
    .map((z) => d.text.slice(z.start, z.end).trim())
    .join('\n\n');

/** Zones cover the text, sorted and without gaps or overlaps. */
function expectValidZones(d: CleanDocument): void {
  let pos = 0;
  for (const z of d.zones) {
    expect(z.start).toBe(pos);
    expect(z.end).toBeGreaterThan(z.start);
    pos = z.end;
  }
  expect(pos).toBe(d.text.length);
}

const BODY = [
  'Nordvind Energy has signed a long-term power purchase agreement with Fjordkraft in Bergen.',
  '',
  'Under the deal, Nordvind will supply 300 MW of wind power to Fjordkraft customers from 2026, said Lars Holm, chief executive of Nordvind Energy.',
];

describe('clean: output format', () => {
  it('joins kept lines with "\\n", separates paragraphs with a blank line and normalises spaces', () => {
    const d = clean(
      raw(
        '  Nordvind   Energy signs\tdeal  \r\n\r\n\r\nFirst\u00a0paragraph line one.\nLine two of it.\n\n\nSecond paragraph.',
      ),
    );
    expect(d.text).toBe(
      'Nordvind Energy signs deal\n\nFirst paragraph line one.\nLine two of it.\n\nSecond paragraph.',
    );
    expect(d.zones).toEqual([{ start: 0, end: d.text.length, kind: 'body' }]);
  });

  it('copies id, file, date and url, and takes the title from the raw document', () => {
    const d = clean(
      raw(BODY.join('\n'), {
        title: '  Nordvind  and Fjordkraft ',
        date: '2024-05',
        url: 'https://x.no/a',
      }),
    );
    expect(d).toMatchObject({
      id: 'doc',
      file: 'doc.txt',
      title: 'Nordvind and Fjordkraft',
      date: '2024-05',
      url: 'https://x.no/a',
    });
  });

  it('falls back to the first body line for the title', () => {
    expect(
      clean(raw('Repsol buys a stake in Enagás\n\nRepsol said on Friday it bought the stake.'))
        .title,
    ).toBe('Repsol buys a stake in Enagás');
    expect(clean(raw('...')).title).toBe('doc');
  });

  it('turns Markdown links into their text and drops images', () => {
    expect(
      stripMarkdownLinks('See [Equinor wins bid](https://x.com/a) and ![logo](l.png) [plain] text'),
    ).toBe('See Equinor wins bid and  [plain] text');
    expect(stripMarkdownLinks('[A headline](A headline)')).toBe('A headline');
    expect(stripMarkdownLinks('[[[[ ]( no close')).toBe('[[[[ ]( no close');
    expect(clean(raw('[Vattenfall](https://v.se) signs with [Ørsted](https://o.dk).')).text).toBe(
      'Vattenfall signs with Ørsted.',
    );
  });
});

describe('clean: navigation menus', () => {
  it('drops glued menu text and runs of short menu lines', () => {
    const text = [
      'AboutAbout UsOur HistoryLeadershipCareersInvestors.',
      'About Us.',
      'Our History.',
      'Leadership.',
      'Careers.',
      'ServicesWind PowerHydro PowerGrid Services.',
      ...BODY,
    ].join('\n');
    const d = clean(raw(text));
    expect(d.text).toBe(`${BODY[0]}\n\n${BODY[2]}`);
  });

  it('keeps single short lines such as a date line', () => {
    const text = `Nordvind signs deal\n\nMarch 3, 2024\n\n${BODY[0]}`;
    expect(clean(raw(text)).text).toBe(text);
  });

  it('recognises glued menus and short lines', () => {
    expect(isGluedMenu('CompanyCompany OverviewCompany CultureHistoryManagement.')).toBe(true);
    expect(isGluedMenu('SolutionsRetailEnergyMediaHealthcare.')).toBe(true);
    expect(isGluedMenu('McDonald’s and eBay signed a deal with LinkedIn in Dublin.')).toBe(false);
    expect(isGluedMenu('Nordvind opened an office in Oslo.')).toBe(false);
    expect(isShortLine('Awards & Certifications.')).toBe(true);
    expect(isShortLine('Updated as of.')).toBe(true);
    expect(isShortLine('Contributing Writer')).toBe(true);
    expect(isShortLine('Sales rose sharply.')).toBe(false);
    expect(isShortLine('Nordvind signed. It grew.')).toBe(false);
    expect(isShortLine('Nordvind has signed a long-term deal.')).toBe(false);
  });
});

describe('clean: peripheral zones', () => {
  it('makes everything after a section_end heading peripheral and drops furniture there', () => {
    const text = [
      ...BODY,
      '',
      'Latest News',
      '',
      'Nordvind CEO Lars Holm Delivers Keynote at Oslo Energy Forum 2024.',
      'Solberg Shipping Orders Two Ferries From Ulstein.',
      'Sign up for our newsletter',
      '#Nordvind wind deals#Fjordkraft 2024',
      'Share this article',
      'Help others discover this content',
      'Copyright © 2024 Nordic Power Daily. All rights reserved.',
      'Whether you run a shop or a utility, we keep you in the loop every day.',
    ].join('\n');
    const d = clean(raw(text));
    expectValidZones(d);
    expect(zoneText(d, 'body')).toBe(`${BODY[0]}\n\n${BODY[2]}`);
    expect(zoneText(d, 'peripheral')).toBe(
      'Nordvind CEO Lars Holm Delivers Keynote at Oslo Energy Forum 2024.\nSolberg Shipping Orders Two Ferries From Ulstein.',
    );
  });

  it('accepts headings with trailing punctuation, in other languages', () => {
    for (const heading of [
      'Latest News.',
      'Articles similaires :',
      'Weitere Artikel',
      'Ähnliche Artikel weiterlesen',
      'Noticias relacionadas',
      'Related',
    ]) {
      const d = clean(
        raw(`${BODY.join('\n')}\n\n${heading}\nEquinor buys stake in Nordvind Energy\n`),
      );
      expect(zoneText(d, 'peripheral')).toBe('Equinor buys stake in Nordvind Energy');
      expect(d.text).not.toContain(heading.replace(/[.: ]+$/, ''));
    }
  });

  it('returns to the body after a teaser block (section_break) when prose resumes', () => {
    const prose =
      'The agreement strengthens Nordvind’s position in western Norway, where demand for renewable power from industry has grown quickly. For Fjordkraft, the contract secures supply for a decade at a fixed price.';
    const text = [
      ...BODY,
      '',
      'Trends',
      '[Statkraft Opens Hydro Plant in Chile](https://x/y)',
      'Equinor Cuts Costs',
      '',
      prose,
    ].join('\n');
    const d = clean(raw(text));
    expectValidZones(d);
    expect(d.zones.map((z) => z.kind)).toEqual(['body', 'peripheral', 'body']);
    expect(zoneText(d, 'peripheral')).toBe(
      'Statkraft Opens Hydro Plant in Chile\nEquinor Cuts Costs',
    );
    expect(zoneText(d, 'body')).toBe(`${BODY[0]}\n\n${BODY[2]}\n\n${prose}`);
  });

  it('treats a section_end heading before any body text like a teaser block', () => {
    const text = ['Latest News', 'Statkraft Opens Hydro Plant', '', ...BODY].join('\n');
    const d = clean(raw(text));
    expect(zoneText(d, 'peripheral')).toBe('Statkraft Opens Hydro Plant');
    expect(zoneText(d, 'body')).toContain('Under the deal, Nordvind will supply');
  });
});

describe('clean: bylines and furniture lines', () => {
  it('drops bylines, reading time, playback speed, repeated site names and a duplicated headline', () => {
    const text = [
      'Fjordkraft and Nordvind Agree Ten-Year Wind Power Deal',
      '',
      'Fjordkraft and Nordvind Agree Ten-Year Wind Power Deal',
      '',
      'Nordic Power Daily',
      '',
      'Nordic Power Daily',
      '',
      'By Kari Nordmann',
      '',
      'Contributing Writer',
      '',
      '3 min read',
      '1.5x',
      '',
      ...BODY,
    ].join('\n');
    expect(clean(raw(text)).text).toBe(
      `Fjordkraft and Nordvind Agree Ten-Year Wind Power Deal\n\n${BODY[0]}\n\n${BODY[2]}`,
    );
  });

  it('drops newsletter, cookie-banner and copyright lines in the body', () => {
    const text = [
      BODY[0],
      'Get daily updates from Nordic Power Daily by subscribing to our Newsletter',
      'We use cookies to improve your experience.',
      'Nous utilisons des cookies pour améliorer votre expérience.',
      'Tous droits réservés.',
      'Alle Rechte vorbehalten.',
      'Todos los derechos reservados.',
      BODY[2],
    ].join('\n');
    expect(clean(raw(text)).text).toBe(`${BODY[0]}\n${BODY[2]}`);
  });

  it('removes a leading news-agency credit', () => {
    expect(
      clean(raw('(Agence Presse Nord) - Statkraft a signé un accord avec Vattenfall.')).text,
    ).toBe('Statkraft a signé un accord avec Vattenfall.');
    expect(stripAgencyCredit('(Reuters) -Iberdrola agreed.')).toBe('Iberdrola agreed.');
    expect(stripAgencyCredit('(AFP) — Iberdrola agreed.')).toBe('Iberdrola agreed.');
    expect(stripAgencyCredit('MADRID (Reuters) - Iberdrola agreed.')).toBe(
      'MADRID - Iberdrola agreed.',
    );
    expect(stripAgencyCredit('Iberdrola (IBE) said it agreed.')).toBe(
      'Iberdrola (IBE) said it agreed.',
    );
  });
});

describe('clean: policy and cookie sentences', () => {
  const policy = [
    'This Privacy Policy is maintained by Nordvind (Americas) Corporation (“we” or the “Company”), the U.',
    'S.',
    'affiliate of Nordvind Holdings ASA.',
    'Headquartered in Austin, Texas, we provide telecommunications services to U.',
    'S.',
    'and foreign customers.',
    'We support the Self-Regulatory Principles for online behavioral advertising (“Principles”) published by the Digital Advertising Alliance (“DAA”).',
    'In the course of providing to you services that you have ordered from us, we may also collect information that is referred to by the Federal Communications Commission (“FCC”) as “Customer Proprietary Network Information” or “CPNI.',
    '”  This includes information about the services you purchase.',
    'Cookies.',
    '“Cookies” are text files that a server may download to your computer when you visit a website.',
    'For more information on the use of Google Analytics, please visit Google’s privacy policy here.',
    'Also, if you contact us by phone, we may retain a record of that communication.',
    'Our services are provided to enterprise customers in Texas and Oregon.',
  ].join('\n');

  it('drops policy sentences but keeps the ones that carry facts', () => {
    const d = clean(raw(policy));
    expect(d.text).toBe(
      [
        'This Privacy Policy is maintained by Nordvind (Americas) Corporation (“we” or the “Company”), the U.',
        'S.',
        'affiliate of Nordvind Holdings ASA.',
        'Headquartered in Austin, Texas, we provide telecommunications services to U.',
        'S.',
        'and foreign customers.',
        'Our services are provided to enterprise customers in Texas and Oregon.',
      ].join('\n'),
    );
  });

  it('drops single policy sentences inside a news paragraph', () => {
    const text =
      'Vattenfall signed a grid deal with Elia in Brussels. By using our website, you consent to our use of cookies. The contract runs until 2030.';
    expect(clean(raw(text)).text).toBe(
      'Vattenfall signed a grid deal with Elia in Brussels. The contract runs until 2030.',
    );
  });

  it('drops cookie notices in French, German and Spanish', () => {
    const text = [
      'Iberdrola y Naturgy firmaron un acuerdo en Madrid para construir una planta de hidrógeno.',
      'En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.',
      'Wir setzen Cookies ein, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen.',
      'Al continuar navegando, usted acepta nuestra política de privacidad.',
    ].join('\n\n');
    expect(clean(raw(text)).text).toBe(
      'Iberdrola y Naturgy firmaron un acuerdo en Madrid para construir una planta de hidrógeno.',
    );
  });

  it('keeps news sentences that use a single weak marker or address the reader in a quote', () => {
    const keep = [
      'Criteo signed a partnership with Microsoft to expand its retail advertising business in Europe.',
      '“You can see our commitment to Norway in this deal,” said Anna Berg, chief executive of Nordvind.',
      'Adyen will collect payment data for Iberdrola under the new contract.',
      'Nordvind updated its privacy policy after the merger with Fjordkraft.',
    ].join('\n\n');
    expect(clean(raw(keep)).text).toBe(keep);
  });

  it('scores sentences from the vocabulary, person address and weights', () => {
    const rules = TEXT_KNOWLEDGE.boilerplate;
    expect(scoreSentence('Nordvind updated its privacy policy.', rules).score).toBe(1);
    expect(
      scoreSentence('You may opt out of interest-based advertising.', rules).score,
    ).toBeGreaterThanOrEqual(rules.thresholds.body);
    // each phrase counts once, the longest match wins
    expect(scoreSentence('cookies cookies cookies', rules).score).toBe(2);
    expect(scoreSentence('Sie können widersprechen.', rules).score).toBe(2);
    expect(scoreSentence('sie können widersprechen.', rules).score).toBe(0);
  });
});

describe('clean: robustness', () => {
  it('handles a run of 200 000 dots', () => {
    expect(clean(raw('.'.repeat(200_000)))).toMatchObject({ text: '', zones: [] });
    const d = clean(raw(`Enel signed a deal.\n${'.'.repeat(200_000)}\nEndesa agreed.`));
    expect(d.text).toBe('Enel signed a deal.\nEndesa agreed.');
  });

  it('handles a 20 MB single line', () => {
    const sentence = 'Statkraft and Vattenfall signed a power purchase agreement in Norway. ';
    const text = sentence.repeat(Math.ceil((20 * 1024 * 1024) / sentence.length));
    const d = clean(raw(text));
    expect(d.text).toBe(text.trim());
    expectValidZones(d);
  });

  it('handles pathological brackets, capitals and short lines', () => {
    expect(clean(raw(`${'['.repeat(100_000)}](x`)).text).toBe(`${'['.repeat(100_000)}](x`);
    expect(stripMarkdownLinks(`[${'](x'.repeat(100_000)})`)).toHaveLength(300_002);
    expect(stripMarkdownLinks(`${'](x'.repeat(100_000)})`)).toHaveLength(300_001);
    expect(clean(raw(`${'.'.repeat(200_000)}x`)).text).toHaveLength(200_001);
    expect(clean(raw('Menu\n'.repeat(100_000) + BODY[0])).text).toBe(BODY[0]);
    expect(clean(raw('AbCd'.repeat(100_000))).text).toBe('');
  });

  it('keeps zones valid and lines trimmed on arbitrary input', () => {
    const piece = fc.constantFrom(
      'Nordvind signed a deal with Fjordkraft in Bergen on Monday after long talks. ',
      'Latest News',
      'Trends',
      'Menu',
      'Home.',
      'You accept our cookies. ',
      'Copyright © 2024',
      '[link](url)',
      '\n',
      '\n\n',
      '  ',
      '.',
      'U.',
      'S.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const d = clean(raw(parts.join('')));
        expectValidZones(d);
        expect(d.text).not.toMatch(/\n{3}/);
        for (const line of d.text.split('\n')) expect(line).toBe(line.trim());
      }),
      { numRuns: 200 },
    );
  });
});

describe('clean: invisible characters', () => {
  it('removes zero-width characters, bidi marks, embeddings, overrides and isolates', () => {
    const controls = [
      '\u200b', // zero-width space
      '\u200c', // zero-width non-joiner
      '\u200d', // zero-width joiner
      '\u200e', // left-to-right mark
      '\u200f', // right-to-left mark
      '\u061c', // Arabic letter mark
      '\u202a\u202b\u202c\u202d\u202e', // embeddings, pop, overrides
      '\u2066\u2067\u2068\u2069', // isolates
      '\u2060', // word joiner
      '\u180e', // Mongolian vowel separator
      '\u00ad', // soft hyphen
      '\ufeff', // BOM / zero-width no-break space
      '\u034f', // combining grapheme joiner
      '\u{e0041}', // tag character
    ];
    for (const c of controls) {
      expect(stripInvisible(`Ac${c}me${c} Holdings`), JSON.stringify(c)).toBe('Acme Holdings');
      const d = clean(raw(`${c}Ac${c}me Holdings${c} signed a deal with Globex.${c}`));
      expect(d.text, JSON.stringify(c)).toBe('Acme Holdings signed a deal with Globex.');
    }
  });

  it('puts text and title in normal form C, so one name has one spelling', () => {
    const nfd = 'Société Générale and Nestlé'.normalize('NFD');
    expect(nfd).toHaveLength(32);
    const d = clean(raw(`${nfd} signed a deal.`, { title: nfd }));
    expect(d.text).toBe('Société Générale and Nestlé signed a deal.');
    expect(d.text).toHaveLength(42);
    expect(d.title).toBe('Société Générale and Nestlé');
  });

  it('keeps right-to-left text itself and strips controls from the title', () => {
    const text =
      '\u202bشركة أرامكو\u202c وقعت اتفاقية. Teva Pharmaceuticals (\u200fטבע\u200f) agreed.';
    const d = clean(raw(text, { title: 'Teva\u200f \u202eand Aramco' }));
    expect(d.text).toBe('شركة أرامكو وقعت اتفاقية. Teva Pharmaceuticals (טבע) agreed.');
    expect(d.title).toBe('Teva and Aramco');
  });
});

describe('clean: markup in text', () => {
  it('removes tags, comments, script and style contents and javascript: URLs', () => {
    expect(
      stripMarkup(
        'Acme signs with <script type="x">alert("Evil Corp")</script>Globex. ' +
          '<img src=x onerror="alert(\'>\')">Initech <b>supplies</b> Hooli.<!-- note --> ' +
          '<STYLE>.a{}</STYLE><a href="javascript:alert(1)">link</a> javascript:alert(\'Js Holdings\') end',
      ).replace(/ +/g, ' '),
    ).toBe('Acme signs with Globex. Initech supplies Hooli. link end');
  });

  it('leaves comparisons, arrows and lone brackets alone', () => {
    for (const s of [
      'revenue < 5 million and > 2 million',
      'x<y and y>z',
      'x <y and z> w',
      '<Acme Holdings> signed',
      'A <-> B, x <= y',
      '<3 hearts',
      '<<< menu >>>',
      'an unclosed <script> tag',
      '<b onclick="never closed',
      'the vbscript language',
    ])
      expect(stripMarkup(s).replace(/ +/g, ' '), s).toBe(
        s === 'an unclosed <script> tag' ? 'an unclosed tag' : s,
      );
  });

  it('strips markup in the cleaned text, so no offset points into it', () => {
    const d = clean(
      raw(
        'Umbrella Corporation signed a deal with Acme Holdings. <img src=x onerror="alert(\'Pwned Holdings\')">' +
          '\n\nThe page showed <script>alert("Xss Corporation")</script> as text.',
      ),
    );
    expect(d.text).toBe(
      'Umbrella Corporation signed a deal with Acme Holdings.\n\nThe page showed as text.',
    );
  });

  it('stays linear on pathological input', () => {
    for (const s of [
      '<a '.repeat(200_000),
      '<script>'.repeat(100_000),
      '<!--'.repeat(100_000),
      '<a "<a \''.repeat(100_000),
      'javascript:('.repeat(100_000),
    ])
      expect(stripMarkup(s).length).toBeLessThanOrEqual(s.length);
  });
});

describe('boilerplate data', () => {
  it('loads data/boilerplate.csv', () => {
    const rules = TEXT_KNOWLEDGE.boilerplate;
    expect(rules.sectionEnds.has('latest articles')).toBe(true);
    expect(rules.sectionEnds.has('articles similaires')).toBe(true);
    expect(rules.sectionBreaks.has('trends')).toBe(true);
    expect(rules.thresholds).toEqual({ body: 3, peripheral: 2, short: 2, near: 2 });
  });

  it('normalises headings', () => {
    expect(normalizeHeading('## Latest  News. ')).toBe('latest news');
    expect(normalizeHeading('À lire aussi :')).toBe('à lire aussi');
  });

  it('rejects bad rows with the row number', () => {
    expect(() =>
      parseBoilerplate([{ language: 'en', kind: 'menu', pattern: 'x' }], 'b.csv'),
    ).toThrow(/^b\.csv: data row 1: unknown kind "menu"/);
    expect(() =>
      parseBoilerplate([{ language: 'en', kind: 'line', pattern: '([' }], 'b.csv'),
    ).toThrow(/b\.csv: data row 1: invalid regular expression/);
    expect(() =>
      parseBoilerplate(
        [{ language: 'en', kind: 'sentence', pattern: 'cookie', weight: 'x' }],
        'b.csv',
      ),
    ).toThrow(/data row 1: weight must be a number/);
  });
});
