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
      {evidence.map((item, i) => {
        const doc = index.docById.get(item.document);
        return (
          <li key={`${item.document}:${item.start}:${i}`} className="evidence-item">
            <blockquote>{item.text}</blockquote>
            <div className="evidence-source">
              <span className="doc-title">{doc?.title || doc?.file || item.document}</span>
              <span className="muted"> · {formatDate(doc?.date ?? null)}</span>
              <button
                type="button"
                className="link"
                // The visible words start the name, the title tells the buttons apart.
                aria-label={`Open document: ${doc?.title || item.document}`}
                onClick={() => openDocument(item.document, { start: item.start, end: item.end })}
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
