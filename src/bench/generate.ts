/**
 * Corpus generator for `npm run bench`: N invented partnership articles with the
 * relations they state written down in a ground-truth file, so the benchmark can check
 * that the build still extracts the right graph at scale.
 *
 * - Companies are invented (syllable stems that are no GeoNames place, a sector word, a
 *   legal form of their home country), some with a defined acronym: "Kalvorex Energy
 *   ASA (KVE)". A few companies appear in many documents, most in few (Zipf-like).
 * - Places are real: countries and cities of a million people or more, each checked
 *   against the build's own gazetteer in the language it is written in.
 * - Articles are in English, French, German and Spanish, and state their relations with
 *   the cue phrasings of data/relation-cues.csv (partnership, supply, subsidiary, joint
 *   venture, investment, acquisition). Distractor sentences name two companies with no
 *   relation between them. About 30% of the documents are wrapped in web boilerplate:
 *   menus, "related articles" lists, a cookie banner, a newsletter line and a copyright.
 * - Everything is drawn from one seeded PRNG (./random.ts): the same seed and count give
 *   the same bytes.
 *
 * Run alone: `npx tsx src/bench/generate.ts --count 1000 --out /tmp/corpus [--seed 7]`, then
 * `npm run graph -- --in /tmp/corpus/documents`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadGazetteer, type Gazetteer } from '../build/geo/index.js';
import { allCities, worldCountries } from '../build/geo/sources.js';
import { Random } from './random.js';

export const DEFAULT_SEED = 20240521;
export const GROUND_TRUTH_FILE = 'ground-truth.json';
export const DOCUMENTS_DIR = 'documents';
const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export type Lang = 'en' | 'fr' | 'de' | 'es';
export const BENCH_RELATION_TYPES = [
  'partnership',
  'supply',
  'subsidiary',
  'joint_venture',
  'investment',
  'acquisition',
] as const;
export type BenchRelationType = (typeof BENCH_RELATION_TYPES)[number];
/** Relations whose direction carries no meaning. */
export const SYMMETRIC_TYPES: ReadonlySet<BenchRelationType> = new Set([
  'partnership',
  'joint_venture',
]);

export interface TruthCompany {
  /** How the graph should label it: the name without its legal form. */
  name: string;
  /** The name with its legal form, as written at first mention. */
  legalName: string;
  acronym?: string;
  /** ISO alpha-2 of the home country. */
  country: string;
}

export interface TruthPerson {
  name: string;
  /** English title; the documents write it in their own language. */
  title: string;
  organization: string;
}

export interface TruthPlace {
  /** The gazetteer's name of the place. */
  name: string;
  /** Region node id, e.g. "region:city:2643743". */
  id: string;
}

export interface TruthRelation {
  document: string;
  type: BenchRelationType;
  /** Company names (TruthCompany.name). Supply: source supplies target; subsidiary:
   *  source is owned by target; investment: source invests in target; acquisition:
   *  source buys target. */
  source: string;
  target: string;
  year: number;
  /** "text" when the sentence gives the year, "document" when only the date does. */
  yearSource: 'text' | 'document';
  place: TruthPlace | null;
  /** The sentence that states the relation, as written. */
  sentence: string;
}

/** Two companies named in one sentence with no relation stated between them. */
export interface TruthDistractor {
  document: string;
  a: string;
  b: string;
  sentence: string;
}

export interface TruthDocument {
  file: string;
  language: Lang;
  format: 'txt' | 'html';
  boilerplate: boolean;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  bytes: number;
}

export interface GroundTruth {
  generator: 'partner-atlas-bench';
  version: 1;
  seed: number;
  count: number;
  companies: TruthCompany[];
  people: TruthPerson[];
  documents: TruthDocument[];
  relations: TruthRelation[];
  distractors: TruthDistractor[];
}

export interface GeneratedFile {
  file: string;
  content: string;
}

export interface Corpus {
  files: GeneratedFile[];
  truth: GroundTruth;
}

export interface GenerateOptions {
  seed?: number;
  dataDir?: string;
}

// ---------------------------------------------------------------------------------------
// Places: real, and written the way the gazetteer reads them in each language.

interface PlaceName {
  /** As written in the text. */
  text: string;
  place: TruthPlace;
  country: string;
}

interface PlacePool {
  /** Places usable after "in" / "en" (en, es); French and German use cities only. */
  byLang: Record<Lang, PlaceName[]>;
  /** English-valid cities by country, for datelines and head offices. */
  citiesByCountry: Map<string, PlaceName[]>;
  /** Lower-cased names of every GeoNames place, so company stems are never places. */
  placeWords: Set<string>;
}

const COUNTRIES = [
  'NO', 'SE', 'FI', 'DK', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'PT', 'IT', 'NL', 'GB', 'IE',
  'PL', 'CZ', 'HU', 'RO', 'GR', 'TR', 'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'ZA',
  'NG', 'KE', 'GH', 'EG', 'MA', 'SN', 'ET', 'TZ', 'IN', 'CN', 'JP', 'KR', 'VN', 'TH', 'ID',
  'MY', 'SG', 'PH', 'AU', 'NZ', 'SA', 'AE', 'QA', 'PK', 'BD',
]; // prettier-ignore
/** English country names that need "the" after "in". */
const EN_ARTICLE = /^(United|Netherlands|Philippines|Czech|Gambia|Bahamas)/;

const placeCache = new Map<string, PlacePool>();

function placePool(g: Gazetteer, dataDir: string): PlacePool {
  const cached = placeCache.get(dataDir);
  if (cached) return cached;
  const byLang: Record<Lang, PlaceName[]> = { en: [], fr: [], de: [], es: [] };
  const citiesByCountry = new Map<string, PlaceName[]>();
  const placeWords = new Set<string>();
  const cities = allCities();
  for (const c of cities) {
    placeWords.add(c.name.toLowerCase());
    for (const w of c.name.toLowerCase().split(/[\s-]+/)) placeWords.add(w);
  }

  const countries = new Map(worldCountries().map((c) => [c.cca2, c]));
  for (const cc of COUNTRIES) {
    const wc = countries.get(cc);
    if (!wc) continue;
    const id = `region:country:${cc}`;
    const name = g.region(id)?.name ?? wc.name.common;
    placeWords.add(wc.name.common.toLowerCase());
    const forms: [Lang, string][] = [
      ['en', wc.name.common],
      ['es', wc.translations['spa']?.common ?? ''],
    ];
    for (const [lang, text] of forms) {
      if (!text || (lang === 'en' && EN_ARTICLE.test(text))) continue;
      if (g.lookup(text, { language: lang })?.id === id)
        byLang[lang].push({ text, place: { name, id }, country: cc });
    }
  }

  const big = cities
    .filter((c) => c.population >= 1_000_000 && !/^PPL[XLHQW]$/.test(c.featureCode))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of big) {
    const id = `region:city:${c.cityId}`;
    for (const lang of ['en', 'fr', 'de', 'es'] as const) {
      const ref = g.lookup(c.name, { language: lang });
      if (ref?.id !== id) continue;
      const entry = { text: c.name, place: { name: ref.name, id }, country: c.country };
      if (byLang[lang].length < 150) byLang[lang].push(entry);
      if (lang === 'en') {
        const list = citiesByCountry.get(c.country) ?? [];
        list.push(entry);
        citiesByCountry.set(c.country, list);
      }
    }
  }
  const pool = { byLang, citiesByCountry, placeWords };
  placeCache.set(dataDir, pool);
  return pool;
}

