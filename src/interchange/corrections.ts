/**
 * The corrections file: rows the explorer downloads and `npm run graph -- --corrections`
 * reads. Each row names the data/ file it belongs to in `file` and fills that file's
 * columns, so the rows can also be copied into data/ by hand.
 */
export const FIX_FILES = ['aliases.csv', 'exclusions.csv', 'rejected-relations.csv'] as const;
export type FixFile = (typeof FIX_FILES)[number];

/** `file`, then the columns of every fix file. */
export const CORRECTION_COLUMNS = [
  'file',
  'alias',
  'canonical',
  'name',
  'reason',
  'source',
  'type',
  'target',
] as const;
