/**
 * The smaller pieces of an article, written the way each language writes them: headlines,
 * year and place phrases, amounts, datelines, quotes and the company profile line.
 */
import type { Random } from '../random.js';
import type { BenchRelationType, Lang } from './types.js';

export const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
}; // prettier-ignore

export const HEADLINES: Record<
  Lang,
  Record<BenchRelationType, (a: string, b: string) => string>
> = {
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

export const YEAR_PHRASE: Record<Lang, (y: number) => string> = {
  en: (y) => ` in ${y}`,
  fr: (y) => ` en ${y}`,
  de: (y) => ` im Jahr ${y}`,
  es: (y) => ` en ${y}`,
};
export const PLACE_PHRASE: Record<Lang, (p: string) => string> = {
  en: (p) => ` in ${p}`,
  fr: (p) => ` à ${p}`,
  de: (p) => ` in ${p}`,
  es: (p) => ` en ${p}`,
};

/** "… von Ribro Telecom B.V.." -> one full stop, as a writer would put it. */
export const tidy = (sentence: string) => sentence.replace(/\.\.$/, '.');

export function amount(random: Random, lang: Lang): string {
  const n = random.pick([12, 25, 40, 75, 120, 250, 480, 900]);
  const currency = random.pick(['dollars', 'euros']);
  switch (lang) {
    case 'en':
      return currency === 'dollars' ? `$${n} million` : `€${n} million`;
    case 'fr':
      return `${n} millions ${currency === 'dollars' ? 'de dollars' : 'd’euros'}`;
    case 'de':
      return `${n} Millionen ${currency === 'dollars' ? 'Dollar' : 'Euro'}`;
    case 'es':
      return `${n} millones de ${currency === 'dollars' ? 'dólares' : 'euros'}`;
  }
}

export function dateline(lang: Lang, city: string, y: number, m: number, d: number): string {
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

export function quote(
  lang: Lang,
  text: string,
  person: string,
  title: string,
  org: string,
): string {
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

export function profile(lang: Lang, org: string, employees: number): string {
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
