#!/usr/bin/env node
// Fails on any high or critical advisory in production dependencies. When the
// registry does not serve the advisory database (this build farm's mirror answers
// 405), that is reported loudly and the check is skipped: it cannot be decided here.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout || '{}');
} catch {
  report = {};
}
const v = report.metadata?.vulnerabilities;
if (!v) {
  const reason =
    (r.stderr || '').split('\n').find((l) => /error|405|ENOTFOUND|ECONN/i.test(l)) ?? 'no report';
  console.warn(`npm audit: SKIPPED, the registry gave no advisory data (${reason.trim()})`);
  process.exit(0);
}
const serious = (v.high ?? 0) + (v.critical ?? 0);
console.log(
  `npm audit (production): ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`,
);
if (serious > 0) {
  for (const [name, info] of Object.entries(report.vulnerabilities ?? {}))
    if (info.severity === 'high' || info.severity === 'critical')
      console.error(`  ${info.severity}: ${name} (${info.range})`);
  process.exit(1);
}
