/** Evidence sentences with their document's title and date, and a way into the reader. */
import type { Evidence } from '../../../schema/graph';
import { formatDate } from '../../logic/format';
import { useAtlas } from '../../store';
import { openDocument } from './actions';

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const index = useAtlas((s) => s.index);
  if (!index) return null;
  return (
    <ul className="evidence">
      {evidence.map((ev, i) => {
        const doc = index.docById.get(ev.document);
        return (
          <li key={`${ev.document}:${ev.start}:${i}`} className="evidence-item">
            <blockquote>{ev.text}</blockquote>
            <div className="evidence-source">
              <span className="doc-title">{doc?.title || doc?.file || ev.document}</span>
              <span className="muted"> · {formatDate(doc?.date ?? null)}</span>
              <button
                type="button"
                className="link"
                // The visible words start the name, the title tells the buttons apart.
                aria-label={`Open document: ${doc?.title || ev.document}`}
                onClick={() => openDocument(ev.document, { start: ev.start, end: ev.end })}
              >
                Open document
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
