/**
 * How an article is wrapped: as plain text or as an HTML page, and in about 30% of the
 * documents inside web boilerplate (menus, "related articles" teasers, a cookie banner, a
 * newsletter line and a copyright) that the build must strip.
 */
import type { Random } from '../random.js';
import type { PlacePool } from './places.js';
import type { DocumentPlan, Lang } from './types.js';
import type { World } from './world.js';

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

function teasers(random: Random, world: World, places: PlacePool, lang: Lang): string[] {
  const bp = BOILERPLATE[lang];
  return random
    .shuffle(bp.teasers)
    .slice(0, 3)
    .map((t) =>
      t
        .replace('{C}', world.pickCompany().name)
        .replace('{city}', random.pick(places.byLang[lang]).text),
    );
}

export function textPage(
  random: Random,
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
  if (!withDateline) lines.push(` date ${random.chance(0.5) ? date : date.slice(0, 7)}`);
  if (plan.boilerplate) lines.push(...bp.nav, '');
  lines.push(headline, '');
  for (const p of paragraphs) lines.push(p, '');
  if (plan.boilerplate) {
    lines.push(bp.related, ...teasers(random, world, places, plan.lang), '');
    lines.push(
      bp.newsletter,
      bp.cookies,
      `© ${plan.year} ${random.pick(bp.publishers)}. ${bp.rights}`,
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function htmlPage(
  random: Random,
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
${li(teasers(random, world, places, plan.lang))}
      </ul>
    </aside>
    <footer>
      <p>${bp.newsletter}</p>
      <p>${bp.cookies}</p>
      <p>© ${plan.year} ${random.pick(bp.publishers)}. ${bp.rights}</p>
    </footer>
  </body>
</html>
`;
}
