export { toGexf } from './gexf.js';
export { toGraphml } from './graphml.js';
export type { GraphView } from './view.js';
