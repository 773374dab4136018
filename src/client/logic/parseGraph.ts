/** Turns the fetched text into a validated graph, or a message that says what is wrong. */
// First: it configures zod before the schema module defines its schemas.
import './zodJitless';
import { validateGraph, type ValidationResult } from '../../schema/graph';
import { mark } from '../perf';

export function parseGraphText(text: string, name = 'graph.json'): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `${name} is not valid JSON: ${detail}` };
  }
  mark('parsed');
  const result = validateGraph(data);
  mark('validated');
  return result;
}
