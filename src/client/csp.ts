/**
 * The Content-Security-Policy of the built site, and what the client does so that it
 * needs nothing more.
 *
 * vite.config.ts writes the policy into the built index.html as a <meta> tag (build
 * only: the dev server needs an inline React-refresh preamble). The e2e suite reads it
 * from here to check that the built page carries it.
 *
 * - Scripts, styles, fonts, fetches and frames come only from the site itself: no inline
 *   script, no eval, no inline <style>, no third party.
 * - Images may also be blob: (exported pictures).
 * - No plugins (object-src), no <base> rewriting, no form submissions.
 *
 * A <meta> policy cannot set frame-ancestors (nor report-uri / sandbox); whoever hosts
 * the site can send those as HTTP headers.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/**
 * Cytoscape's renderer adds an inline <style> (`.__________cytoscape_container
 * { position: relative }`) to the page unless an element with this id already
 * exists. The policy forbids inline styles, so styles.css carries that rule and
 * `claimCytoscapeStylesheet` puts an inert element with the id in place first.
 */
export const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

export function claimCytoscapeStylesheet(doc: Document): void {
  if (doc.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = doc.createElement('template');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  doc.head.append(placeholder);
}
