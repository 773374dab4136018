/**
 * The shape of one entity rule. Its own module, so the files that hold groups of rules
 * (junk.ts, splits.ts, parenthesised-owner.ts) need not import the rule list that holds them.
 */
import type { Candidate } from './candidate.js';
import type { Decision } from './decision.js';

export interface EntityRule {
  /** The rule's name in traces and explanations. */
  readonly name: string;
  decide(candidate: Candidate): Decision | undefined;
}