// ---------------------------------------------------------------------------------------
// Companies and people

interface Home {
  cc: string;
  forms: string[];
  /** Which language its sector words come from. */
  flavour: Lang;
}

const HOMES: Home[] = [
  { cc: 'NO', forms: ['ASA', 'AS'], flavour: 'en' },
  { cc: 'SE', forms: ['AB'], flavour: 'en' },
  { cc: 'FI', forms: ['Oyj', 'Oy'], flavour: 'en' },
  { cc: 'DK', forms: ['A/S'], flavour: 'en' },
  { cc: 'DE', forms: ['GmbH', 'AG', 'SE'], flavour: 'de' },
  { cc: 'AT', forms: ['GmbH', 'AG'], flavour: 'de' },
  { cc: 'CH', forms: ['AG', 'SA'], flavour: 'de' },
  { cc: 'FR', forms: ['SA', 'SAS'], flavour: 'fr' },
  { cc: 'BE', forms: ['SA', 'NV'], flavour: 'fr' },
  { cc: 'MA', forms: ['SA'], flavour: 'fr' },
  { cc: 'SN', forms: ['SA'], flavour: 'fr' },
  { cc: 'ES', forms: ['S.A.', 'S.L.'], flavour: 'es' },
  { cc: 'MX', forms: ['S.A.'], flavour: 'es' },
  { cc: 'CL', forms: ['S.A.', 'SpA'], flavour: 'es' },
  { cc: 'CO', forms: ['S.A.'], flavour: 'es' },
  { cc: 'IT', forms: ['S.p.A.', 'SpA'], flavour: 'en' },
  { cc: 'NL', forms: ['N.V.', 'B.V.'], flavour: 'en' },
  { cc: 'GB', forms: ['plc', 'Limited', 'Ltd'], flavour: 'en' },
  { cc: 'US', forms: ['Inc.', 'Corporation', 'LLC'], flavour: 'en' },
  { cc: 'CA', forms: ['Inc.', 'Ltd.'], flavour: 'en' },
  { cc: 'AU', forms: ['Limited', 'Pty Ltd'], flavour: 'en' },
  { cc: 'SG', forms: ['Pte Ltd', 'Limited'], flavour: 'en' },
  { cc: 'JP', forms: ['Corporation', 'K.K.'], flavour: 'en' },
  { cc: 'IN', forms: ['Limited'], flavour: 'en' },
  { cc: 'ZA', forms: ['Limited'], flavour: 'en' },
  { cc: 'NG', forms: ['Plc', 'Limited'], flavour: 'en' },
  { cc: 'KE', forms: ['Limited'], flavour: 'en' },
  { cc: 'BR', forms: ['S.A.'], flavour: 'en' },
];

const SECTORS: Record<Lang, string[]> = {
  en: [
    'Energy', 'Networks', 'Logistics', 'Foods', 'Capital', 'Pharma', 'Systems', 'Technologies',
    'Telecom', 'Mining', 'Shipping', 'Steel', 'Chemicals', 'Software', 'Electronics',
    'Industries', 'Resources', 'Semiconductors', 'Motors', 'Airlines', 'Ventures', 'Robotics',
    'Solar', 'Cables', 'Insurance', 'Communications',
  ],
  fr: ['Énergies', 'Télécom', 'Industries', 'Technologies', 'Solutions', 'Systèmes', 'Logistique'],
  de: ['Energie', 'Logistik', 'Technik', 'Telekom', 'Chemie', 'Stahl', 'Maschinenbau', 'Systeme'],
  es: ['Energía', 'Logística', 'Telecomunicaciones', 'Tecnologías', 'Soluciones', 'Infraestructuras'],
}; // prettier-ignore
const DESIGNATORS = ['Holdings', 'Group'];

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'h', 'j']; // prettier-ignore
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ia', 'io'];
const CODAS = ['n', 'r', 'l', 's', 'x', 'rk', 'nd', 'v', 'm', 'st', 'sk', 'ra', 'na'];
/** Upper-case words an acronym must not be. */
const RESERVED_ACRONYMS = new Set(
  'CEO CFO CTO COO CIO CMO SVP EVP USA GDP EUR USD GBP ICT LNG ESG IPO MOU SAS LTD INC PLC AGM KPI API VAT NEW THE AND FOR NOT ONE TWO BUT ALL ARE WAS HAS OUR YOU ITS MRS DER DIE DAS UND LES DES UNE LOS LAS CON POR SUR AUX EST ONU UNO OTAN NATO'.split(
    ' ',
  ),
);

