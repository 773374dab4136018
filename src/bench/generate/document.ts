/**
 * One article: a lead sentence stating a relation, maybe a quote, background sentences, in
 * half of them a second relation, maybe a profile line and a distractor. Every relation
 * and distractor it writes is recorded in the ground truth as it is written.
 */
import type { Random } from '../random.js';
import { ROLE_TITLES } from './names.js';
import { htmlPage, textPage } from './pages.js';
import {
  HEADLINES,
  PLACE_PHRASE,
  YEAR_PHRASE,
  amount,
  dateline,
  profile,
  quote,
  tidy,
} from './phrases.js';
import type { PlacePool } from './places.js';
import { DISTRACTORS, RELATIONS } from './sentences.js';
import type { BenchRelationType, DocumentPlan, GroundTruth } from './types.js';
import { FILLER, PRODUCTS, PURPOSES, QUOTES } from './vocabulary.js';
import type { Company, World } from './world.js';

/** Keeps track of which names are already introduced in a document. */
class Mentions {
  private readonly seen = new Set<Company>();
  constructor(private readonly r: Random) {}
  /** First mention: legal name, with the acronym defined when it has one. Later: short. */
  of(c: Company): string {
    if (!this.seen.has(c)) {
      this.seen.add(c);
      return c.acronym ? `${c.legalName} (${c.acronym})` : c.legalName;
    }
    return c.acronym && this.r.chance(0.5) ? c.acronym : c.name;
  }
}

const RELATION_WEIGHTS: (readonly [BenchRelationType, number])[] = [
  ['partnership', 30],
  ['supply', 18],
  ['subsidiary', 10],
  ['joint_venture', 10],
  ['investment', 14],
  ['acquisition', 18],
];

export function generateDocument(
  r: Random,
  world: World,
  places: PlacePool,
  plan: DocumentPlan,
  truth: GroundTruth,
): string {
  const { lang } = plan;
  const m = new Mentions(r);
  const a = world.pickCompany();
  const b = world.pickCompany([a]);
  const type = r.weighted(RELATION_WEIGHTS);
  const docDate = `${plan.year}-${String(plan.month).padStart(2, '0')}-${String(plan.day).padStart(2, '0')}`;

  const relationSentence = (
    t: BenchRelationType,
    x: Company,
    y: Company,
    opts: { year?: boolean },
  ): string => {
    const template = r.pick(RELATIONS[lang][t]);
    const withYear = !template.noYear && opts.year !== false && r.chance(0.8);
    const year = withYear ? plan.year - r.int(2) : plan.year;
    const place = !template.noPlace && r.chance(0.65) ? r.pick(places.byLang[lang]) : null;
    // A is always the source; the template says which of the two the text names first,
    // and the first mention in a document carries the legal name.
    const mentions =
      template.order === 'AB'
        ? (() => {
            const A = m.of(x);
            return { A, B: m.of(y) };
          })()
        : (() => {
            const B = m.of(y);
            return { A: m.of(x), B };
          })();
    const sentence = tidy(
      template.text({
        ...mentions,
        Y: withYear ? YEAR_PHRASE[lang](year) : '',
        year: withYear ? String(year) : '',
        P: place ? PLACE_PHRASE[lang](place.text) : '',
        product: r.pick(PRODUCTS[lang]),
        purpose: r.pick(PURPOSES[lang]),
        amount: amount(r, lang),
      }),
    );
    truth.relations.push({
      document: plan.file,
      type: t,
      source: x.name,
      target: y.name,
      year,
      yearSource: withYear ? 'text' : 'document',
      place: place ? place.place : null,
      sentence,
    });
    return sentence;
  };

  // Headline: short names, no legal forms.
  const headline = HEADLINES[lang][type](a.name, b.name);
  const paragraphs: string[] = [];

  const lead = relationSentence(type, a, b, {});
  const where = a.city ?? r.pick(places.byLang.en);
  const withDateline = r.chance(0.6);
  paragraphs.push(
    withDateline ? `${dateline(lang, where.text, plan.year, plan.month, plan.day)} ${lead}` : lead,
  );

  // A quote from one of the two, by name and title.
  if (r.chance(0.75)) {
    const speaker = r.chance(0.5) ? a : b;
    const person = world.personFor(speaker);
    const title = ROLE_TITLES[person.role][lang][person.female ? 1 : 0];
    paragraphs.push(quote(lang, r.pick(QUOTES[lang]), person.name, title, m.of(speaker)));
  }

  // Background sentences, each used at most once per document.
  const background = r.shuffle(FILLER[lang]);
  const filler = () => {
    const n = Math.min(r.range(3, 5), background.length);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const s = background.pop() ?? '';
      out.push(
        s
          .replace('{n}', String(r.range(2, 40)))
          .replace('{place}', r.pick(places.byLang[lang]).text),
      );
    }
    return out.join(' ');
  };
  paragraphs.push(filler());

  // A second relation with a third company, in half of the documents.
  if (r.chance(0.5)) {
    const c = world.pickCompany([a, b]);
    const other = r.chance(0.5) ? a : b;
    const t2 = r.weighted(RELATION_WEIGHTS);
    paragraphs.push(
      r.chance(0.5) ? relationSentence(t2, other, c, {}) : relationSentence(t2, c, other, {}),
    );
  }

  if (r.chance(0.5)) {
    const who = r.chance(0.5) ? a : b;
    paragraphs.push(profile(lang, m.of(who), r.pick([120, 450, 1200, 3800, 9500, 24000])));
  }

  // Two companies in one sentence, with no relation between them.
  if (r.chance(0.4)) {
    const x = world.pickCompany([a, b]);
    const y = world.pickCompany([a, b, x]);
    const place = r.pick(places.byLang[lang]);
    const sentence = tidy(
      r.pick(DISTRACTORS[lang])({
        A: m.of(x),
        B: m.of(y),
        Y: '',
        year: '',
        P: PLACE_PHRASE[lang](place.text),
        product: '',
        purpose: '',
        amount: '',
      }),
    );
    truth.distractors.push({ document: plan.file, a: x.name, b: y.name, sentence });
    paragraphs.push(sentence);
  }

  const more = r.range(2, 5);
  for (let i = 0; i < more && background.length > 0; i++) paragraphs.push(filler());

  truth.documents.push({
    file: plan.file,
    language: lang,
    format: plan.format,
    boilerplate: plan.boilerplate,
    date: docDate,
    bytes: 0,
  });

  return plan.format === 'html'
    ? htmlPage(r, world, places, plan, headline, paragraphs, docDate)
    : textPage(r, world, places, plan, headline, paragraphs, docDate, withDateline);
}
