/**
 * Relation and distractor sentences per language. {A} and {B} are company mentions; the
 * year and place phrases may be empty, so every template reads well without them. The
 * relation phrasings follow the cues of data/relation-cues.csv, so the build can read them.
 */
import type { BenchRelationType, Lang } from './types.js';

export interface Slots {
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

export type Template = (s: Slots) => string;
/** {A} is always the relation's source; `order` says which the text names first. */
export interface RelationTemplate {
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

export const RELATIONS: Record<Lang, Record<BenchRelationType, RelationTemplate[]>> = {
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

export const DISTRACTORS: Record<Lang, Template[]> = {
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
