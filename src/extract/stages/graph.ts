/**
 * Stage `graph` (corpus-wide): merges every document's mentions and relations into
 * one graph with deterministic ids and a deterministic order.
 *
 * Positions are left at 0 here; the `layout` stage fills them in.
 */
import {
  ORG_RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type Graph,
  type GraphDocument,
  type GraphEdge,
  type GraphNode,
  type Role,
} from '../../schema/graph.js';
import type { OrganisationLookup } from '../knowledge/known-organisations.js';
import type { DatedDocument, DatedRelation } from '../types.js';

/** What the graph stage needs from the gazetteer: region facts for hierarchy nodes. */
export interface RegionSource {
  region(id: string): RegionInfo | undefined;
}

export interface RegionInfo {
  id: string;
  name: string;
  level: NonNullable<GraphNode['level']>;
  country?: string;
  parent?: string;
  lat?: number;
  lon?: number;
  memberOf?: string[];
}

export interface GraphOptions {
  regions: RegionSource;
  /** Keep document texts inside graph.json ("inline") or in files beside it. */
  texts: 'inline' | 'files';
  /** Relative directory for text files, when texts is "files". */
  textDir?: string;
  /** Known organisations: their Wikidata item and description go on the nodes they label. */
  organisations?: OrganisationLookup;
}

/** Relations between two organisations (the others link to a place or a person). */
const ORG_ORG: ReadonlySet<string> = new Set(ORG_RELATION_TYPES);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function noisyOr(values: readonly number[]): number {
  const p = 1 - values.reduce((acc, v) => acc * (1 - v), 1);
  return Math.round(Math.min(0.99, p) * 1000) / 1000;
}

function sortedUnique<T extends string | number>(xs: Iterable<T>): T[] {
  return [...new Set(xs)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : cmp(String(a), String(b)),
  );
}

/** The most frequent value; ties go to the longer, then the alphabetically first. */
function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || cmp(a[0], b[0]),
  )[0]?.[0];
}

interface Acc {
  type: GraphNode['type'];
  /** Display names, from which the label is chosen. */
  names: string[];
  /** Every surface form, for aliases. */
  surfaces: Set<string>;
  acronyms: string[];
  orgTypes: string[];
  mentions: number;
  strong: boolean;
  documents: Set<string>;
  roles: Map<string, Role>;
}

/**
 * The Wikidata item and description of the known organisation a node's label names. A
 * label that is also a word ("Orange") counts only where the text writes it with a legal
 * form or designator after it ("Orange S.A."): the resolve stage merges only those, so a
 * longer name of the same node is one.
 */
function describeKnown(
  node: GraphNode,
  surfaces: ReadonlySet<string>,
  organisations: OrganisationLookup,
): void {
  const known = organisations(node.label);
  if (!known) return;
  const prefix = `${known.label.toLowerCase()} `;
  const marked = [node.label, ...surfaces].some((name) => name.toLowerCase().startsWith(prefix));
  if (known.ambiguous && !marked) return;
  node.wikidata = known.wikidata;
  node.description = known.description;
}