interface FirstNames {
  m: string[];
  f: string[];
  last: string[];
}
const NAMES: Record<Lang | 'nordic', FirstNames> = {
  en: {
    m: ['James', 'Robert', 'Michael', 'David', 'Richard', 'Thomas', 'Daniel', 'Andrew', 'Mark', 'Paul', 'Steven', 'Kevin', 'Brian', 'George', 'Edward', 'Peter', 'Simon', 'Martin', 'Oliver', 'Samuel'],
    f: ['Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Nancy', 'Emily', 'Rachel', 'Laura', 'Helen', 'Fiona', 'Grace', 'Alice', 'Claire', 'Hannah', 'Megan'],
    last: ['Whitfield', 'Ashworth', 'Pemberton', 'Hargreaves', 'Caldwell', 'Thornton', 'Blackwood', 'Fairbanks', 'Holloway', 'Kensington', 'Merriweather', 'Prescott', 'Rutherford', 'Stanhope', 'Wexley', 'Aldridge', 'Bramley', 'Cartwright', 'Dunmore', 'Ellsworth', 'Fenwick', 'Garroway', 'Hollister', 'Lockhart', 'Marlow', 'Northcott', 'Oakes', 'Radcliffe', 'Sterling', 'Tennant'],
  },
  fr: {
    m: ['Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Nicolas', 'Christophe', 'Laurent', 'Olivier', 'Julien', 'Mathieu', 'Antoine', 'Guillaume', 'Thierry', 'Benoît', 'Yannick', 'Arnaud', 'Sébastien', 'Rémi', 'Cédric'],
    f: ['Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Sophie', 'Céline', 'Camille', 'Aurélie', 'Julie', 'Émilie', 'Hélène', 'Claire', 'Valérie', 'Sandrine', 'Élodie', 'Mathilde', 'Pauline', 'Agnès', 'Delphine'],
    last: ['Fontaine', 'Lefebvre', 'Moreau', 'Garnier', 'Chevalier', 'Marchand', 'Lemoine', 'Renaud', 'Brunet', 'Rousseau', 'Vasseur', 'Delorme', 'Perrin', 'Gauthier', 'Lacroix', 'Boucher', 'Carpentier', 'Dufresne', 'Leclerc', 'Mercier', 'Picard', 'Roussel', 'Tessier', 'Vidal', 'Masson', 'Barbier', 'Charpentier', 'Morel', 'Noël', 'Joly'],
  },
  de: {
    m: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Markus', 'Frank', 'Jürgen', 'Klaus', 'Matthias', 'Tobias', 'Florian', 'Sebastian', 'Jörg', 'Uwe', 'Dirk', 'Holger', 'Ralf', 'Christian', 'Volker', 'Bernd'],
    f: ['Sabine', 'Claudia', 'Susanne', 'Andrea', 'Petra', 'Katrin', 'Anja', 'Julia', 'Stefanie', 'Birgit', 'Monika', 'Ulrike', 'Kerstin', 'Silke', 'Heike', 'Nicole', 'Tanja', 'Simone', 'Martina', 'Bettina'],
    last: ['Hofmann', 'Schäfer', 'Becker', 'Wagner', 'Zimmermann', 'Krüger', 'Hartmann', 'Lehmann', 'Schmitt', 'Wolff', 'Brandt', 'Vogel', 'Engel', 'Kühn', 'Seidel', 'Sommer', 'Lorenz', 'Winkler', 'Ziegler', 'Böhm', 'Franke', 'Albrecht', 'Graf', 'Kaiser', 'Pohl', 'Roth', 'Voigt', 'Arnold', 'Beck', 'Haas'],
  },
  es: {
    m: ['José', 'Antonio', 'Manuel', 'Francisco', 'Javier', 'Miguel', 'Alejandro', 'Rafael', 'Fernando', 'Pablo', 'Sergio', 'Jorge', 'Alberto', 'Diego', 'Andrés', 'Ricardo', 'Emilio', 'Gonzalo', 'Ignacio', 'Rodrigo'],
    f: ['María', 'Carmen', 'Ana', 'Isabel', 'Laura', 'Cristina', 'Marta', 'Lucía', 'Elena', 'Paula', 'Beatriz', 'Raquel', 'Silvia', 'Patricia', 'Rocío', 'Alicia', 'Natalia', 'Irene', 'Pilar', 'Teresa'],
    last: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Blanco', 'Molina', 'Morales', 'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Medina', 'Garrido'],
  },
  nordic: {
    m: ['Lars', 'Anders', 'Erik', 'Magnus', 'Henrik', 'Johan', 'Nils', 'Olav', 'Sven', 'Mikael', 'Jonas', 'Fredrik', 'Kristian', 'Per', 'Rune'],
    f: ['Ingrid', 'Astrid', 'Sigrid', 'Karin', 'Liv', 'Maja', 'Solveig', 'Hanna', 'Linnea', 'Frida', 'Tove', 'Elin', 'Kari', 'Ragnhild', 'Siri'],
    last: ['Lindqvist', 'Haugen', 'Johansen', 'Berglund', 'Nyström', 'Solberg', 'Lundgren', 'Eklund', 'Dahlberg', 'Strand', 'Holm', 'Bakke', 'Sandvik', 'Aalto', 'Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Hedlund', 'Vik'],
  },
}; // prettier-ignore

type RoleKey = 'ceo' | 'md' | 'president';
const ROLE_TITLES: Record<RoleKey, Record<Lang, [string, string]>> = {
  ceo: {
    en: ['Chief Executive Officer', 'Chief Executive Officer'],
    fr: ['directeur général', 'directrice générale'],
    de: ['Vorstandsvorsitzender', 'Vorstandsvorsitzende'],
    es: ['consejero delegado', 'consejera delegada'],
  },
  md: {
    en: ['Managing Director', 'Managing Director'],
    fr: ['président-directeur général', 'présidente-directrice générale'],
    de: ['Geschäftsführer', 'Geschäftsführerin'],
    es: ['director general', 'directora general'],
  },
  president: {
    en: ['President', 'President'],
    fr: ['président', 'présidente'],
    de: ['Präsident', 'Präsidentin'],
    es: ['presidente', 'presidenta'],
  },
};

interface Company extends TruthCompany {
  home: Home;
  /** English name of the head-office city, when the country has one we can write. */
  city?: PlaceName;
  person?: Person;
}

interface Person {
  name: string;
  female: boolean;
  role: RoleKey;
  company: Company;
}

// ---------------------------------------------------------------------------------------
// Text resources per language

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
}; // prettier-ignore

const PRODUCTS: Record<Lang, string[]> = {
  en: ['wind turbines', 'fibre-optic cable', 'battery cells', 'radio equipment', 'industrial robots', 'solar panels', 'steel pipes', 'cloud servers', 'electric buses', 'power transformers'],
  fr: ['éoliennes', 'câbles en fibre optique', 'cellules de batterie', 'équipements radio', 'robots industriels', 'panneaux solaires', 'serveurs', 'transformateurs'],
  de: ['Windturbinen', 'Glasfaserkabel', 'Batteriezellen', 'Funkanlagen', 'Industrieroboter', 'Solarmodule', 'Stahlrohre', 'Transformatoren'],
  es: ['turbinas eólicas', 'cable de fibra óptica', 'celdas de batería', 'equipos de radio', 'robots industriales', 'paneles solares', 'tubos de acero', 'transformadores'],
}; // prettier-ignore

const PURPOSES: Record<Lang, string[]> = {
  en: ['develop offshore wind capacity', 'build a fibre network', 'expand electric vehicle charging', 'modernise port logistics', 'develop green hydrogen projects', 'roll out 5G services', 'build data storage capacity', 'improve cold-chain distribution'],
  fr: ['développer des parcs éoliens', 'déployer un réseau de fibre optique', 'étendre la recharge des véhicules électriques', 'moderniser la logistique portuaire', 'produire de l’hydrogène vert', 'lancer des services 5G'],
  de: ['Offshore-Windparks', 'Glasfasernetze', 'Ladeinfrastruktur für Elektroautos', 'Hafenlogistik', 'grünen Wasserstoff', '5G-Dienste'],
  es: ['desarrollar parques eólicos', 'desplegar una red de fibra óptica', 'ampliar la recarga de vehículos eléctricos', 'modernizar la logística portuaria', 'producir hidrógeno verde', 'lanzar servicios 5G'],
}; // prettier-ignore

