/**
 * Owners listed with their shares in parentheses after a company: "Tremon (operator Acme
 * 40%, Beta 60%)", "Tremon (Acme 51 %, Beta 49 %)". Every name in the parentheses must carry
 * a share, and there must be two or more: the owners are partners in one venture, and each
 * is linked to it. A list after no name ("market shares (Acme 30%, Beta 20%)") is not read.
 */
import type { RelationCandidate } from '../types.js';
import { SHARE_LIST } from './confidence.js';
import { constructionLink, everyPairOf } from './constructions.js';
import { percentEnd } from './holdings.js';
import type { SentencePattern } from './pattern.js';
import type { ParsedSentence, Party } from './syntax.js';

/** The token span inside the parentheses opening right after `owner`, if there are any. */
function parenthesesAfter(sentence: ParsedSentence, owner: Party): [number, number] | undefined {
  const { tokens, document } = sentence;
  const name = tokens[owner.last];
  const next = tokens[owner.last + 1];
  if (!name || !next || !/^\s*\(\s*$/u.test(document.text.slice(name.end, next.start)))
    return undefined;
  const close = document.text.indexOf(')', next.start);
  if (close < 0) return undefined;
  let last = owner.last + 1;
  while ((tokens[last + 1]?.end ?? Infinity) <= close) last++;
  return [owner.last + 1, last];
}

/** The names inside `span`, when every one of them is followed by its share. */
function ownersWithShares(sentence: ParsedSentence, span: [number, number]): Party[] {
  const [first, last] = span;
  const inside = sentence.orgs.filter((o) => o.first >= first && o.last <= last);
  const shared = inside.every((owner) => {
    const share = percentEnd(sentence, owner.last + 1);
    return share !== undefined && share <= last;
  });
  return shared && inside.length > 1 ? inside : [];
}

/** "Tremon (Acme 40%, Beta 60%)": Acme - Tremon, Beta - Tremon, Acme - Beta. */
export const shareList: SentencePattern = {
  name: 'shareList',
  reads: 'sentence',
  match(sentence) {
    const found: RelationCandidate[] = [];
    for (const venture of sentence.orgs) {
      if (venture.possessive) continue;
      const span = parenthesesAfter(sentence, venture);
      if (!span) continue;
      const owners = ownersWithShares(sentence, span).filter((o) => o.key !== venture.key);
      if (owners.length < 2) continue;
      const trigger = { start: span[0], end: span[1], confidence: SHARE_LIST };
      for (const owner of owners)
        found.push(...constructionLink(sentence, trigger, 'joint_venture', owner, venture));
      found.push(...everyPairOf(sentence, trigger, 'joint_venture', owners));
    }
    return found;
  },
};
