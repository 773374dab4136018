/**
 * zod compiles object parsers with `new Function` when eval is allowed, and probes for
 * eval when a schema is defined. The site's CSP forbids eval (src/client/csp.ts), so
 * the probe would only fail and be reported as a policy violation. This switches
 * compiling off; it must be imported before any module that defines a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