const QUOTES: Record<Lang, string[]> = {
  en: ['This is an important step for our customers', 'We are proud of what our teams have achieved', 'The project will create hundreds of local jobs', 'Demand in the region keeps growing', 'We see strong potential in this market'],
  fr: ['C’est une étape importante pour nos clients', 'Nous sommes fiers du travail de nos équipes', 'Le projet créera des centaines d’emplois locaux', 'La demande ne cesse de croître dans la région'],
  de: ['Das ist ein wichtiger Schritt für unsere Kunden', 'Wir sind stolz auf die Arbeit unserer Teams', 'Das Projekt schafft Hunderte Arbeitsplätze vor Ort', 'Die Nachfrage in der Region wächst weiter'],
  es: ['Es un paso importante para nuestros clientes', 'Estamos orgullosos del trabajo de nuestros equipos', 'El proyecto creará cientos de empleos locales', 'La demanda en la región sigue creciendo'],
}; // prettier-ignore

/** Background sentences naming no company (a quarter of them name a country or city). */
const FILLER: Record<Lang, string[]> = {
  en: [
    'Demand for electricity in the region is expected to grow by about {n} percent a year until the end of the decade.',
    'Analysts say rising interest rates have slowed some infrastructure projects, although public funding remains available.',
    'The market for industrial equipment has consolidated over the past five years, with larger groups buying specialised suppliers.',
    'Regulators have promised faster permits for grid connections, which have long been a bottleneck for new projects.',
    'Freight costs fell sharply last year after two years of disruption, easing pressure on manufacturers.',
    'Industry groups estimate that {n} billion dollars of investment will be needed to meet the targets.',
    'Several governments have introduced tax credits for domestic production of batteries and solar components.',
    'Competition for skilled engineers remains intense, and many firms are expanding their training programmes.',
    'The first phase of the programme is due to be completed within three years, according to the plan published on Monday.',
    'Financial terms were not disclosed.',
    'The announcement comes amid a wave of similar deals across the sector.',
    'Operators are under pressure to cut emissions while keeping prices affordable for households.',
    'Trade volumes with {place} have risen steadily since the new customs rules took effect.',
    'Construction is expected to start once the environmental review is complete.',
    'The companies did not say how many jobs would be created.',
    'Prices for key raw materials have been volatile, which complicates long-term planning.',
    'The company plans to hire additional engineers and expand its service teams over the next two years.',
    'Demand from utilities and industrial customers has recovered after a weak first half.',
    'Local authorities welcomed the project, which is expected to bring new tax revenue to the region.',
    'Executives said the move fits a strategy of focusing on markets with long-term growth potential.',
    'Supply chains for electronic components remain tight, although delivery times have shortened.',
    'The sector employs more than {n} thousand people, according to the national statistics office.',
    'Investors have become more selective, favouring projects with stable cash flows.',
    'Several smaller competitors have exited the market in recent years.',
  ],
  fr: [
    'La demande d’électricité dans la région devrait progresser d’environ {n} % par an d’ici la fin de la décennie.',
    'Selon les analystes, la hausse des taux d’intérêt a ralenti plusieurs projets d’infrastructure.',
    'Le marché des équipements industriels s’est fortement concentré au cours des cinq dernières années.',
    'Les autorités ont promis d’accélérer les autorisations de raccordement au réseau électrique.',
    'Les coûts du fret ont nettement baissé l’an dernier, ce qui soulage les industriels.',
    'Les montants de la transaction n’ont pas été communiqués.',
    'Cette annonce s’inscrit dans une vague d’opérations similaires dans le secteur.',
    'Les travaux devraient commencer une fois l’étude d’impact environnemental terminée.',
    'Les échanges commerciaux avec {place} progressent régulièrement depuis plusieurs années.',
    'La concurrence pour recruter des ingénieurs qualifiés reste très vive.',
    'Plusieurs gouvernements ont adopté des crédits d’impôt pour la production locale de batteries.',
    'La première phase du programme doit être achevée d’ici trois ans.',
    'L’entreprise prévoit de recruter des ingénieurs supplémentaires au cours des deux prochaines années.',
    'La demande des industriels s’est redressée après un premier semestre difficile.',
    'Les collectivités locales ont salué le projet, qui devrait générer de nouvelles recettes fiscales.',
    'Les dirigeants estiment que cette opération s’inscrit dans une stratégie de croissance à long terme.',
    'Les chaînes d’approvisionnement en composants électroniques restent tendues.',
    'Le secteur emploie plus de {n} mille personnes, selon l’institut national de la statistique.',
    'Les investisseurs sont devenus plus sélectifs et privilégient les projets aux revenus stables.',
    'Plusieurs concurrents plus petits ont quitté le marché ces dernières années.',
  ],
  de: [
    'Die Stromnachfrage in der Region soll bis zum Ende des Jahrzehnts um rund {n} Prozent pro Jahr steigen.',
    'Nach Einschätzung von Analysten haben steigende Zinsen einige Infrastrukturprojekte verzögert.',
    'Der Markt für Industrieausrüstung hat sich in den vergangenen fünf Jahren stark konsolidiert.',
    'Die Behörden haben schnellere Genehmigungen für Netzanschlüsse versprochen.',
    'Die Frachtkosten sind im vergangenen Jahr deutlich gesunken, was die Hersteller entlastet.',
    'Finanzielle Details wurden nicht genannt.',
    'Die Ankündigung reiht sich in eine Serie ähnlicher Geschäfte in der Branche ein.',
    'Der Bau soll beginnen, sobald die Umweltprüfung abgeschlossen ist.',
    'Der Handel mit {place} wächst seit einigen Jahren stetig.',
    'Der Wettbewerb um qualifizierte Ingenieure bleibt hart.',
    'Mehrere Regierungen fördern die heimische Produktion von Batterien mit Steuergutschriften.',
    'Die erste Phase des Programms soll innerhalb von drei Jahren abgeschlossen sein.',
    'Das Unternehmen will in den kommenden zwei Jahren zusätzliche Ingenieure einstellen.',
    'Die Nachfrage aus der Industrie hat sich nach einem schwachen ersten Halbjahr erholt.',
    'Die Kommunen begrüßten das Projekt, das zusätzliche Steuereinnahmen bringen soll.',
    'Nach Angaben der Geschäftsleitung passt der Schritt zur langfristigen Wachstumsstrategie.',
    'Die Lieferketten für elektronische Bauteile bleiben angespannt, auch wenn sich die Lieferzeiten verkürzt haben.',
    'Die Branche beschäftigt nach Angaben des Statistikamts mehr als {n} tausend Menschen.',
    'Investoren sind wählerischer geworden und bevorzugen Projekte mit stabilen Erträgen.',
    'Mehrere kleinere Wettbewerber haben sich in den vergangenen Jahren aus dem Markt zurückgezogen.',
  ],
  es: [
    'Se espera que la demanda de electricidad en la región crezca alrededor de un {n} % anual hasta el final de la década.',
    'Según los analistas, la subida de los tipos de interés ha frenado algunos proyectos de infraestructura.',
    'El mercado de equipos industriales se ha concentrado mucho en los últimos cinco años.',
    'Las autoridades han prometido agilizar los permisos de conexión a la red eléctrica.',
    'Los costes del transporte de mercancías bajaron con fuerza el año pasado.',
    'No se dieron a conocer los términos financieros de la operación.',
    'El anuncio se produce en medio de una ola de operaciones similares en el sector.',
    'Las obras comenzarán una vez concluida la evaluación ambiental.',
    'El comercio con {place} ha crecido de forma constante en los últimos años.',
    'La competencia por contratar ingenieros cualificados sigue siendo intensa.',
    'Varios gobiernos han aprobado créditos fiscales para la producción local de baterías.',
    'La primera fase del programa deberá completarse en un plazo de tres años.',
    'La empresa prevé contratar más ingenieros durante los próximos dos años.',
    'La demanda de los clientes industriales se ha recuperado tras un primer semestre débil.',
    'Las autoridades locales celebraron el proyecto, que aportará nuevos ingresos fiscales a la región.',
    'Los directivos señalaron que la operación encaja en una estrategia de crecimiento a largo plazo.',
    'Las cadenas de suministro de componentes electrónicos siguen tensionadas.',
    'El sector emplea a más de {n} mil personas, según el instituto nacional de estadística.',
    'Los inversores se han vuelto más selectivos y prefieren proyectos con ingresos estables.',
    'Varios competidores más pequeños han abandonado el mercado en los últimos años.',
  ],
}; // prettier-ignore

