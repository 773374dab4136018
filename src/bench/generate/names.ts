/**
 * What invented companies and people are made of: home countries with their legal forms,
 * sector words, the syllables of company stems, first and last names per language, and
 * the titles of the people quoted. world.ts draws from these.
 */
import type { Lang } from './types.js';

export interface Home {
  cc: string;
  forms: string[];
  /** Which language its sector words come from. */
  flavour: Lang;
}

export const HOMES: Home[] = [
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

export const SECTORS: Record<Lang, string[]> = {
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
export const DESIGNATORS = ['Holdings', 'Group'];

export const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'h', 'j']; // prettier-ignore
export const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ia', 'io'];
export const CODAS = ['n', 'r', 'l', 's', 'x', 'rk', 'nd', 'v', 'm', 'st', 'sk', 'ra', 'na'];
/** Upper-case words an acronym must not be. */
export const RESERVED_ACRONYMS = new Set(
  'CEO CFO CTO COO CIO CMO SVP EVP USA GDP EUR USD GBP ICT LNG ESG IPO MOU SAS LTD INC PLC AGM KPI API VAT NEW THE AND FOR NOT ONE TWO BUT ALL ARE WAS HAS OUR YOU ITS MRS DER DIE DAS UND LES DES UNE LOS LAS CON POR SUR AUX EST ONU UNO OTAN NATO'.split(
    ' ',
  ),
);

interface FirstNames {
  m: string[];
  f: string[];
  last: string[];
}
export const NAMES: Record<Lang | 'nordic', FirstNames> = {
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

export type RoleKey = 'ceo' | 'md' | 'president';
export const ROLE_TITLES: Record<RoleKey, Record<Lang, [string, string]>> = {
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
