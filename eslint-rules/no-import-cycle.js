/**
 * ESLint rule: reports every import that closes a cycle among the project's own modules,
 * type-only imports and `import()` included.
 *
 * eslint-plugin-import-x's `no-cycle` (like eslint-plugin-import's) skips `import type`,
 * but a type-only cycle still ties two modules together: neither can be understood, moved
 * or tested without the other. So the cycle check reads imports with TypeScript's own
 * scanner (`ts.preProcessFile`) and resolves them with TypeScript's module resolution
 * and the project's tsconfig, the way `tsc` does (`./x.js` finds `./x.ts`).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;

/** Compiler options and a resolution cache per tsconfig.json. */
const projects = new Map();

function projectFor(file) {
  const configPath = ts.findConfigFile(path.dirname(file), ts.sys.fileExists) ?? '';
  let project = projects.get(configPath);
  if (!project) {
    const options = configPath
      ? ts.parseJsonConfigFileContent(
          ts.readConfigFile(configPath, ts.sys.readFile).config,
          ts.sys,
          path.dirname(configPath),
        ).options
      : { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };
    const cache = ts.createModuleResolutionCache(process.cwd(), (name) => name, options);
    project = { options, cache };
    projects.set(configPath, project);
  }
  return project;
}

/** The project file a specifier names, or null for packages and files that are not code. */
function resolveImport(specifier, fromFile) {
  const { options, cache } = projectFor(fromFile);
  const resolved = ts.resolveModuleName(specifier, fromFile, options, ts.sys, cache).resolvedModule;
  if (!resolved || resolved.isExternalLibraryImport) return null;
  const file = path.resolve(resolved.resolvedFileName);
  return SCRIPT.test(file) && !file.endsWith('.d.ts') ? file : null;
}

/** Imports of each file read from disk, kept while the file is unchanged. */
const importsOnDisk = new Map();

function importsOf(file) {
  let mtime;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = importsOnDisk.get(file);
  if (known && known.mtime === mtime) return known.targets;
  const scanned = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
  const targets = [
    ...new Set(scanned.map((ref) => resolveImport(ref.fileName, file)).filter(Boolean)),
  ];
  importsOnDisk.set(file, { mtime, targets });
  return targets;
}

/** The shortest chain of imports from `start` back to `goal`, or null when there is none. */
function pathBack(start, goal) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const next of importsOf(file)) {
      if (next === goal) {
        const chain = [file];
        for (let step = cameFrom.get(file); step; step = cameFrom.get(step)) chain.unshift(step);
        return chain;
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      queue.push(next);
    }
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between project modules, type-only ones too.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}.' },
  },
  create(context) {
    const file = path.resolve(context.physicalFilename);
    if (!SCRIPT.test(file)) return {};
    const root = process.cwd();
    const name = (f) => path.relative(root, f);

    function check(source) {
      if (!source || typeof source.value !== 'string') return;
      const target = resolveImport(source.value, file);
      if (!target || target === file) return;
      const chain = pathBack(target, file);
      if (!chain) return;
      context.report({
        node: source,
        messageId: 'cycle',
        data: { chain: [file, ...chain, file].map(name).join(' → ') },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
