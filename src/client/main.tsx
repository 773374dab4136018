import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { claimCytoscapeStylesheet } from './csp';
import { startApp } from './startup';
import { atlasStore } from './store';
import './styles.css';

// Before any graph is drawn: keeps Cytoscape from adding an inline <style> (see csp.ts).
claimCytoscapeStylesheet(document);

// Start fetching the graph (and the drawing code) now rather than in an effect after
// React's first commit: the download is the first long step before anything is drawn.
startApp(atlasStore);

// Under `npm start`, a rebuilt graph is patched into the open page (live.ts).
if (import.meta.hot) {
  const hot = import.meta.hot;
  void import('./live').then((live) => live.listenForRebuilds(hot, atlasStore));
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
