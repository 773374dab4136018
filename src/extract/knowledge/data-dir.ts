/** The data/ folder of this checkout: the language knowledge a build reads unless told otherwise. */
import { fileURLToPath } from 'node:url';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));
