import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORRECTION_COLUMNS, loadFixes } from './fixes.js';

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixes-'));
  const defaults = {
    'aliases.csv': 'alias,canonical\nAcme Corp,Acme\n',
    'exclusions.csv': 'name,reason\n# page furniture\nCookie Policy,page furniture\n',
    'rejected-relations.csv': 'source,type,target\n',
  };
  for (const [name, text] of Object.entries({ ...defaults, ...files }))
    writeFileSync(path.join(dir, name), text);
  return dir;
}

const header = CORRECTION_COLUMNS.join(',');

describe('loadFixes', () => {
  it('reads the three fix files of data/', () => {
    const dir = dataDir({
      'rejected-relations.csv': 'source,type,target\nAcme,supply,Borealis Mining\n',
    });
    const fixes = loadFixes(dir);
    expect([...fixes.aliases]).toEqual([['acme corp', 'Acme']]);
    expect([...fixes.exclusions]).toEqual(['cookie policy']);
    expect(fixes.rejectedRelations).toEqual([
      { source: 'acme', type: 'supply', target: 'borealis mining' },
    ]);
  });

  it('adds a corrections file after data/, whose rows win', () => {
    const dir = dataDir({});
    const corrections = path.join(dir, 'corrections.csv');
    writeFileSync(
      corrections,
      [
        header,
        'aliases.csv,Acme Corp,Acme Holdings,,,,,',
        'aliases.csv,Nordwind,Nordwind AG,,,,,',
        'exclusions.csv,,,Annual Report,not an organisation,,,',
        'rejected-relations.csv,,,,,Acme Holdings,partnership,Nordwind AG',
      ].join('\n'),
    );
    const fixes = loadFixes(dir, corrections);
    expect(fixes.aliases.get('acme corp')).toBe('Acme Holdings');
    expect(fixes.aliases.get('nordwind')).toBe('Nordwind AG');
    expect(fixes.exclusions.has('annual report')).toBe(true);
    expect(fixes.rejectedRelations).toEqual([
      { source: 'acme holdings', type: 'partnership', target: 'nordwind ag' },
    ]);
  });

  it('names the file and line of a row it cannot use', () => {
    const dir = dataDir({});
    const corrections = path.join(dir, 'corrections.csv');
    writeFileSync(corrections, `${header}\nnotes.csv,A,B,,,,,\n`);
    expect(() => loadFixes(dir, corrections)).toThrow(
      `${corrections}: line 2: unknown file "notes.csv"`,
    );
    writeFileSync(corrections, `${header}\nrejected-relations.csv,,,,,Acme,friendship,Beta\n`);
    expect(() => loadFixes(dir, corrections)).toThrow('line 2: unknown type "friendship"');
    writeFileSync(corrections, `${header}\naliases.csv,Acme,,,,,,\n`);
    expect(() => loadFixes(dir, corrections)).toThrow('line 2: column "canonical" is empty');
  });
});
