/**
 * Datelines: the place a story was filed from is not where its events happen.
 */
import type { Mention, SentencedDocument } from '../types.js';

/** "LAGOS / ACCRA, May 3, 2021 —" or "Oslo, 4 March 2021 -": places before the date. */
const DATELINE =
  /^(\p{Lu}[^—–\n]{0,80}?),[^—–\n]{0,40}?\b\d{4}\.?\s*(?:\/[^/\n]{1,40}\/\s*)?(?:--|[—–-])\s/u;

/** Marks the places in a sentence's dateline, before its date. */
export function markDatelines(document: SentencedDocument, mentions: Mention[]): void {
  document.sentences.forEach((sentence, index) => {
    const dateline = DATELINE.exec(sentence.text);
    if (!dateline) return;
    // Every place before the date: "LAGOS, Nigeria, Feb. 2, 2022 --".
    const end = sentence.start + dateline[0].length;
    for (const mention of mentions)
      if (mention.sentence === index && mention.kind === 'place' && mention.end <= end)
        mention.dateline = true;
  });
}

/** The place part of a sentence that opens with a dateline ("New Zealand" in "New Zealand, le
 *  9 juillet 2022 —"), or null. */
export function datelinePlace(sentence: string): string | null {
  return DATELINE.exec(sentence)?.[1] ?? null;
}
