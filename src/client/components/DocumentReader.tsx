/**
 * The document reader: a modal dialog with the source text. The evidence sentence is
 * highlighted and scrolled into view, and every recognised entity is a button that
 * selects it. The text is rendered as React text nodes, never as HTML, so markup or
 * scripts inside a scraped article are shown as characters and never run.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useGraphCommands } from '../cy/GraphContext';
import { documentText } from '../data/documentText';
import { segmentText, type Segment } from '../logic/docSegments';
import { formatDate } from '../logic/format';
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

export function DocumentReader() {
  const reader = useAtlas((s) => s.reader);
  const index = useAtlas((s) => s.index);
  const graphUrl = useAtlas((s) => s.graphUrl);
  const close = useAtlas((s) => s.openReader);
  const graph = useGraphCommands();
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement | null>(null);
  // The text is kept with the id of its document, so switching documents shows
  // "loading" without a state reset inside an effect.
  const [loaded, setLoaded] = useState<{ id: string; state: TextState } | null>(null);
  const doc = reader && index ? index.docById.get(reader.document) : undefined;
  const text: TextState = doc && loaded?.id === doc.id ? loaded.state : LOADING;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (reader && !d.open) d.showModal();
    if (!reader && d.open) d.close();
  }, [reader]);

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

  // Runs of segments: consecutive highlighted segments form the evidence sentence.
  const runs = useMemo(() => {
    if (!doc || text.status !== 'ready') return [];
    const out: { highlight: boolean; segments: Segment[] }[] = [];
    for (const seg of segmentText(text.text.length, doc.entities, reader?.highlight ?? null)) {
      const last = out.at(-1);
      if (last && last.highlight === seg.highlight) last.segments.push(seg);
      else out.push({ highlight: seg.highlight, segments: [seg] });
    }
    return out;
  }, [doc, text, reader]);

  // Scroll the evidence into view once the text is on screen.
  useEffect(() => {
    if (text.status === 'ready') mark.current?.scrollIntoView({ block: 'center' });
  }, [text, runs]);

  const href = safeHref(doc?.url);

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
            <button type="button" onClick={() => close(null)}>
              Close
            </button>
          </header>
          <div className="reader-text" data-testid="reader-text">
            {text.status === 'loading' && <p className="muted">Loading the text…</p>}
            {text.status === 'error' && (
              <p role="alert">The text could not be loaded: {text.message}</p>
            )}
            {text.status === 'ready' &&
              runs.map((run) => {
                const parts = run.segments.map((seg) => {
                  const slice = text.text.slice(seg.start, seg.end);
                  const node = seg.entity ? index?.nodeById.get(seg.entity) : undefined;
                  if (!node) return <span key={seg.start}>{slice}</span>;
                  return (
                    <button
                      key={seg.start}
                      type="button"
                      className={`entity type-${node.type}`}
                      title={`${node.label} (${NODE_STYLE[node.type].label})`}
                      onClick={() => {
                        close(null);
                        selectNode(node.id, graph);
                      }}
                    >
                      {slice}
                    </button>
                  );
                });
                const key = run.segments[0]?.start ?? 0;
                // The evidence sentence is one <mark>, with its entities inside.
                return run.highlight ? (
                  <mark key={key} ref={mark}>
                    {parts}
                  </mark>
                ) : (
                  <Fragment key={key}>{parts}</Fragment>
                );
              })}
          </div>
        </div>
      )}
    </dialog>
  );
}
