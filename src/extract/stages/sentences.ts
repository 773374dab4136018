/**
 * Stage `sentences`: splits the cleaned text into sentences with offsets into doc.text,
 * zone by zone (text/segment.ts), with the abbreviations of the document's language.
 */
import type { TextKnowledge } from '../knowledge/text.js';
import { abbreviationsFor } from '../text/abbreviations.js';
import { segment } from '../text/segment.js';
import type { LanguageDocument, Sentence, SentencedDocument } from '../types.js';

export function splitSentences(doc: LanguageDocument, knowledge: TextKnowledge): SentencedDocument {
  const rules = {
    abbreviations: abbreviationsFor(knowledge.abbreviations, doc.language),
    lineContinuations: knowledge.lineContinuations,
  };
  const zones = doc.zones.length
    ? doc.zones
    : [{ start: 0, end: doc.text.length, kind: 'body' as const }];
  const sentences: Sentence[] = [];
  for (const zone of zones) {
    for (const span of segment(doc.text, zone.start, zone.end, rules, zone.kind)) {
      sentences.push({
        start: span.start,
        end: span.end,
        text: doc.text.slice(span.start, span.end),
        peripheral: zone.kind === 'peripheral',
      });
    }
  }
  return { ...doc, sentences };
}
