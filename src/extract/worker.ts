/**
 * Entry of a build worker thread (see parallel.ts): builds its Context once, then runs
 * the per-document stages for the documents the pool sends.
 */
import { serveDocuments } from './parallel.js';

serveDocuments();
