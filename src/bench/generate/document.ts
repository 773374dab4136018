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
  constructor(private readonly random: Random) {}
  /** First mention: legal name, with the acronym defined when it has one. Later: short. */
  of(company: Company): string {
    if (!this.seen.has(company)) {
      this.seen.add(company);
      return company.acronym ? `${company.legalName} (${company.acronym})` : company.legalName;
    }
    return company.acronym && this.random.chance(0.5) ? company.acronym : company.name;
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

/** What every part of one article is written with. */
interface Writing {
  random: Random;
  world: World;
  places: PlacePool;
  plan: DocumentPlan;
  truth: GroundTruth;
  mentions: Mentions;
}

/** A sentence stating that `source` has relation `type` with `target`, recorded as truth. */
function relationSentence(
  writing: Writing,
  type: BenchRelationType,
  source: Company,
  target: Company,
): string {
  const { random, places, plan, truth, mentions } = writing;
  const { lang } = plan;
  const template = random.pick(RELATIONS[lang][type]);
  const withYear = !template.noYear && random.chance(0.8);
  const year = withYear ? plan.year - random.int(2) : plan.year;
  const place = !template.noPlace && random.chance(0.65) ? random.pick(places.byLang[lang]) : null;
  // A is always the source; the template says which of the two the text names first,
  // and the first mention in a document carries the legal name.
  const names =
    template.order === 'AB'
      ? (() => {
          const A = mentions.of(source);
          return { A, B: mentions.of(target) };
        })()
      : (() => {
          const B = mentions.of(target);
          return { A: mentions.of(source), B };
        })();
  const sentence = tidy(
    template.text({
      ...names,
      Y: withYear ? YEAR_PHRASE[lang](year) : '',
      year: withYear ? String(year) : '',
      P: place ? PLACE_PHRASE[lang](place.text) : '',
      product: random.pick(PRODUCTS[lang]),
      purpose: random.pick(PURPOSES[lang]),
      amount: amount(random, lang),
    }),
  );
  truth.relations.push({
    document: plan.file,
    type,
    source: source.name,
    target: target.name,
    year,
    yearSource: withYear ? 'text' : 'document',
    place: place ? place.place : null,
    sentence,
  });
  return sentence;
}

/** A quote from one of the two companies, by a person's name and title. */
function quoteParagraph(writing: Writing, a: Company, b: Company): string {
  const { random, world, mentions } = writing;
  const { lang } = writing.plan;
  const speaker = random.chance(0.5) ? a : b;
  const person = world.personFor(speaker);
  const title = ROLE_TITLES[person.role][lang][person.female ? 1 : 0];
  return quote(lang, random.pick(QUOTES[lang]), person.name, title, mentions.of(speaker));
}

/** Paragraphs of background sentences, each sentence used at most once per document. */
function backgroundWriter(writing: Writing): { next(): string; left(): number } {
  const { random, places } = writing;
  const { lang } = writing.plan;
  const background = random.shuffle(FILLER[lang]);
  const next = () => {
    const count = Math.min(random.range(3, 5), background.length);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const sentence = background.pop() ?? '';
      out.push(
        sentence
          .replace('{n}', String(random.range(2, 40)))
          .replace('{place}', random.pick(places.byLang[lang]).text),
      );
    }
    return out.join(' ');
  };
  return { next, left: () => background.length };
}

/** Two companies in one sentence, with no relation between them, recorded as such. */
function distractorSentence(writing: Writing, a: Company, b: Company): string {
  const { random, world, places, plan, truth, mentions } = writing;
  const { lang } = plan;
  const x = world.pickCompany([a, b]);
  const y = world.pickCompany([a, b, x]);
  const place = random.pick(places.byLang[lang]);
  const sentence = tidy(
    random.pick(DISTRACTORS[lang])({
      A: mentions.of(x),
      B: mentions.of(y),
      Y: '',
      year: '',
      P: PLACE_PHRASE[lang](place.text),
      product: '',
      purpose: '',
      amount: '',
    }),
  );
  truth.distractors.push({ document: plan.file, a: x.name, b: y.name, sentence });
  return sentence;
}

/** The body after the lead: quote, background, a second relation, profile, distractor. */
function bodyParagraphs(writing: Writing, a: Company, b: Company): string[] {
  const { random, world, plan } = writing;
  const paragraphs: string[] = [];
  if (random.chance(0.75)) paragraphs.push(quoteParagraph(writing, a, b));
  const background = backgroundWriter(writing);
  paragraphs.push(background.next());

  // A second relation with a third company, in half of the documents.
  if (random.chance(0.5)) {
    const third = world.pickCompany([a, b]);
    const other = random.chance(0.5) ? a : b;
    const type = random.weighted(RELATION_WEIGHTS);
    paragraphs.push(
      random.chance(0.5)
        ? relationSentence(writing, type, other, third)
        : relationSentence(writing, type, third, other),
    );
  }

  if (random.chance(0.5)) {
    const who = random.chance(0.5) ? a : b;
    const name = writing.mentions.of(who);
    paragraphs.push(profile(plan.lang, name, random.pick([120, 450, 1200, 3800, 9500, 24000])));
  }

  if (random.chance(0.4)) paragraphs.push(distractorSentence(writing, a, b));

  const more = random.range(2, 5);
  for (let i = 0; i < more && background.left() > 0; i++) paragraphs.push(background.next());
  return paragraphs;
}

export function generateDocument(
  random: Random,
  world: World,
  places: PlacePool,
  plan: DocumentPlan,
  truth: GroundTruth,
): string {
  const { lang } = plan;
  const writing: Writing = { random, world, places, plan, truth, mentions: new Mentions(random) };
  const a = world.pickCompany();
  const b = world.pickCompany([a]);
  const type = random.weighted(RELATION_WEIGHTS);
  const pad = (n: number) => String(n).padStart(2, '0');
  const docDate = `${plan.year}-${pad(plan.month)}-${pad(plan.day)}`;

  // Headline: short names, no legal forms.
  const headline = HEADLINES[lang][type](a.name, b.name);
  const lead = relationSentence(writing, type, a, b);
  const where = a.city ?? random.pick(places.byLang.en);
  const withDateline = random.chance(0.6);
  const paragraphs = [
    withDateline ? `${dateline(lang, where.text, plan.year, plan.month, plan.day)} ${lead}` : lead,
    ...bodyParagraphs(writing, a, b),
  ];

  truth.documents.push({
    file: plan.file,
    language: lang,
    format: plan.format,
    boilerplate: plan.boilerplate,
    date: docDate,
    bytes: 0,
  });

  return plan.format === 'html'
    ? htmlPage(random, world, places, plan, headline, paragraphs, docDate)
    : textPage(random, world, places, plan, headline, paragraphs, docDate, withDateline);
}
