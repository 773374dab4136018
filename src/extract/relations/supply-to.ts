/**
 * "Acme will supply 6,000 tonnes of hydrogen a year to German steelmaker Beta": a supply
 * verb whose goods stand between it and the recipient, named after "to" (data/lexicon.csv
 * `recipient`) and perhaps a description. Read only when no name follows the verb within
 * the usual object window, so "Acme supplies Beta" stays with the cue patterns.
 */
import { SUBJECT_AS_SOURCE } from './confidence.js';
import { subjectBefore } from './constructions.js';
import { describedOrgAfter } from './described.js';
import { link, type CuePattern } from './pattern.js';
import { OBJECT_WINDOW, type Party } from './syntax.js';

/** How far after the verb its "to" may stand: the goods may take a dozen words. */
export const RECIPIENT_WORD_REACH = 15;

/** Punctuation between the verb and "to" (not inside "6,000"): the goods are one plain noun phrase. */
const CLAUSE_BREAK = /[;:!?()]|[.,](?!\d)/u;

export const supplyToRecipient: CuePattern = {
  name: 'supplyToRecipient',
  reads: 'cue',
  accepts: (cue) => cue.type === 'supply' && cue.pattern === 'forward',
  match(site) {
    const { sentence, end } = site;
    const { tokens, orgs, words, document } = sentence;
    if (words.prepositions.has(site.cue.words.at(-1) ?? '')) return null;
    if (orgs.some((o) => o.first > end && o.first - end <= OBJECT_WINDOW)) return null;
    const { recipient: recipientWords } = words.constructions;
    let recipient: Party | undefined;
    // "au moins ... au sidérurgiste Beta": the "to" that the recipient's name follows.
    for (let to = end + 1; to <= end + RECIPIENT_WORD_REACH && !recipient; to++) {
      if (!recipientWords.has(tokens[to]?.lower ?? '')) continue;
      if (orgs.some((o) => o.first > end && o.first < to)) return null;
      const between = document.text.slice(tokens[end]?.end ?? 0, tokens[to]?.start ?? 0);
      if (CLAUSE_BREAK.test(between)) return null;
      recipient = describedOrgAfter(sentence, to);
    }
    const supplier = subjectBefore(sentence, site.start);
    if (!recipient || !supplier) return null;
    return link(site, 'supply', supplier, recipient, SUBJECT_AS_SOURCE);
  },
};
