// Characters XML 1.0 cannot carry at all, even escaped: most C0 controls, lone surrogates
// and the two non-characters U+FFFE and U+FFFF. Document text can hold any of them.
const NOT_XML = /(?![\t\n\r\u007F-\u009F])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** The text with what XML cannot carry replaced by U+FFFD; escaping is left to the writer. */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '\uFFFD');
}

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
