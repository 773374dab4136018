import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { resolveCorpus } from '../stages/resolve.js';
import { SHORT_FORM_RULES } from './short-forms.js';

const places = fakePlaces({
  Chile: place('region:country:CL', 'Chile', 'country'),
  Lagos: place('region:city:9', 'Lagos', 'city'),
});

/** Each organisation mention of one document as "text=key". */
function orgMentions(text: string, language = 'en'): string[] {
  const doc = extractEntities(sentenced(text, language), knowledge, places);
  const [resolved] = resolveCorpus([doc], { knowledge, places });
  return (resolved?.mentions ?? [])
    .filter((m) => m.kind === 'org')
    .map((m) => `${m.text}=${m.key}`);
}

/** The same, the first line being the document's headline. */
function headlinedMentions(text: string, language = 'en'): string[] {
  const title = text.split('\n')[0] ?? '';
  const doc = extractEntities({ ...sentenced(text, language), title }, knowledge, places);
  const [resolved] = resolveCorpus([doc], { knowledge, places });
  return (resolved?.mentions ?? [])
    .filter((m) => m.kind === 'org')
    .map((m) => `${m.text}=${m.key}`);
}

/** The distinct organisation keys of one document, as slugs. */
function orgKeys(text: string, language = 'en'): string[] {
  const doc = extractEntities(sentenced(text, language), knowledge, places);
  const [resolved] = resolveCorpus([doc], { knowledge, places });
  const keys = (resolved?.mentions ?? []).filter((m) => m.kind === 'org').map((m) => m.key);
  return [...new Set(keys)].sort();
}

