/**
 * Each rule of eslint.config.js that guards the layout fails once, on code written here
 * (linted under a made-up file name in the folder the rule covers) or on the fixture
 * files beside this test, which the normal lint skips.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, ignore: false });
});

/** The rules that fire on `code` when it is the file `file` (relative to the root). */
async function rulesFiring(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

/** A real stage module, so that imports of it resolve as they would in the extractor. */
function aStage(): string {
  const stage = readdirSync(path.join(root, 'src/extract/stages')).find(
    (f) => f.endsWith('.ts') && !f.includes('.test.'),
  );
  if (!stage) throw new Error('no stage module found');
  return stage.replace(/\.ts$/, '.js');
}

const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';

describe('lint boundaries', () => {
  it('an import cycle fails, even when every import in it is type-only', async () => {
    const [result] = await eslint.lintFiles([path.join(root, 'src/lint/fixtures/cycle-a.ts')]);
    const messages = result?.messages ?? [];
    expect(messages.map((m) => m.ruleId)).toEqual(['local/no-import-cycle']);
    expect(messages[0]?.message).toContain('cycle-a.ts → src/lint/fixtures/cycle-b.ts');
  });

  it('a stage importing another stage fails; the pipeline may import stages', async () => {
    const code = `export * from './${aStage()}';\n`;
    expect(await rulesFiring(code, 'src/extract/stages/probe.ts')).toEqual([PATHS]);
    const fromPipeline = code.replace('./', './stages/');
    expect(await rulesFiring(fromPipeline, 'src/extract/probe-pipeline.ts')).toEqual([PATHS]);
    expect(await rulesFiring(fromPipeline, 'src/extract/pipeline.ts')).toEqual([]);
  });

  it('an extractor helper importing a stage fails; its tests may', async () => {
    const code = `export * from '../stages/${aStage()}';\n`;
    expect(await rulesFiring(code, 'src/extract/text/probe.ts')).toEqual([PATHS]);
    expect(await rulesFiring(code, 'src/extract/text/probe.test.ts')).toEqual([]);
  });

  it('src/client/logic importing React or the store fails', async () => {
    const file = 'src/client/logic/probe.ts';
    expect(await rulesFiring(`export { useState } from 'react';\n`, file)).toEqual([PACKAGES]);
    expect(await rulesFiring(`export * from '../store';\n`, file)).toEqual([PATHS]);
  });

  it('only src/client/cy imports Cytoscape, types included', async () => {
    const code = `import type { Core } from 'cytoscape';\nexport type Canvas = Core;\n`;
    expect(await rulesFiring(code, 'src/client/components/probe.ts')).toEqual([PACKAGES]);
    expect(await rulesFiring(code, 'src/client/logic/probe.ts')).toEqual([PACKAGES]);
    expect(await rulesFiring(code, 'src/client/cy/probe.ts')).toEqual([]);
  });

  it('code under src/ importing the e2e tests fails', async () => {
    const code = `export * from '../../e2e/helpers';\n`;
    expect(await rulesFiring(code, 'src/bench/probe.ts')).toEqual([PATHS]);
  });

  it('the client importing extractor code fails', async () => {
    const code = `export * from '../../extract/pipeline.js';\n`;
    expect(await rulesFiring(code, 'src/client/components/probe.ts')).toEqual([PATHS]);
  });

  it('a function over 80 lines fails, except in tests', async () => {
    const body = Array.from({ length: 81 }, (_, i) => `  total += ${i};`).join('\n');
    const code = `export function long(): number {\n  let total = 0;\n${body}\n  return total;\n}\n`;
    expect(await rulesFiring(code, 'src/client/logic/probe.ts')).toEqual([
      'max-lines-per-function',
    ]);
    expect(await rulesFiring(code, 'src/client/logic/probe.test.ts')).toEqual([]);
  });
});
