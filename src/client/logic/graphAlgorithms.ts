/**
 * The measures that need graphology (PageRank, betweenness, Louvain communities), as one
 * module that store/algorithms.ts imports on demand: graphology and its packages are a
 * large part of the JavaScript and nothing the first frame needs.
 */
export { detectCommunities } from './communities';
export { measureValues } from './measures';
