#!/usr/bin/env node
// Licence check: every production dependency (what the build step runs and what the
// site ships) must carry a licence that fits the project's MIT licence. Data packages
// under open data licences (ODbL, CC-BY) are allowed because they are used as data
// with attribution in the README, not mixed into our code. Anything else fails CI.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'CC0-1.0',
  'Unlicense',
  'BlueOak-1.0.0',
  'Python-2.0',
  'CC-BY-4.0',
  'ODbL-1.0',
]);

// Licence fields with a typo, checked by hand against the package's LICENSE file.
// Keyed by exact version, so a new release is checked again.
const CORRECTED = new Map([
  // "BDS-3-Clause" in package.json; the LICENSE file is the BSD 3-Clause text.
  ['splaytree-ts@1.0.2', 'BSD-3-Clause'],
]);

function licenceOf(pkg) {
  const corrected = CORRECTED.get(`${pkg.name}@${pkg.version}`);
  if (corrected) return corrected;
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** "(MIT OR Apache-2.0)" fits when one alternative fits; "A AND B" needs both. */
function fits(expr) {
  const clean = expr.replace(/[()]/g, '').trim();
  if (clean.includes(' OR ')) return clean.split(' OR ').some((e) => fits(e));
  if (clean.includes(' AND ')) return clean.split(' AND ').every((e) => fits(e));
  return ALLOWED.has(clean);
}

const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' });
const dirs = [...new Set(out.split('\n').filter((d) => d.includes('node_modules')))].sort();
const bad = [];
for (const dir of dirs) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licence = licenceOf(pkg);
  if (!fits(licence)) bad.push(`${pkg.name}@${pkg.version}: ${licence}`);
}
if (bad.length) {
  console.error(
    `Licence check failed: ${bad.length} production dependencies do not fit MIT:\n  ${bad.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`Licence check: ${dirs.length} production packages, all licences fit MIT.`);
