/**
 * An action noun with its object and its agent: "the acquisition of Beta by Acme",
 * "l'acquisizione di Beta da parte di Acme", "die Übernahme der Beta durch die Acme",
 * "le rachat de Beta par Acme". The agent is the buyer, whatever stands before the noun.
 */
import { phraseEnd } from './constructions.js';
import { OBJECT_AS_SOURCE } from './confidence.js';
import { link, type CuePattern } from './pattern.js';
import { orgAfter } from './syntax.js';
import { phrasesOf } from '../text/match.js';

/** The actions whose agent is their subject: buying a company, investing in one. */
const AGENT_ACTIONS: ReadonlySet<string> = new Set(['acquisition', 'investment']);

/** "the acquisition of Beta by Acme": Acme -> Beta. */
export const actionByAgent: CuePattern = {
  name: 'actionByAgent',
  reads: 'cue',
  accepts: (cue) => cue.pattern === 'forward' && AGENT_ACTIONS.has(cue.type),
  match(site) {
    const { sentence, cue, end } = site;
    // Only an action noun with its preposition ("acquisition of") names its object next.
    if (!sentence.words.prepositions.has(cue.words.at(-1) ?? '')) return null;
    const object = orgAfter(sentence, end);
    if (!object || object.possessive) return null;
    const agents = phrasesOf(sentence.words.constructions.agent);
    const agentEnd = phraseEnd(sentence, agents, object.last + 1);
    const agent = agentEnd === undefined ? undefined : orgAfter(sentence, agentEnd);
    return agent ? link(site, cue.type, agent, object, OBJECT_AS_SOURCE) : null;
  },
};
