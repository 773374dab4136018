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
import { StatusLine } from './StatusLine';

/**
 * Cytoscape is most of the JavaScript. It is loaded as its own chunk, requested at
 * start-up in parallel with graph.json (see startup.ts), so it never waits on the
 * shell and the shell never waits on it; nothing can be drawn before the data anyway.
 */
const GraphView = lazy(loadGraphView);

function loadGraphView() {
  return import('./GraphView').then((m) => ({ default: m.GraphView }));
}

export function Workspace() {
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
          <a href="#list-region">Skip to the list</a>
          <a href="#details-region">Skip to details</a>
        </nav>
        <Header />
        <Notices />
        <div className="workspace">
          <FiltersPanel />
          <main className="center">
            <Suspense fallback={<div className="graph-area graph-loading">Drawing the graph…</div>}>
              <GraphView />
            </Suspense>
            <StatusLine />
            <ListView />
          </main>
          <DetailsPanel />
        </div>
        <DocumentReader />
        <Announcer />
      </div>
    </GraphCommandsProvider>
  );
}
