// graphology-gexf's writer alone: its package entry points also load a parser, which needs
// a DOM (the browser's, or @xmldom/xmldom in Node) that writing does not.
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology-types';
  export default function write(
    graph: Graph,
    options?: { version?: '1.2' | '1.3'; pretty?: boolean; encoding?: string },
  ): string;
}
