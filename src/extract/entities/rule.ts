/** The shape of an entity rule, apart from the list, so that rule files need not import it. */
import type { Candidate } from './candidate.js';
import type { Decision } from './decision.js';

export interface EntityRule {
  /** The rule's name in traces and explanations. */
  readonly name: string;
  decide(candidate: Candidate): Decision | undefined;
}