export function buildGraph(docs: readonly DatedDocument[], opts: GraphOptions): Graph {
  const sorted = [...docs].sort((a, b) => cmp(a.id, b.id));
  const acc = new Map<string, Acc>();
  const entry = (key: string, type: GraphNode['type']): Acc => {
    let a = acc.get(key);
    if (!a)
      acc.set(
        key,
        (a = {
          type,
          names: [],
          surfaces: new Set(),
          acronyms: [],
          orgTypes: [],
          mentions: 0,
          strong: false,
          documents: new Set(),
          roles: new Map(),
        }),
      );
    return a;
  };

  // Relations first, so tentative organisations (unresolved acronyms) can be admitted.
  const relations: { doc: DatedDocument; r: DatedRelation }[] = [];
  for (const doc of sorted) for (const r of doc.relations) relations.push({ doc, r });
  const related = new Set<string>();
  for (const { r } of relations)
    if (ORG_ORG.has(r.type)) {
      related.add(r.source);
      related.add(r.target);
    }
  const nodeId = (key: string): string | null => {
    if (key.startsWith('org?:')) return related.has(key) ? `org:${key.slice(5)}` : null;
    return key;
  };

  for (const doc of sorted) {
    for (const m of doc.mentions) {
      const id = nodeId(m.key);
      if (!id) continue;
      const type = m.kind === 'place' ? 'region' : m.kind === 'person' ? 'person' : 'company';
      const a = entry(id, type);
      a.mentions++;
      a.documents.add(doc.id);
      a.surfaces.add(m.text);
      if (m.kind === 'org') {
        (m.acronym ? a.acronyms : a.names).push(m.name);
        if (m.orgType) a.orgTypes.push(m.orgType);
        if (m.strength === 'strong') a.strong = true;
      } else {
        a.names.push(m.kind === 'place' ? m.text : m.name);
        a.strong = true;
      }
    }
    for (const r of doc.roles) {
      const p = acc.get(r.person);
      const org = nodeId(r.organization);
      if (p && org) p.roles.set(`${org}|${r.title}`, { organization: org, title: r.title });
    }
  }

  // Region hierarchy: every place brings its parents and macro-regions, for filtering.
  const regionIds = new Set<string>();
  for (const [id, a] of acc) if (a.type === 'region') regionIds.add(id);
  for (const { r } of relations) for (const g of r.regions) regionIds.add(g);
  const queue = [...regionIds];
  while (queue.length) {
    const id = queue.pop() as string;
    const info = opts.regions.region(id);
    for (const up of [info?.parent, ...(info?.memberOf ?? [])])
      if (up && !regionIds.has(up)) {
        regionIds.add(up);
        queue.push(up);
      }
  }

  // Edges, merged across sentences and documents.
  const edgeAcc = new Map<
    string,
    {
      edge: Omit<GraphEdge, 'confidence' | 'yearSource'>;
      confs: number[];
      sources: Set<string>;
      cues: string[];
    }
  >();
  for (const { doc, r } of relations) {
    let source = nodeId(r.source);
    let target = nodeId(r.target);
    if (!source || !target || source === target) continue;
    if (SYMMETRIC_RELATIONS.has(r.type) && cmp(source, target) > 0)
      [source, target] = [target, source];
    const id = `${r.type}:${source}->${target}`;
    const sentence = doc.sentences[r.sentence];
    if (!sentence) continue;
    let e = edgeAcc.get(id);
    if (!e)
      edgeAcc.set(
        id,
        (e = {
          edge: {
            id,
            source,
            target,
            type: r.type as GraphEdge['type'],
            years: [],
            regions: [],
            evidence: [],
          },
          confs: [],
          sources: new Set(),
          cues: [],
        }),
      );
    e.edge.years = sortedUnique([...e.edge.years, ...r.years]);
    e.edge.regions = sortedUnique([
      ...e.edge.regions,
      ...r.regions.filter((g) => regionIds.has(g)),
    ]);
    if (!e.edge.evidence.some((x) => x.document === doc.id && x.start === sentence.start))
      e.edge.evidence.push({
        document: doc.id,
        text: sentence.text,
        start: sentence.start,
        end: sentence.end,
      });
    e.confs.push(r.confidence);
    if (r.yearSource) e.sources.add(r.yearSource);
    e.cues.push(r.cue);
    if (r.role && e.edge.role === undefined) e.edge.role = r.role;
  }

  const present = new Set([...acc.keys(), ...regionIds]);
  const edges: GraphEdge[] = [];
  const edgeYears = new Map<string, number[]>();
  for (const { edge, confs, sources, cues } of edgeAcc.values()) {
    if (!present.has(edge.source) || !present.has(edge.target)) continue;
    edge.evidence.sort((a, b) => cmp(a.document, b.document) || a.start - b.start);
    const yearSource = sources.has('text')
      ? 'text'
      : sources.has('document')
        ? 'document'
        : undefined;
    const cue = mostFrequent(cues.filter(Boolean));
    edges.push({
      ...edge,
      confidence: noisyOr(confs),
      ...(yearSource ? { yearSource } : {}),
      ...(cue ? { cue } : {}),
    });
    for (const n of [edge.source, edge.target])
      edgeYears.set(n, [...(edgeYears.get(n) ?? []), ...edge.years]);
  }
  edges.sort((a, b) => cmp(a.id, b.id));

  const docYear = new Map(sorted.map((d) => [d.id, d.date ? Number(d.date.slice(0, 4)) : null]));
  const nodes: GraphNode[] = [];
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  for (const [id, a] of acc) {
    if (a.type === 'region') continue;
    // A name found only by weak evidence and never linked to anything is too doubtful to show.
    if (a.type === 'company' && !a.strong && !linked.has(id)) continue;
    const label = mostFrequent(a.names) ?? mostFrequent(a.acronyms) ?? id;
    const aliases = sortedUnique(
      [...a.names, ...a.acronyms, ...a.surfaces].filter((n) => n !== label),
    );
    const years = edgeYears.get(id)?.length
      ? (edgeYears.get(id) ?? [])
      : [...a.documents]
          .map((d) => docYear.get(d))
          .filter((y): y is number => typeof y === 'number');
    const isOrg = a.type === 'company';
    const base = a.strong ? 0.85 : a.names.length ? 0.6 : 0.5;
    const node: GraphNode = {
      id,
      type: isOrg
        ? mostFrequent(a.orgTypes) === 'organization'
          ? 'organization'
          : 'company'
        : a.type,
      label,
      aliases,
      mentions: a.mentions,
      years: sortedUnique(years),
      documents: sortedUnique(a.documents),
      x: 0,
      y: 0,
      confidence: Math.min(0.99, Math.round((base + 0.04 * (a.documents.size - 1)) * 1000) / 1000),
    };
    if (isOrg && opts.organisations) describeKnown(node, a.surfaces, opts.organisations);
    if (a.type === 'person')
      node.roles = [...a.roles.values()].sort(
        (x, y) => cmp(x.organization, y.organization) || cmp(x.title, y.title),
      );
    nodes.push(node);
  }
  for (const id of regionIds) {
    const info = opts.regions.region(id);
    if (!info) continue;
    const a = acc.get(id);
    const node: GraphNode = {
      id,
      type: 'region',
      label: info.name,
      aliases: sortedUnique([...(a?.surfaces ?? [])].filter((n) => n !== info.name)),
      mentions: a?.mentions ?? 0,
      years: sortedUnique(edgeYears.get(id) ?? []),
      documents: sortedUnique(a?.documents ?? []),
      x: 0,
      y: 0,
      confidence: a ? 0.9 : 1,
      level: info.level,
    };
    if (info.country) node.country = info.country;
    if (info.parent && regionIds.has(info.parent)) node.parent = info.parent;
    const memberOf = (info.memberOf ?? []).filter((m) => regionIds.has(m));
    if (memberOf.length) node.memberOf = sortedUnique(memberOf);
    if (info.lat !== undefined) node.lat = info.lat;
    if (info.lon !== undefined) node.lon = info.lon;
    nodes.push(node);
  }
  nodes.sort((a, b) => cmp(a.id, b.id));
  const nodeIds = new Set(nodes.map((n) => n.id));

  const documents: GraphDocument[] = sorted.map((d) => {
    const entities = d.mentions
      .map((m) => ({ node: nodeId(m.key), start: m.start, end: m.end }))
      .filter(
        (e): e is { node: string; start: number; end: number } =>
          e.node !== null && nodeIds.has(e.node),
      );
    const base: GraphDocument = {
      id: d.id,
      file: d.file,
      title: d.title,
      language: d.language,
      date: d.date,
      length: d.text.length,
      entities,
    };
    if (d.url) base.url = d.url;
    if (opts.texts === 'inline') base.text = d.text;
    else base.textFile = `${opts.textDir ?? 'graph-texts'}/${d.id}.txt`;
    return base;
  });

  return {
    schemaVersion: 1,
    texts: opts.texts,
    documents,
    nodes,
    edges: edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target)),
  };
}