const BOILERPLATE: Record<
  Lang,
  { nav: string[]; related: string; newsletter: string; cookies: string; rights: string; publishers: string[]; teasers: string[] }
> = {
  en: {
    nav: ['Home', 'News', 'Markets', 'Energy', 'Technology', 'Opinion', 'Contact'],
    related: 'Related articles',
    newsletter: 'Sign up for our newsletter',
    cookies: 'We use cookies to improve your experience. By using our website, you consent to our use of cookies.',
    rights: 'All rights reserved.',
    publishers: ['Industry Ledger', 'Pacific Trade Daily', 'Global Markets Wire', 'Northern Business Review'],
    teasers: ['{C} opens new office in {city}', '{C} names new chief financial officer', '{C} reports record quarterly revenue', 'Five trends shaping the energy market this year'],
  },
  fr: {
    nav: ['Accueil', 'Actualités', 'Marchés', 'Énergie', 'Technologies', 'Contact'],
    related: 'Articles similaires',
    newsletter: 'Inscrivez-vous à notre newsletter',
    cookies: 'Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez l’utilisation de cookies.',
    rights: 'Tous droits réservés.',
    publishers: ['La Lettre des Marchés', 'Le Courrier Industriel', 'Économie Hebdo'],
    teasers: ['{C} ouvre un nouveau bureau à {city}', '{C} nomme un nouveau directeur financier', '{C} publie un chiffre d’affaires record'],
  },
  de: {
    nav: ['Startseite', 'Nachrichten', 'Märkte', 'Energie', 'Technik', 'Kontakt'],
    related: 'Verwandte Artikel',
    newsletter: 'Melden Sie sich für unseren Newsletter an',
    cookies: 'Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie der Verwendung von Cookies zu.',
    rights: 'Alle Rechte vorbehalten.',
    publishers: ['Wirtschaftsblatt Online', 'Industrie Kurier', 'Markt und Technik Heute'],
    teasers: ['{C} eröffnet neues Büro in {city}', '{C} meldet Rekordumsatz', '{C} ernennt neuen Finanzvorstand'],
  },
  es: {
    nav: ['Inicio', 'Noticias', 'Mercados', 'Empresas', 'Tecnología', 'Contacto'],
    related: 'Noticias relacionadas',
    newsletter: 'Suscríbase a nuestro boletín',
    cookies: 'Utilizamos cookies para mejorar su experiencia. Al navegar por nuestro sitio, usted acepta el uso de cookies.',
    rights: 'Todos los derechos reservados.',
    publishers: ['Diario de Mercados', 'Revista Industrial', 'Economía al Día'],
    teasers: ['{C} abre una nueva oficina en {city}', '{C} registra ingresos récord', '{C} nombra nuevo director financiero'],
  },
}; // prettier-ignore

// ---------------------------------------------------------------------------------------
// Relation and distractor sentences. {A} and {B} are company mentions; the year and place
// phrases may be empty, so every template reads well without them.

interface Slots {
  A: string;
  B: string;
  /** " in 2019" / " en 2019" / " im Jahr 2019", or "". */
  Y: string;
  /** The bare year, or "" (for "from 2019"-style templates). */
  year: string;
  /** " in Poland" / " à Lyon", or "". */
  P: string;
  product: string;
  purpose: string;
  amount: string;
}

type Template = (s: Slots) => string;
/** {A} is always the relation's source; `order` says which the text names first. */
interface RelationTemplate {
  text: Template;
  order: 'AB' | 'BA';
  /** The template cannot hold a year or a place. */
  noYear?: boolean;
  noPlace?: boolean;
}

const fwd = (text: Template, extra: Partial<RelationTemplate> = {}): RelationTemplate => ({
  text,
  order: 'AB',
  ...extra,
});
const bwd = (text: Template, extra: Partial<RelationTemplate> = {}): RelationTemplate => ({
  text,
  order: 'BA',
  ...extra,
});

