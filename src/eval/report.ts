/**
 * What `npm run eval` prints and writes: the text report, the JSON figures and the
 * Markdown section of docs/quality.md. All three come from one EvalReport.
 */
import type { AreaScore } from './counting.js';
import type { LanguageScore, RelationTypeScore } from './breakdown.js';
import { summaryLine, type QualityScore } from './score.js';

export interface EvalReport {
  /** The gold file and the graph (its file, or the folder it was built from). */
  goldFile: string;
  graphSource: string;
  documents: number;
  nodes: number;
  edges: number;
  score: QualityScore;
  byLanguage: LanguageScore[];
  byRelationType: RelationTypeScore[];
}

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(3));

/** Type accuracy means nothing when no gold pair was found: shown as a dash, not 0. */
const typeAccuracy = (score: QualityScore) =>
  score.relations.score.tp ? figure(score.relations.typeAccuracy) : '–';

/** A Markdown table with padded columns, readable in a terminal as it is. */
export function markdownTable(header: string[], rows: (string | number)[][], numeric: boolean[]) {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => (row[i] ?? '').length)));
  const pad = (text: string, i: number) =>
    numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (row: string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w)));
  return [line(header), `| ${rule.join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

const areaRow = (name: string, area: AreaScore) => [
  name,
  figure(area.precision),
  figure(area.recall),
  figure(area.f1),
  area.tp,
  area.fp,
  area.fn,
];

export function overallTable(score: QualityScore): string {
  return markdownTable(
    ['area', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn'],
    [
      areaRow('organisations', score.organisations.score),
      areaRow('people', score.people.score),
      areaRow('places', score.places.score),
      areaRow('relations', score.relations.score),
    ],
    [false, true, true, true, true, true, true],
  );
}

export function relationFigures(score: QualityScore): string {
  const { yearAccuracy, forbidden } = score.relations;
  return `Relation type accuracy ${typeAccuracy(score)}, year accuracy ${figure(yearAccuracy)}, forbidden links ${forbidden.length}.`;
}

const prf = (area: AreaScore) =>
  `${figure(area.precision)} / ${figure(area.recall)} / ${figure(area.f1)}`;

export function languageTable(languages: readonly LanguageScore[]): string {
  return markdownTable(
    [
      'language',
      'docs',
      'organisations P / R / F1',
      'people F1',
      'places F1',
      'relations P / R / F1',
      'type acc.',
      'year acc.',
      'forbidden',
    ],
    languages.map(({ language, documents, absent, score }) => [
      language,
      absent ? `${documents} (${absent} not in graph)` : documents,
      prf(score.organisations.score),
      figure(score.people.score.f1),
      figure(score.places.score.f1),
      prf(score.relations.score),
      typeAccuracy(score),
      figure(score.relations.yearAccuracy),
      score.relations.forbidden.length,
    ]),
    [false, true, false, true, true, false, true, true, true],
  );
}

const foundAs = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ') || '–';

export function relationTypeTable(rows: readonly RelationTypeScore[]): string {
  return markdownTable(
    [
      'gold type',
      'gold pairs',
      'found',
      'recall',
      'type right',
      'type acc.',
      'found pairs typed as',
      'graph pairs of this type',
      'of which gold pairs',
    ],
    rows.map((row) => [
      row.type,
      row.goldPairs,
      row.found,
      figure(row.recall),
      row.typeRight,
      figure(row.typeAccuracy),
      foundAs(row.foundAs),
      row.graphPairs,
      row.graphPairsInGold,
    ]),
    [false, true, true, true, true, true, false, true, true],
  );
}

const list = (title: string, items: readonly string[]) =>
  items.length ? [`  ${title} (${items.length}): ${items.join(' | ')}`] : [];

function listsText(score: QualityScore): string[] {
  const { organisations: orgs, people, places, relations } = score;
  return [
    'Organisations',
    ...list('missed', orgs.missed),
    ...list('false', orgs.falsePositives),
    ...list('noise (false positives the gold marks as web noise)', orgs.noise),
    ...list('second nodes for one gold organisation', orgs.secondNodes),
    'People',
    ...list('missed', people.missed),
    ...list('false', people.falsePositives),
    'Places',
    ...list('missed', places.missed),
    ...list('false', places.falsePositives),
    'Relations',
    ...list('missed', relations.missed),
    ...list('false', relations.falsePositives),
    ...list('forbidden links', relations.forbidden),
  ];
}

/** The report printed on stdout; its last line is the reference scorer's summary line. */
export function formatText(report: EvalReport): string {
  const { score } = report;
  return [
    `Quality of ${report.graphSource} (${report.nodes} nodes, ${report.edges} edges) against ${report.goldFile} (${report.documents} documents)`,
    '',
    overallTable(score),
    relationFigures(score),
    '',
    ...listsText(score),
    '',
    'Per language (the graph cut down to each language’s documents)',
    languageTable(report.byLanguage),
    '',
    'Per relation type (gold type; a pair stated with two types counts under both)',
    relationTypeTable(report.byRelationType),
    '',
    summaryLine(score),
  ].join('\n');
}

const languageJson = ({ language, documents, absent, score }: LanguageScore) => ({
  language,
  documents,
  absent,
  organisations: score.organisations.score,
  people: score.people.score,
  places: score.places.score,
  relations: score.relations.score,
  typeAccuracy: score.relations.typeAccuracy,
  yearAccuracy: score.relations.yearAccuracy,
  forbidden: score.relations.forbidden.length,
});

/** Every figure and list, as plain JSON. */
export function reportJson(report: EvalReport): unknown {
  const { organisations: orgs, people, places, relations } = report.score;
  return {
    gold: report.goldFile,
    graph: report.graphSource,
    documents: report.documents,
    counts: { nodes: report.nodes, edges: report.edges },
    organisations: {
      ...orgs.score,
      missed: orgs.missed,
      falsePositives: orgs.falsePositives,
      noise: orgs.noise,
      secondNodes: orgs.secondNodes,
    },
    people: { ...people.score, missed: people.missed, falsePositives: people.falsePositives },
    places: { ...places.score, missed: places.missed, falsePositives: places.falsePositives },
    relations: {
      ...relations.score,
      typeAccuracy: relations.typeAccuracy,
      yearAccuracy: relations.yearAccuracy,
      forbidden: relations.forbidden.length,
      forbiddenLinks: relations.forbidden,
      missed: relations.missed,
      falsePositives: relations.falsePositives,
    },
    byLanguage: report.byLanguage.map(languageJson),
    byRelationType: report.byRelationType,
    summary: summaryLine(report.score),
  };
}

export interface DocumentMeta {
  /** ISO date and time, UTC. */
  measured: string;
  command: string;
  commit: string;
}

/** The generated section of docs/quality.md. */
export function qualitySection(report: EvalReport, meta: DocumentMeta): string {
  const languages = report.byLanguage.map((l) => `${l.language} ${l.documents}`).join(', ');
  return [
    '## Figures',
    '',
    `Measured ${meta.measured} with \`${meta.command}\` at commit ${meta.commit}: ${report.documents} gold documents (${languages}), a graph of ${report.nodes} nodes and ${report.edges} edges.`,
    '',
    overallTable(report.score),
    '',
    relationFigures(report.score),
    '',
    '### Per language',
    '',
    'The graph cut down to the nodes and edges of each language’s documents, scored against their gold alone.',
    '',
    languageTable(report.byLanguage),
    '',
    '### Per relation type',
    '',
    'By gold type: a pair stated with two types counts under both. "Type right": the graph’s edges between the pair carry this type.',
    '',
    relationTypeTable(report.byRelationType),
  ].join('\n');
}

/** Replaces (or appends) the section between `<!-- eval:name -->` and `<!-- /eval:name -->`. */
export function replaceSection(doc: string, name: string, body: string): string {
  const begin = `<!-- eval:${name} -->`;
  const end = `<!-- /eval:${name} -->`;
  const section = `${begin}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + section + doc.slice(j + end.length);
  return `${doc.trimEnd()}\n\n${section}\n`;
}
