/**
 * The explorer once a graph is loaded. DOM order follows the visual order (header,
 * filters, graph with its status line and list, details) so keyboard and screen
 * reader users meet things where sighted users see them; skip links jump ahead.
 */
import { lazy, Suspense, useEffect } from 'react';
import { GraphCommandsProvider } from '../cy/GraphContext';
import { Announcer } from './Announcer';
import { DetailsPanel } from './details/DetailsPanel';
import { DocumentReader } from './DocumentReader';
import { FiltersPanel } from './filters/FiltersPanel';
import { Header } from './Header';
import { ListView } from './ListView';
import { Notices } from './Notices';
import { PanelToggle } from './PanelToggle';
import { StatusLine } from './StatusLine';
import { useAtlas } from '../store';
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
        requestAnimationFrame(() => document.getElementById(target)?.focus());
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
            {panels.list && <ListView />}
          </main>
          <DetailsPanel />
        </div>
        <DocumentReader />
        <Announcer />
      </div>
    </GraphCommandsProvider>
  );
}