const RELATIONS: Record<Lang, Record<BenchRelationType, RelationTemplate[]>> = {
  en: {
    partnership: [
      fwd((s) => `${s.A} has signed a strategic partnership agreement with ${s.B} to ${s.purpose}${s.P}${s.Y}.`),
      fwd((s) => `${s.A} and ${s.B} signed a memorandum of understanding${s.Y} to ${s.purpose}${s.P}.`),
      fwd((s) => `${s.A} has partnered with ${s.B} to ${s.purpose}${s.P}${s.Y}.`),
    ],
    supply: [
      fwd((s) => `${s.A} will supply ${s.product} to ${s.B}${s.P}${s.year ? ` from ${s.year}` : ''}.`),
      fwd((s) => `${s.A} supplied ${s.product} to ${s.B} for a new plant${s.P}${s.Y}.`),
    ],
    subsidiary: [
      fwd((s) => `${s.A}, a subsidiary of ${s.B}, opened a new facility${s.P}${s.Y}.`),
      fwd((s) => `${s.A} is a subsidiary of ${s.B}.`, { noYear: true, noPlace: true }),
    ],
    joint_venture: [
      fwd((s) => `${s.A} and ${s.B} have formed a joint venture to ${s.purpose}${s.P}${s.Y}.`),
      fwd((s) => `${s.A} set up a joint venture with ${s.B}${s.P}${s.Y}.`),
    ],
    investment: [
      fwd((s) => `${s.A} invested ${s.amount} in ${s.B}${s.Y}.`, { noPlace: true }),
      fwd((s) => `${s.A} took a stake in ${s.B}${s.Y}.`, { noPlace: true }),
    ],
    acquisition: [
      fwd((s) => `${s.A} acquired ${s.B} for ${s.amount}${s.Y}.`, { noPlace: true }),
      bwd((s) => `${s.B} was acquired by ${s.A}${s.Y}.`, { noPlace: true }),
    ],
  },
  fr: {
    partnership: [
      fwd((s) => `${s.A} a signé un accord de partenariat avec ${s.B}${s.Y} pour ${s.purpose}${s.P}.`),
      fwd((s) => `${s.A} et ${s.B} ont signé un protocole d’accord${s.Y} pour ${s.purpose}${s.P}.`),
    ],
    supply: [
      fwd((s) => `${s.A} fournit des ${s.product} à ${s.B}${s.P}${s.year ? ` depuis ${s.year}` : ''}.`),
    ],
    subsidiary: [
      fwd((s) => `${s.A}, filiale de ${s.B}, a ouvert un nouveau site${s.P}${s.Y}.`),
      fwd((s) => `${s.A} est une filiale de ${s.B}.`, { noYear: true, noPlace: true }),
    ],
    joint_venture: [
      fwd((s) => `${s.A} et ${s.B} ont créé une coentreprise${s.P}${s.Y}.`),
    ],
    investment: [
      fwd((s) => `${s.A} investit ${s.amount} dans ${s.B}${s.Y}.`, { noPlace: true }),
    ],
    acquisition: [
      fwd((s) => `${s.A} rachète ${s.B} pour ${s.amount}${s.Y}.`, { noPlace: true }),
      bwd((s) => `${s.B} a été rachetée par ${s.A}${s.Y}.`, { noPlace: true }),
    ],
  },
  de: {
    partnership: [
      fwd((s) => `${s.A} und ${s.B} haben${s.Y} eine Partnerschaft für ${s.purpose}${s.P} vereinbart.`),
      fwd((s) => `${s.A} hat${s.Y} eine Kooperation mit ${s.B}${s.P} vereinbart.`),
    ],
    supply: [
      fwd((s) => `${s.A} liefert${s.year ? ` seit ${s.year}` : ''} ${s.product} an ${s.B}${s.P}.`),
    ],
    subsidiary: [
      fwd((s) => `${s.A}, eine Tochtergesellschaft von ${s.B}, hat${s.Y} ein neues Werk${s.P} eröffnet.`),
      fwd((s) => `${s.A} ist eine Tochtergesellschaft von ${s.B}.`, { noYear: true, noPlace: true }),
    ],
    joint_venture: [
      fwd((s) => `${s.A} und ${s.B} gründen${s.Y} ein Gemeinschaftsunternehmen${s.P}.`),
    ],
    investment: [
      fwd((s) => `${s.A} investiert${s.Y} ${s.amount} in ${s.B}.`, { noPlace: true }),
    ],
    acquisition: [
      fwd((s) => `${s.A} übernimmt${s.Y} ${s.B} für ${s.amount}.`, { noPlace: true }),
    ],
  },
  es: {
    partnership: [
      fwd((s) => `${s.A} firmó un acuerdo de colaboración con ${s.B}${s.Y} para ${s.purpose}${s.P}.`),
      fwd((s) => `${s.A} y ${s.B} firmaron un memorando de entendimiento${s.Y} para ${s.purpose}${s.P}.`),
    ],
    supply: [
      fwd((s) => `${s.A} suministra ${s.product} a ${s.B}${s.P}${s.year ? ` desde ${s.year}` : ''}.`),
    ],
    subsidiary: [
      fwd((s) => `${s.A}, filial de ${s.B}, abrió una nueva planta${s.P}${s.Y}.`),
      fwd((s) => `${s.A} es una filial de ${s.B}.`, { noYear: true, noPlace: true }),
    ],
    joint_venture: [
      fwd((s) => `${s.A} y ${s.B} crearon una empresa conjunta${s.P}${s.Y}.`),
    ],
    investment: [
      fwd((s) => `${s.A} invierte ${s.amount} en ${s.B}${s.Y}.`, { noPlace: true }),
    ],
    acquisition: [
      fwd((s) => `${s.A} adquirió ${s.B} por ${s.amount}${s.Y}.`, { noPlace: true }),
      bwd((s) => `${s.B} fue adquirida por ${s.A}${s.Y}.`, { noPlace: true }),
    ],
  },
}; // prettier-ignore

const DISTRACTORS: Record<Lang, Template[]> = {
  en: [
    (s) => `${s.A} and ${s.B} both won separate contracts from the national grid operator last year.`,
    (s) => `${s.A} and ${s.B} are among the exhibitors at this year's trade fair${s.P}.`,
    (s) => `Shares of ${s.A} rose 4% on Tuesday, while ${s.B} lost 2%.`,
  ],
  fr: [
    (s) => `${s.A} et ${s.B} figurent parmi les exposants du salon organisé${s.P}.`,
    (s) => `L’action ${s.A} a gagné 3 % mardi, tandis que celle de ${s.B} a reculé de 1 %.`,
  ],
  de: [
    (s) => `${s.A} und ${s.B} gehören zu den Ausstellern der Messe${s.P}.`,
    (s) => `Die Aktie von ${s.A} stieg am Dienstag um 3 Prozent, während ${s.B} 1 Prozent verlor.`,
  ],
  es: [
    (s) => `${s.A} y ${s.B} figuran entre los expositores de la feria celebrada${s.P}.`,
    (s) => `Las acciones de ${s.A} subieron un 3 % el martes, mientras que las de ${s.B} cayeron un 1 %.`,
  ],
}; // prettier-ignore

const HEADLINES: Record<Lang, Record<BenchRelationType, (a: string, b: string) => string>> = {
  en: {
    partnership: (a, b) => `${a} and ${b} team up`,
    supply: (a, b) => `${a} wins order from ${b}`,
    subsidiary: (a) => `${a} opens new facility`,
    joint_venture: (a, b) => `${a} and ${b} form joint venture`,
    investment: (a, b) => `${a} invests in ${b}`,
    acquisition: (a, b) => `${a} to buy ${b}`,
  },
  fr: {
    partnership: (a, b) => `${a} et ${b} s’allient`,
    supply: (a, b) => `${a} décroche une commande de ${b}`,
    subsidiary: (a) => `${a} inaugure un nouveau site`,
    joint_venture: (a, b) => `${a} et ${b} créent une coentreprise`,
    investment: (a, b) => `${a} investit dans ${b}`,
    acquisition: (a, b) => `${a} rachète ${b}`,
  },
  de: {
    partnership: (a, b) => `${a} und ${b} arbeiten zusammen`,
    supply: (a, b) => `${a} erhält Auftrag von ${b}`,
    subsidiary: (a) => `${a} eröffnet neues Werk`,
    joint_venture: (a, b) => `${a} und ${b} gründen Gemeinschaftsunternehmen`,
    investment: (a, b) => `${a} investiert in ${b}`,
    acquisition: (a, b) => `${a} übernimmt ${b}`,
  },
  es: {
    partnership: (a, b) => `${a} y ${b} se alían`,
    supply: (a, b) => `${a} gana un pedido de ${b}`,
    subsidiary: (a) => `${a} abre una nueva planta`,
    joint_venture: (a, b) => `${a} y ${b} crean una empresa conjunta`,
    investment: (a, b) => `${a} invierte en ${b}`,
    acquisition: (a, b) => `${a} adquiere ${b}`,
  },
};

