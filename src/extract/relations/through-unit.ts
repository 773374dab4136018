/**
 * "Acme through its ventures arm Beta completed its purchase of Gamma": a parent acting
 * through its unit takes part in what the unit does. The cue is read as usual, with the
 * unit as its subject, and once more with the parent in the unit's place.
 */
import { OWNER_THROUGH_UNIT, round } from './confidence.js';
import { readSubject } from './appositions.js';
import { UNIT_MODIFIERS, UNIT_NAME_WINDOW } from './ownership.js';
import { phraseEndingAt } from '../text/match.js';
import { isLocatedInCue, type CuePattern, type CueSite } from './pattern.js';
import { SUBJECT_WINDOW, type ParsedSentence, type Party } from './syntax.js';

/**
 * The owner of `unit` when "Owner through its [words] <unit noun> Unit" stands before it:
 * the owner's name right before a `through` phrase (data/lexicon.csv), a comma allowed.
 */
export function ownerThrough(sentence: ParsedSentence, unit: Party): Party | undefined {
  const { tokens, words, orgs } = sentence;
  for (let noun = unit.first - 1; noun >= 0 && unit.first - noun <= UNIT_NAME_WINDOW; noun--) {
    if (!words.unitNouns.has(tokens[noun]?.lower ?? '')) continue;
    for (let at = noun - 1; at >= 0 && noun - at <= UNIT_MODIFIERS + 1; at--) {
      if (!words.possessives.has(tokens[at]?.lower ?? '')) continue;
      // An article may stand before the possessive: "tramite la sua controllata".
      const end = words.reference.articles.has(tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
      const through = phraseEndingAt(words.constructions.through, tokens, end);
      if (!through) return undefined;
      const ownerEnd = end - through.length;
      return orgs.find((o) => !o.possessive && o.key !== unit.key && o.last === ownerEnd);
    }
  }
  return undefined;
}

/** "Acme through its arm Beta acquired Gamma": Beta -> Gamma and Acme -> Gamma. */
export const ownerThroughUnit: CuePattern = {
  name: 'ownerThroughUnit',
  reads: 'cue',
  accepts: (cue) => !isLocatedInCue(cue),
  match(site) {
    const { sentence } = site;
    const unit = [...sentence.orgs]
      .reverse()
      .find((o) => o.last < site.start && site.start - o.last <= SUBJECT_WINDOW && !o.possessive);
    // "its unit Beta Holdings (Beta)": the unit may be named twice, short form last.
    const owner =
      unit &&
      sentence.orgs
        .filter((o) => o.key === unit.key && o.last <= unit.last)
        .map((o) => ownerThrough(sentence, o))
        .find((found) => found !== undefined);
    if (!unit || !owner) return null;
    const byUnit = readSubject(site);
    if (!byUnit?.length) return byUnit;
    const orgs = sentence.orgs.map((o) => (o === unit ? { ...o, key: owner.key } : o));
    const asOwner: CueSite = { ...site, sentence: { ...sentence, orgs } };
    const byOwner = (readSubject(asOwner) ?? [])
      .filter((relation) => relation.source === owner.key || relation.target === owner.key)
      .map((relation) => ({
        ...relation,
        confidence: round(relation.confidence * OWNER_THROUGH_UNIT),
      }));
    return [...byUnit, ...byOwner];
  },
};
