/** Shared by the gazetteer's tests: the gazetteer loaded from the repository's data/. */
import { fileURLToPath } from 'node:url';
import { type Gazetteer, loadGazetteer, type PlaceContext } from './index.js';

export const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

export function gazetteer(): Gazetteer {
  return loadGazetteer(DATA_DIR);
}

export const en: PlaceContext = { language: 'en' };
export const fr: PlaceContext = { language: 'fr' };
export const de: PlaceContext = { language: 'de' };
export const es: PlaceContext = { language: 'es' };

/** The id a surface form resolves to, or null. */
export function idOf(surface: string, ctx: PlaceContext): string | null {
  return gazetteer().lookup(surface, ctx)?.id ?? null;
}
export const pt: PlaceContext = { language: 'pt' };
/** Not `it`, which the tests import from vitest. */
export const itCtx: PlaceContext = { language: 'it' };
