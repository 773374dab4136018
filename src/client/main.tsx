import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { claimCytoscapeStylesheet } from './csp';
import './styles.css';

// Before any graph is drawn: keeps Cytoscape from adding an inline <style> (see csp.ts).
claimCytoscapeStylesheet(document);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
