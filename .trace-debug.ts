// debug only (not committed): entity trace for one page
import { loadFile } from './src/extract/stages/load.js';
import { createContext } from './src/extract/knowledge/context.js';
import { STAGES } from './src/extract/pipeline.js';
import { extractEntities } from './src/extract/stages/entities.js';
import { DEFAULT_DATA_DIR } from './src/extract/knowledge/data-dir.js';

const [file, filter] = process.argv.slice(2);
const context = createContext(DEFAULT_DATA_DIR);
const { documents } = await loadFile(file!);
let doc: any = documents[0];
for (const stage of STAGES) {
  if (stage.name === 'entities') break;
  doc = (stage as any).run(doc, context);
}
const re = filter ? new RegExp(filter, 'i') : null;
const out = extractEntities(doc, context.knowledge, context.places, (entry) => {
  if (!re || re.test(entry.surface)) console.log(entry.decision.padEnd(6), entry.rule.padEnd(28), JSON.stringify(entry.surface), '|', doc.text.slice(Math.max(0, entry.start - 40), entry.start).replace(/\n/g, ' '));
});
