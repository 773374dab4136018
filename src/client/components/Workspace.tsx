/**
 * The explorer once a graph is loaded. DOM order follows the visual order (header,
 * filters, graph with its status line and list, details) so keyboard and screen
 * reader users meet things where sighted users see them; skip links jump ahead.
 */
import { lazy, Suspense, useEffect } from 'react';
import { GraphCommandsProvider } from '../cy/GraphContext';
import { afterFirstFrame } from '../perf';
import { Announcer } from './Announcer';
import { focusWhenPresent } from './focusWhenPresent';
import { DetailsPanel } from './details/DetailsPanel';
import { FiltersPanel } from './filters/FiltersPanel';
import { Header } from './Header';
import { Notices } from './Notices';
import { PanelToggle } from './PanelToggle';
import { StatusLine } from './StatusLine';
import { useAtlas } from '../store';
import { useOpenedOnce } from './useOpenedOnce';
import type { PanelName } from '../store/types';

/**
 * Cytoscape is most of the JavaScript. It is loaded as its own chunk, requested at
 * start-up in parallel with graph.json (see startup.ts), so it never waits on the
 * shell and the shell never waits on it; nothing can be drawn before the data anyway.
 */
const GraphView = lazy(loadGraphView);

function loadGraphView() {
  return import('./GraphView').then((m) => ({ default: m.GraphView }));
}

// What no first frame shows is loaded the first time it is opened.
const ListView = lazy(() => import('./ListView').then((m) => ({ default: m.ListView })));
const DocumentReader = lazy(() =>
  import('./DocumentReader').then((m) => ({ default: m.DocumentReader })),
);

/** Fetches what is loaded on first use once the first frame is drawn, so it opens at once. */
function prefetchAfterFirstFrame(): void {
  void afterFirstFrame().then(() =>
    Promise.all([
      import('./ListView'),
      import('./details/NodeDetails'),
      import('./details/EdgeDetails'),
      import('./filters/PathPanel'),
      import('./filters/TimeControls'),
      import('./filters/YearHistogram'),
      import('./ExportPanel'),
      import('./CorrectionList'),
    ]).catch(() => undefined),
  );
}

/** The document reader, mounted from its first opening on (its dialog then stays). */
function LazyDocumentReader() {
  const opened = useOpenedOnce(useAtlas((s) => s.reader) !== null);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <DocumentReader />
    </Suspense>
  );
}

/** A skip link that first opens the panel it jumps to (closed panels are not rendered). */
function SkipLink({
  panel,
  target,
  children,
}: {
  panel: PanelName;
  target: string;
  children: string;
}) {
  const setPanel = useAtlas((s) => s.setPanel);
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        setPanel(panel, true);
        requestAnimationFrame(() => focusWhenPresent(() => document.getElementById(target)));
      }}
    >
      {children}
    </a>
  );
}

export function Workspace() {
  const panels = useAtlas((s) => s.panels);
  // "/" jumps to the search box, as in many web apps, unless the user is typing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      )
        return;
      const search = document.getElementById('search-input');
      if (search) {
        event.preventDefault();
        search.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(prefetchAfterFirstFrame, []);

  return (
    <GraphCommandsProvider>
      <div className="app">
        <nav className="skip-links" aria-label="Skip links">
          <SkipLink panel="list" target="list-region">
            Skip to the list
          </SkipLink>
          <SkipLink panel="details" target="details-region">
            Skip to details
          </SkipLink>
        </nav>
        <Header />
        <Notices />
        <div
          className="workspace"
          data-filters={panels.filters ? 'open' : 'closed'}
          data-details={panels.details ? 'open' : 'closed'}
        >
          <FiltersPanel />
          <main className="center">
            <Suspense fallback={<div className="graph-area graph-loading">Drawing the graph…</div>}>
              <GraphView />
            </Suspense>
            <div className="status-bar">
              <StatusLine />
              <PanelToggle panel="list" label="List" controls="list-region" />
            </div>
            {panels.list && (
              <Suspense fallback={<p className="muted list-loading">Loading the list…</p>}>
                <ListView />
              </Suspense>
            )}
          </main>
          <DetailsPanel />
        </div>
        <LazyDocumentReader />
        <Announcer />
      </div>
    </GraphCommandsProvider>
  );
}
