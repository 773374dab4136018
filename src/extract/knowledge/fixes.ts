/**
 * The user's fixes to what the extractor reads: names merged into another (aliases.csv),
 * names that are no entity (exclusions.csv) and relations that are wrong
 * (rejected-relations.csv), from data/ and from a corrections file downloaded from the
 * explorer (`npm run graph -- --corrections <file>`).
 *
 * A corrections file holds rows of all three in one table: its `file` column names the
 * data file a row belongs to, and the row fills that file's columns, so it can also be
 * split and copied into data/ by hand.
 */
import path from 'node:path';
import { EDGE_TYPES, type EdgeType } from '../../schema/graph.js';
import { FIX_FILES, type FixFile } from '../../interchange/corrections.js';
import { type CsvRow, oneOfColumn, readCsvRows, requiredColumn } from './csv.js';

/** A relation the user marked wrong: by the names of its ends, lower-cased, and its type. */
export interface RejectedRelation {
  source: string;
  type: EdgeType;
  target: string;
}

export interface Fixes {
  /** Surface form, lower-cased -> the name to read it as. */
  aliases: ReadonlyMap<string, string>;
  /** Names, lower-cased, that never become nodes. */
  exclusions: ReadonlySet<string>;
  rejectedRelations: readonly RejectedRelation[];
}

export { CORRECTION_COLUMNS, FIX_FILES } from '../../interchange/corrections.js';

type Row = CsvRow<Record<string, string>>;

interface FixTables {
  aliases: Map<string, string>;
  exclusions: Set<string>;
  rejectedRelations: RejectedRelation[];
}

/** Adds one row of a fix file to the tables; `source` names the file in errors. */
function addRow(tables: FixTables, kind: FixFile, row: Row, source: string): void {
  const column = (name: string) => requiredColumn(source, row, name);
  if (kind === 'aliases.csv')
    tables.aliases.set(column('alias').toLowerCase(), column('canonical'));
  else if (kind === 'exclusions.csv') tables.exclusions.add(column('name').toLowerCase());
  else
    tables.rejectedRelations.push({
      source: column('source').toLowerCase(),
      type: oneOfColumn(source, row, 'type', EDGE_TYPES),
      target: column('target').toLowerCase(),
    });
}

/** The fixes in data/, then those of the corrections file, which win where they differ. */
export function loadFixes(dataDir: string, correctionsFile?: string): Fixes {
  const tables: FixTables = { aliases: new Map(), exclusions: new Set(), rejectedRelations: [] };
  for (const kind of FIX_FILES) {
    const file = path.join(dataDir, kind);
    for (const row of readCsvRows(file)) addRow(tables, kind, row, file);
  }
  if (correctionsFile)
    for (const row of readCsvRows(correctionsFile)) {
      const kind = oneOfColumn(correctionsFile, row, 'file', FIX_FILES);
      addRow(tables, kind, row, correctionsFile);
    }
  return tables;
}
