/**
 * How sure the graph is of a node or an edge, from the evidence merged into it.
 */

/** Nothing is certain: confidences stop here. */
export const MAX_CONFIDENCE = 0.99;

/** An organisation or person named by strong evidence (a legal form, keyword, role). */
export const STRONG_NODE = 0.85;
/** An organisation found by weak evidence only, with a full name. */
export const NAMED_NODE = 0.6;
/** An organisation known only by an acronym. */
export const ACRONYM_NODE = 0.5;
/** Each further document that names a node adds this much. */
export const PER_FURTHER_DOCUMENT = 0.04;

/** A region the documents name. */
export const MENTIONED_REGION = 0.9;
/** A region present only as a parent or group of a named one. */
export const HIERARCHY_REGION = 1;

/** Confidences are kept to three decimals. */
export function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}

/** An edge seen in several sentences: each is independent evidence (noisy-or). */
export function noisyOr(values: readonly number[]): number {
  const combined = 1 - values.reduce((rest, value) => rest * (1 - value), 1);
  return round(Math.min(MAX_CONFIDENCE, combined));
}

/** A node's confidence from its evidence and the number of documents naming it. */
export function nodeConfidence(base: number, documents: number): number {
  return Math.min(MAX_CONFIDENCE, round(base + PER_FURTHER_DOCUMENT * (documents - 1)));
}