const YEAR_PHRASE: Record<Lang, (y: number) => string> = {
  en: (y) => ` in ${y}`,
  fr: (y) => ` en ${y}`,
  de: (y) => ` im Jahr ${y}`,
  es: (y) => ` en ${y}`,
};
const PLACE_PHRASE: Record<Lang, (p: string) => string> = {
  en: (p) => ` in ${p}`,
  fr: (p) => ` à ${p}`,
  de: (p) => ` in ${p}`,
  es: (p) => ` en ${p}`,
};

/** "… von Ribro Telecom B.V.." -> one full stop, as a writer would put it. */
const tidy = (sentence: string) => sentence.replace(/\.\.$/, '.');

function amount(r: Random, lang: Lang): string {
  const n = r.pick([12, 25, 40, 75, 120, 250, 480, 900]);
  const cur = r.pick(['dollars', 'euros']);
  switch (lang) {
    case 'en':
      return cur === 'dollars' ? `$${n} million` : `€${n} million`;
    case 'fr':
      return `${n} millions ${cur === 'dollars' ? 'de dollars' : 'd’euros'}`;
    case 'de':
      return `${n} Millionen ${cur === 'dollars' ? 'Dollar' : 'Euro'}`;
    case 'es':
      return `${n} millones de ${cur === 'dollars' ? 'dólares' : 'euros'}`;
  }
}

function dateline(lang: Lang, city: string, y: number, m: number, d: number): string {
  const month = MONTHS[lang][m - 1] ?? '';
  switch (lang) {
    case 'en':
      return `${city.toUpperCase()}, ${month} ${d}, ${y} —`;
    case 'fr':
      return `${city}, le ${d} ${month} ${y} —`;
    case 'de':
      return `${city}, ${d}. ${month} ${y} –`;
    case 'es':
      return `${city}, ${d} de ${month} de ${y} —`;
  }
}

function quote(lang: Lang, text: string, person: string, title: string, org: string): string {
  switch (lang) {
    case 'en':
      return `“${text},” said ${person}, ${title} of ${org}.`;
    case 'fr':
      return `« ${text} », a déclaré ${person}, ${title} de ${org}.`;
    case 'de':
      return `„${text}“, sagte ${person}, ${title} der ${org}.`;
    case 'es':
      return `«${text}», afirmó ${person}, ${title} de ${org}.`;
  }
}

function profile(lang: Lang, org: string, employees: number): string {
  switch (lang) {
    case 'en':
      return `${org} employs about ${employees} people.`;
    case 'fr':
      return `${org} emploie environ ${employees} personnes.`;
    case 'de':
      return `${org} beschäftigt rund ${employees} Mitarbeiter.`;
    case 'es':
      return `${org} emplea a unas ${employees} personas.`;
  }
}

// ---------------------------------------------------------------------------------------
// The generator

class World {
  readonly companies: Company[] = [];
  readonly people: Person[] = [];
  private readonly stems = new Set<string>();
  private readonly acronyms = new Set<string>();
  private readonly personNames = new Set<string>();

  constructor(
    private readonly r: Random,
    private readonly places: PlacePool,
    private readonly g: Gazetteer,
    size: number,
  ) {
    while (this.companies.length < size) this.companies.push(this.company());
  }

  private stem(): string {
    for (;;) {
      const syllables = this.r.chance(0.7) ? 2 : 3;
      let s = '';
      for (let i = 0; i < syllables; i++) s += this.r.pick(ONSETS) + this.r.pick(VOWELS);
      s += this.r.pick(CODAS);
      const stem = s.charAt(0).toUpperCase() + s.slice(1);
      const key = stem.toLowerCase();
      if (stem.length < 5 || stem.length > 10 || this.stems.has(key)) continue;
      if (this.places.placeWords.has(key)) continue;
      if (['en', 'fr', 'de', 'es'].some((language) => this.g.lookup(stem, { language }))) continue;
      this.stems.add(key);
      return stem;
    }
  }

  private acronymFor(words: string[], stem: string): string | undefined {
    const second = stem.slice(1).match(/[bcdfghjklmnpqrstvwxz]/i)?.[0] ?? '';
    const letters =
      words.length >= 3
        ? words.map((w) => w.charAt(0)).join('')
        : `${stem.charAt(0)}${second}${words[1]?.charAt(0) ?? ''}`;
    const acr = letters
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase();
    if (acr.length < 3 || this.acronyms.has(acr) || RESERVED_ACRONYMS.has(acr)) return undefined;
    if (this.places.placeWords.has(acr.toLowerCase())) return undefined;
    if (['en', 'fr', 'de', 'es'].some((language) => this.g.lookup(acr, { language })))
      return undefined;
    this.acronyms.add(acr);
    return acr;
  }

  private company(): Company {
    const home = this.r.pick(HOMES);
    const stem = this.stem();
    const words = [stem];
    if (home.flavour === 'es' && this.r.chance(0.2)) words.unshift(this.r.pick(['Grupo', 'Banco']));
    else if (this.r.chance(0.85)) words.push(this.r.pick(SECTORS[home.flavour]));
    if (words.length === 2 && home.flavour === 'en' && this.r.chance(0.12))
      words.push(this.r.pick(DESIGNATORS));
    const name = words.join(' ');
    const legalName = `${name} ${this.r.pick(home.forms)}`;
    const acronym =
      words.length >= 2 && this.r.chance(0.4) ? this.acronymFor(words, stem) : undefined;
    const cities = this.places.citiesByCountry.get(home.cc);
    const city = cities?.length ? this.r.pick(cities.slice(0, 4)) : undefined;
    return {
      name,
      legalName,
      ...(acronym ? { acronym } : {}),
      country: home.cc,
      home,
      ...(city ? { city } : {}),
    };
  }

  personFor(c: Company): Person {
    if (c.person) return c.person;
    const pool = ['NO', 'SE', 'FI', 'DK'].includes(c.home.cc)
      ? NAMES.nordic
      : NAMES[c.home.flavour];
    for (;;) {
      const female = this.r.chance(0.45);
      const name = `${this.r.pick(female ? pool.f : pool.m)} ${this.r.pick(pool.last)}`;
      if (this.personNames.has(name)) {
        // Pools are finite: fall back to a middle initial, still unique.
        const initial = String.fromCharCode(65 + this.r.int(26));
        const alt = name.replace(' ', ` ${initial}. `);
        if (this.personNames.has(alt)) continue;
        return this.hire(c, alt, female);
      }
      return this.hire(c, name, female);
    }
  }

