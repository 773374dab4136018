/**
 * The document reader: a modal dialog with the source text. The evidence sentence is
 * highlighted and scrolled into view, and every recognised entity is a button that
 * selects it. The text is rendered as React text nodes, never as HTML, so markup or
 * scripts inside a scraped article are shown as characters and never run.
 */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { GraphDocument } from '../../schema/graph';
import { useGraphCommands } from '../cy/GraphContext';
import { documentText } from '../data/documentText';
import { segmentText, type Segment } from '../logic/docSegments';
import { formatDate } from '../logic/format';
import type { GraphIndex } from '../logic/graphIndex';
import { NODE_STYLE } from '../logic/style';
import { useAtlas } from '../store';
import { selectNode } from './details/actions';

type TextState =
  { status: 'loading' } | { status: 'ready'; text: string } | { status: 'error'; message: string };

const LOADING: TextState = { status: 'loading' };

/** Only web links are made clickable; anything else (javascript:, data:) stays text. */
function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The document's text, fetched when the document changes. */
function useDocumentText(doc: GraphDocument | undefined, graphUrl: string | null): TextState {
  // The text is kept with the id of its document, so switching documents shows
  // "loading" without a state reset inside an effect.
  const [loaded, setLoaded] = useState<{ id: string; state: TextState } | null>(null);
  useEffect(() => {
    if (!doc || !graphUrl) return;
    let live = true;
    documentText(doc, graphUrl).then(
      (t) => live && setLoaded({ id: doc.id, state: { status: 'ready', text: t } }),
      (err: unknown) =>
        live &&
        setLoaded({
          id: doc.id,
          state: { status: 'error', message: err instanceof Error ? err.message : String(err) },
        }),
    );
    return () => {
      live = false;
    };
  }, [doc, graphUrl]);
  return doc && loaded?.id === doc.id ? loaded.state : LOADING;
}

type Run = { highlight: boolean; segments: Segment[] };

/** Runs of segments: consecutive highlighted segments form the evidence sentence. */
function evidenceRuns(
  doc: GraphDocument,
  length: number,
  highlight: { start: number; end: number } | null,
): Run[] {
  const out: Run[] = [];
  for (const seg of segmentText(length, doc.entities, highlight)) {
    const last = out.at(-1);
    if (last && last.highlight === seg.highlight) last.segments.push(seg);
    else out.push({ highlight: seg.highlight, segments: [seg] });
  }
  return out;
}

function ReaderHead({ doc, onClose }: { doc: GraphDocument; onClose(): void }) {
  const href = safeHref(doc.url);
  return (
    <header className="reader-head">
      <div>
        <h2 id="reader-title">{doc.title || doc.file}</h2>
        <p className="muted small">
          {formatDate(doc.date)} · {doc.language} · {doc.file}
          {href && (
            <>
              {' · '}
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                original
              </a>
            </>
          )}
        </p>
      </div>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </header>
  );
}

interface RunProps {
  run: Run;
  text: string;
  index: GraphIndex | null;
  mark: RefObject<HTMLElement | null>;
  onEntity(id: string): void;
}

/** A run of text; recognised entities are buttons, the evidence sentence one <mark>. */
function TextRun({ run, text, index, mark, onEntity }: RunProps) {
  const parts = run.segments.map((seg) => {
    const slice = text.slice(seg.start, seg.end);
    const node = seg.entity ? index?.nodeById.get(seg.entity) : undefined;
    if (!node) return <span key={seg.start}>{slice}</span>;
    return (
      <button
        key={seg.start}
        type="button"
        className={`entity type-${node.type}`}
        title={`${node.label} (${NODE_STYLE[node.type].label})`}
        onClick={() => onEntity(node.id)}
      >
        {slice}
      </button>
    );
  });
  return run.highlight ? <mark ref={mark}>{parts}</mark> : <>{parts}</>;
}

export function DocumentReader() {
  const reader = useAtlas((s) => s.reader);
  const index = useAtlas((s) => s.index);
  const graphUrl = useAtlas((s) => s.graphUrl);
  const close = useAtlas((s) => s.openReader);
  const graph = useGraphCommands();
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement | null>(null);
  const doc = reader && index ? index.docById.get(reader.document) : undefined;
  const text = useDocumentText(doc, graphUrl);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (reader && !d.open) d.showModal();
    if (!reader && d.open) d.close();
  }, [reader]);

  const runs = useMemo(
    () =>
      doc && text.status === 'ready'
        ? evidenceRuns(doc, text.text.length, reader?.highlight ?? null)
        : [],
    [doc, text, reader],
  );

  // Scroll the evidence into view once the text is on screen.
  useEffect(() => {
    if (text.status === 'ready') mark.current?.scrollIntoView({ block: 'center' });
  }, [text, runs]);

  const onEntity = (id: string) => {
    close(null);
    selectNode(id, graph);
  };

  return (
    <dialog
      ref={dialog}
      className="reader"
      aria-labelledby="reader-title"
      onClose={() => close(null)}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself) closes it.
        if (e.target === dialog.current) close(null);
      }}
    >
      {doc && (
        <div className="reader-inner">
          <ReaderHead doc={doc} onClose={() => close(null)} />
          <div className="reader-text" data-testid="reader-text">
            {text.status === 'loading' && <p className="muted">Loading the text…</p>}
            {text.status === 'error' && (
              <p role="alert">The text could not be loaded: {text.message}</p>
            )}
            {text.status === 'ready' &&
              runs.map((run) => (
                <TextRun
                  key={run.segments[0]?.start ?? 0}
                  run={run}
                  text={text.text}
                  index={index}
                  mark={mark}
                  onEntity={onEntity}
                />
              ))}
          </div>
        </div>
      )}
    </dialog>
  );
}
