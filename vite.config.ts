import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './src/client/csp.js';
import { liveGraph } from './src/dev/live-graph.js';

/**
 * Writes the Content-Security-Policy (src/client/csp.ts) into the built index.html,
 * right after <meta charset>, so it comes before every script and stylesheet. Build
 * only: the dev server injects an inline React-refresh preamble the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'partner-atlas:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html) || CONTENT_SECURITY_POLICY.includes('"'))
          throw new Error('index.html: cannot place the Content-Security-Policy <meta> tag');
        return html.replace(
          charset,
          (tag) =>
            `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}

// The client is a static site: graph.json (and any text files beside it) are served
// from public/ and fetched at run time, never bundled. In development (`npm start`) the
// live-graph plugin builds it, rebuilds it on changes and tells the open page.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), liveGraph()],
  // Relative asset URLs, so the built site works from any base path (the client also
  // fetches graph.json relative to the page).
  base: './',
  // Pre-bundled dependencies beside the build cache (ignored by git), not in node_modules.
  cacheDir: '.cache/vite',
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // Everything the page loads up front in one chunk (the entry): small shared chunks
    // each cost a request and compress worse on their own. Cytoscape, loaded at start-up
    // beside graph.json, and what is loaded on first use stay chunks of their own.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] } },
    },
  },
});