  private hire(c: Company, name: string, female: boolean): Person {
    this.personNames.add(name);
    const person: Person = {
      name,
      female,
      role: this.r.pick(['ceo', 'md', 'president']),
      company: c,
    };
    c.person = person;
    this.people.push(person);
    return person;
  }

  /** Zipf-like: a few companies are in the news all the time. */
  pickCompany(exclude: readonly Company[] = []): Company {
    for (;;) {
      const n = this.companies.length;
      // Half uniform, half log-uniform over the ranks (a heavy head).
      const i = this.r.chance(0.5) ? this.r.int(n) : Math.floor(n ** this.r.next()) - 1;
      const c = this.companies[Math.min(n - 1, Math.max(0, i))] as Company;
      if (!exclude.includes(c)) return c;
    }
  }
}

interface DocumentPlan {
  file: string;
  lang: Lang;
  format: 'txt' | 'html';
  boilerplate: boolean;
  year: number;
  month: number;
  day: number;
}

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

function generateDocument(
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

function teasers(r: Random, world: World, places: PlacePool, lang: Lang): string[] {
  const bp = BOILERPLATE[lang];
  return r
    .shuffle(bp.teasers)
    .slice(0, 3)
    .map((t) =>
      t
        .replace('{C}', world.pickCompany().name)
        .replace('{city}', r.pick(places.byLang[lang]).text),
    );
}

function textPage(
  r: Random,
  world: World,
  places: PlacePool,
  plan: DocumentPlan,
  headline: string,
  paragraphs: string[],
  date: string,
  withDateline: boolean,
): string {
  const lines: string[] = [];
  const bp = BOILERPLATE[plan.lang];
  // Without a dateline, a leading date line gives the publication date (as in the seeds).
  if (!withDateline) lines.push(` date ${r.chance(0.5) ? date : date.slice(0, 7)}`);
  if (plan.boilerplate) lines.push(...bp.nav, '');
  lines.push(headline, '');
  for (const p of paragraphs) lines.push(p, '');
  if (plan.boilerplate) {
    lines.push(bp.related, ...teasers(r, world, places, plan.lang), '');
    lines.push(bp.newsletter, bp.cookies, `© ${plan.year} ${r.pick(bp.publishers)}. ${bp.rights}`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function htmlPage(
  r: Random,
  world: World,
  places: PlacePool,
  plan: DocumentPlan,
  headline: string,
  paragraphs: string[],
  date: string,
): string {
  const bp = BOILERPLATE[plan.lang];
  const li = (items: string[]) => items.map((i) => `        <li>${i}</li>`).join('\n');
  return `<!doctype html>
<html lang="${plan.lang}">
  <head>
    <meta charset="utf-8" />
    <title>${headline}</title>
    <meta name="date" content="${date}" />
    <script>window.dataLayer = window.dataLayer || [];</script>
  </head>
  <body>
    <nav>
      <ul>
${li(bp.nav)}
      </ul>
    </nav>
    <article>
      <h1>${headline}</h1>
${paragraphs.map((p) => `      <p>${p}</p>`).join('\n')}
    </article>
    <aside>
      <h2>${bp.related}</h2>
      <ul>
${li(teasers(r, world, places, plan.lang))}
      </ul>
    </aside>
    <footer>
      <p>${bp.newsletter}</p>
      <p>${bp.cookies}</p>
      <p>© ${plan.year} ${r.pick(bp.publishers)}. ${bp.rights}</p>
    </footer>
  </body>
</html>
`;
}

/** How many invented companies a corpus of `count` documents talks about. */
export function companyCount(count: number): number {
  return Math.round(30 + count * 0.25);
}

/** Generates the corpus in memory. Same count and seed, same bytes. */
export function generateCorpus(count: number, opts: GenerateOptions = {}): Corpus {
  const seed = opts.seed ?? DEFAULT_SEED;
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
  const g = loadGazetteer(dataDir);
  const places = placePool(g, dataDir);
  const r = new Random(seed);
  const world = new World(r, places, g, companyCount(count));
  const truth: GroundTruth = {
    generator: 'partner-atlas-bench',
    version: 1,
    seed,
    count,
    companies: [],
    people: [],
    documents: [],
    relations: [],
    distractors: [],
  };
  const files: GeneratedFile[] = [];
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    const lang = r.weighted<Lang>([
      ['en', 40],
      ['fr', 20],
      ['de', 20],
      ['es', 20],
    ]);
    const boilerplate = r.chance(0.3);
    const format = boilerplate && r.chance(0.5) ? 'html' : 'txt';
    const plan: DocumentPlan = {
      file: `${String(i).padStart(width, '0')}-${lang}.${format}`,
      lang,
      format,
      boilerplate,
      year: r.range(2012, 2024),
      month: r.range(1, 12),
      day: r.range(1, 28),
    };
    const content = generateDocument(r, world, places, plan, truth);
    const doc = truth.documents[truth.documents.length - 1];
    if (doc) doc.bytes = Buffer.byteLength(content);
    files.push({ file: plan.file, content });
  }
  // Only the companies and people the documents actually name.
  const named = new Set(truth.relations.flatMap((x) => [x.source, x.target]));
  for (const d of truth.distractors) named.add(d.a).add(d.b);
  truth.companies = world.companies
    .filter((c) => named.has(c.name) || c.person)
    .map((c) => ({
      name: c.name,
      legalName: c.legalName,
      ...(c.acronym ? { acronym: c.acronym } : {}),
      country: c.country,
    }));
  truth.people = world.people.map((p) => ({
    name: p.name,
    title: ROLE_TITLES[p.role].en[0],
    organization: p.company.name,
  }));
  return { files, truth };
}

export interface WrittenCorpus {
  /** The folder of documents, to pass to `npm run graph -- --in`. */
  documents: string;
  /** ground-truth.json, beside that folder. */
  truth: string;
  bytes: number;
}

/**
 * Writes the documents into `dir/documents/` and the ground truth into
 * `dir/ground-truth.json`, so the documents folder holds nothing else.
 */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<WrittenCorpus> {
  const documents = path.join(dir, DOCUMENTS_DIR);
  await mkdir(documents, { recursive: true });
  let bytes = 0;
  for (const f of corpus.files) {
    await writeFile(path.join(documents, f.file), f.content);
    bytes += Buffer.byteLength(f.content);
  }
  const truth = path.join(dir, GROUND_TRUTH_FILE);
  await writeFile(truth, serialiseTruth(corpus.truth));
  return { documents, truth, bytes };
}

export function serialiseTruth(truth: GroundTruth): string {
  return `${JSON.stringify(truth, null, 1)}\n`;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  if (!values.out) throw new Error('--out <dir> is required');
  const corpus = generateCorpus(Number(values.count), { seed: Number(values.seed) });
  const written = await writeCorpus(corpus, values.out);
  process.stdout.write(
    `${corpus.files.length} documents (${(written.bytes / 1e6).toFixed(1)} MB) -> ${written.documents}\n` +
      `${corpus.truth.relations.length} relations -> ${written.truth}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
