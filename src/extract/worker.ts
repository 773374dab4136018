/**
 * Entry of a worker thread (see parallel.ts): builds its Context once, then runs the
 * document phases of the stage list for the documents the pool sends.
 */
import { serveDocuments } from './parallel.js';

serveDocuments();
