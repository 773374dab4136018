/**
 * zod compiles object parsers with `new Function` when eval is allowed, and probes for
 * eval when a schema is defined. The site's CSP forbids eval (src/client/csp.ts), so
 * the probe would only fail and be reported as a policy violation. This switches
 * compiling off; it must be imported before any module that defines a schema.
 */
// zod/mini, like the schema (src/schema/graph.ts): the classic `zod` entry would bring
// its whole method-chaining API into the bundle. Both share one configuration.
import { config } from 'zod/mini';

config({ jitless: true });
