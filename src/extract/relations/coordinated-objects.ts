/**
 * A directed cue with coordinated objects: "Acme acquired Beta and Gamma", "Acme chose Beta
 * and Gamma to supply equipment". Each listed name is an object of the cue. A list whose last
 * name starts a clause of its own ("Acme bought Beta and Gamma sold Delta") is not read: a
 * cue right after the last name makes it a subject. Nor is ", and" after one name: it closes
 * an apposition ("Beta, a unit of Acme, and Gamma").
 */
import { OBJECT_AS_SOURCE, SUBJECT_AS_SOURCE } from './confidence.js';
import { readDirected } from './directed.js';
import { partyList } from './lists.js';
import { isDirectedCue, link, type CuePattern, type CueSite } from './pattern.js';
import { cueAt, hasComma, type Party } from './syntax.js';

/** The objects listed from the cue's object on, when there are two or more. */
function listedObjects(site: CueSite, object: Party): Party[] {
  const { sentence } = site;
  const members = partyList(sentence, object);
  if (members[0] !== object || members.length < 2) return [];
  const last = members.at(-1) as Party;
  const { words, tokens, document } = sentence;
  if (members.length === 2 && hasComma(document, tokens, object.last, last.first)) return [];
  if (cueAt(words.cues, tokens, last.last + 1)) return [];
  if (words.speechVerbs.some((verb) => verb[0] === tokens[last.last + 1]?.lower)) return [];
  return members;
}

/** "A acquired B and C": A -> B, A -> C; "A was chosen by B and C" the other way. */
export const coordinatedObjects: CuePattern = {
  name: 'coordinatedObjects',
  reads: 'cue',
  accepts: isDirectedCue,
  match(site) {
    const reading = readDirected(site);
    if (!reading || reading.possessorObject || reading.turned) return null;
    const objects = listedObjects(site, reading.object);
    if (objects.length === 0) return null;
    const forward = site.cue.pattern === 'forward';
    return objects.flatMap((object) =>
      forward
        ? link(site, reading.type, reading.subject, object, SUBJECT_AS_SOURCE)
        : link(site, reading.type, object, reading.subject, OBJECT_AS_SOURCE),
    );
  },
};
