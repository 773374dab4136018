import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client is a static site: graph.json (and any text files beside it) are served
// from public/ and fetched at run time, never bundled.
export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the built site works from any base path (the client also
  // fetches graph.json relative to the page).
  base: './',
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1500 },
});