const rule = (name: string) => {
  const found = SHORT_FORM_RULES.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('short-form rules', () => {
  it('leadingWords: the first words of a longer name', () => {
    const short = { words: ['borealis'], text: 'Borealis' };
    expect(rule('leadingWords').matches(short, ['borealis', 'mining'], new Set())).toBe(true);
    expect(rule('leadingWords').matches(short, ['nordwind', 'borealis'], new Set())).toBe(false);
  });

  it('lastWord: the last word of a longer name, after a hyphen too', () => {
    const short = { words: ['tremon'], text: 'Tremon' };
    expect(rule('lastWord').matches(short, ['k.l.', 'vance-tremon'], new Set())).toBe(true);
    expect(rule('lastWord').matches(short, ['tremon', 'energy'], new Set())).toBe(false);
  });

  it('sameCoreWords: the same core words under another key', () => {
    const short = { words: ['kestrel'], text: 'Kestrel' };
    expect(rule('sameCoreWords').matches(short, ['kestrel'], new Set())).toBe(true);
    expect(rule('sameCoreWords').matches(short, ['kestrel', 'foods'], new Set())).toBe(false);
  });

  it('initialsAndLegalLetter: three initials or more and one letter after them', () => {
    const long = ['borealis', 'mining', 'resources'];
    const matches = (text: string, words = long) =>
      rule('initialsAndLegalLetter').matches(
        { words: [text.toLowerCase()], text },
        words,
        new Set(),
      );
    expect(matches('BMRL')).toBe(true);
    expect(matches('BMR')).toBe(false);
    expect(matches('BMRLX')).toBe(false);
    expect(matches('BMXL')).toBe(false);
    expect(matches('BML', ['borealis', 'mining'])).toBe(false);
  });

  it('markedInitials: capitals with "&" or dots', () => {
    const short = { words: ['b&t'], text: 'B&T' };
    expect(rule('markedInitials').matches(short, ['barrow', 'tate'], new Set())).toBe(true);
    expect(rule('markedInitials').matches(short, ['barrow', 'vale'], new Set())).toBe(false);
  });
});

describe('short forms within one document', () => {
  it('reads the first words of a name given before as that name (en, fr, de)', () => {
    expect(
      orgMentions(
        'Borealis Mining Resources opened a mine in Peru.\nBorealis Mining said output would rise.',
      ),
    ).toContain('Borealis Mining=org:borealis-mining-resources');
    expect(
      orgMentions(
        'Solvane Énergie Renouvelable a signé un accord.\nLa société Solvane Énergie a déclaré que le projet avance.',
        'fr',
      ),
    ).toContain('Solvane Énergie=org:solvane-energie-renouvelable');
    expect(
      orgMentions(
        'Die Nordwind Windkraft Anlagenbau GmbH baut einen Windpark.\nDas Unternehmen Nordwind Windkraft sagte, der Bau beginne bald.',
        'de',
      ),
    ).toContain('Nordwind Windkraft=org:nordwind-windkraft-anlagenbau');
  });

  it('lets a headline use the short form before the text gives the full name (en, fr, it)', () => {
    expect(
      headlinedMentions(
        'Borealis Mining said to buy a mine\nBorealis Mining Resources will buy a mine in Peru.\nBorealis Mining said output would rise.',
      ),
    ).toContain('Borealis Mining=org:borealis-mining-resources');
    expect(
      headlinedMentions(
        'Solvane Énergie a déclaré un bénéfice\nSolvane Énergie Renouvelable a signé un accord.\nLa société Solvane Énergie a déclaré que le projet avance.',
        'fr',
      ),
    ).toContain('Solvane Énergie=org:solvane-energie-renouvelable');
    expect(
      headlinedMentions(
        'Borealis Mining ha detto di comprare una miniera\nBorealis Mining Resources comprerà una miniera in Perù.\nLa società Borealis Mining ha detto che la produzione crescerà.',
        'it',
      ),
    ).toContain('Borealis Mining=org:borealis-mining-resources');
    // Without the headline, a short form written first is left alone.
    expect(
      orgMentions(
        'Borealis Mining said to buy a mine.\nBorealis Mining Resources will buy a mine in Peru.\nBorealis Mining said output would rise.',
      ),
    ).not.toContain('Borealis Mining=org:borealis-mining-resources');
  });

  it('reads the last word of a name as that name (en, es, it)', () => {
    expect(
      orgMentions('Halden-Velarde Inc. won the contract.\nVelarde said it will build the road.'),
    ).toContain('Velarde=org:halden-velarde');
    expect(
      orgMentions(
        'Grupo Halden Velarde ganó el contrato.\nVelarde dijo que construirá la carretera.',
        'es',
      ),
    ).toContain('Velarde=org:halden-velarde');
    expect(
      orgMentions(
        'Halden-Velarde S.p.A. ha vinto la gara.\nVelarde ha detto che costruirà la strada.',
        'it',
      ),
    ).toContain('Velarde=org:halden-velarde');
  });

  it('reads initials written with "&" as the name they abbreviate (en, pt)', () => {
    expect(orgKeys('Barrow & Tate Inc. sold a plant.\nB&T said the sale closed in May.')).toEqual([
      'org:barrow-tate',
    ]);
    expect(
      orgKeys(
        'A Barrow & Tate Inc. vendeu uma fábrica.\nA B&T disse que a venda foi concluída.',
        'pt',
      ),
    ).toEqual(['org:barrow-tate']);
  });

  it('keeps a parent and the unit named after it apart (en, fr, es)', () => {
    expect(
      orgKeys('Acme Corp launched a fund.\nAcme and its unit Acme Ventures invested in Beta Labs.'),
    ).toContain('org:acme-ventures');
    expect(
      orgKeys(
        'Acme Corp lance un fonds.\nAcme Ventures, la filiale de Acme, investit dans Beta Labs.',
        'fr',
      ),
    ).toContain('org:acme');
    expect(
      orgKeys(
        'Acme Corp lanzó un fondo.\nAcme y su filial Acme Ventures invirtieron en Beta Labs.',
        'es',
      ),
    ).toContain('org:acme-ventures');
  });

  it('keeps a name apart when the longer one is only written after it (a later unit)', () => {
    const keys = orgKeys(
      'Orvalis Telecom reported higher sales.\nIts payment service Orvalis Telecom Money grew fastest.',
    );
    expect(keys).toContain('org:orvalis-telecom');
    expect(keys).toContain('org:orvalis-telecom-money');
  });

  it('keeps a regional unit named with a place apart', () => {
    const keys = orgKeys('Tremon Bank Chile opened a branch.\nTremon Bank also grew in Peru.');
    expect(keys).toContain('org:tremon-bank');
    expect(keys).toContain('org:tremon-bank-chile');
  });

  it('leaves a short form two longer names share alone', () => {
    const keys = orgKeys(
      'Kestrel Foods Holdings bought a mill.\nKestrel Logistics Services moved the grain.\nKestrel Foods said so.',
    );
    expect(keys).toContain('org:kestrel-foods');
    const ambiguous = orgKeys(
      'Kestrel Foods Holdings bought a mill.\nKestrel Logistics Services moved the grain.\nKestrel said so.',
    );
    expect(ambiguous).toContain('org:kestrel-foods');
    expect(ambiguous).toContain('org:kestrel-logistics-svcs');
    expect(ambiguous.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['en', 'Acme signed a deal with Borealis Mining Resources Co.\nBMRL will deliver ore.'],
    ['fr', 'Acme a signé avec Borealis Mining Resources SA.\nBMRL livrera le minerai.'],
    ['de', 'Acme unterzeichnete mit der Borealis Mining Resources AG.\nBMRL liefert das Erz.'],
    ['es', 'Acme firmó con Borealis Mining Resources S.A.\nBMRL entregará el mineral.'],
    ['pt', 'A Acme assinou com a Borealis Mining Resources Ltda.\nA BMRL entregará o minério.'],
    ['it', 'Acme ha firmato con Borealis Mining Resources S.p.A.\nBMRL consegnerà il minerale.'],
  ])(
    '(%s) reads initials with a legal form’s letter as the name they abbreviate',
    (language, text) => {
      expect(orgMentions(text, language)).toContain('BMRL=org:borealis-mining-resources');
    },
  );

  it('leaves initials with a letter too many alone when the name has two words', () => {
    expect(
      orgMentions('Acme signed a deal with Borealis Mining Co.\nBMLX will deliver ore.'),
    ).not.toContain('BMLX=org:borealis-mining');
  });

  it.each([
    [
      'en',
      'Nordvik-Atlantic Kestrel Finance (AKF Holding) bought a bank.\nAKF said the deal closed.',
    ],
    [
      'fr',
      'Nordvik-Atlantic Kestrel Finance (AKF Holding) a racheté une banque.\nAKF a déclaré que l’opération est close.',
    ],
    [
      'es',
      'Nordvik-Atlantic Kestrel Finance (AKF Holding) compró un banco.\nAKF dijo que la operación se cerró.',
    ],
  ])('(%s) reads the core of a short name defined in parentheses as the name', (language, text) => {
    expect(orgKeys(text, language)).toEqual(['org:nordvik-atlantic-kestrel-finance']);
  });

  it.each([
    [
      'en',
      'Acme bought the Borealis Textiles division.\nBorealis said it will keep its managers.\nBorealis Weaving Ltd. belongs to Borealis.',
      'Borealis',
    ],
    [
      'de',
      'Acme kaufte die Division BTM Textilmaschinen.\nAcme wird BTM weiterführen.\nZu BTM gehört die BTM Weberei AG.',
      'BTM',
    ],
  ])(
    '(%s) reads a short form as the one longer name given before it, not a unit named after it',
    (language, text, short) => {
      const mentions = orgMentions(text, language);
      const shortForms = mentions.filter((m) => m.startsWith(`${short}=`));
      expect(shortForms).not.toEqual([]);
      expect(shortForms.every((m) => /=org:[a-z]+-textil/u.test(m))).toBe(true);
      expect(mentions.some((m) => /^\S+ We[a-z]+ (Ltd\.|AG)=org:[a-z]+-we/u.test(m))).toBe(true);
    },
  );

  it('keeps two names joined by "with" apart (a venture and a member)', () => {
    const keys = orgKeys(
      'Halvard Green Hydrogen Company, a venture with Beta Power and Halvard, will build a plant.',
    );
    expect(keys).toContain('org:halvard-green-hydrogen');
  });
});
