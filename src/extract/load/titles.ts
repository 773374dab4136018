/** Document ids (slugs) and titles. */
import { basename, extname } from 'node:path';
/** Slug for ids: lower-case ASCII letters, digits, '_' and '-'. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'doc';
}

export function baseName(abs: string): string {
  const b = basename(abs);
  const ext = extname(b);
  return ext ? b.slice(0, -ext.length) : b;
}

/** The first non-empty line when it reads like a headline, else null. */
export function headlineTitle(text: string, markdown: boolean): string | null {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let line = text.slice(pos, Math.min(end, pos + 1000)).trim();
    pos = end + 1;
    if (!line) continue;
    if (markdown) line = line.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
    line = line.replace(/\s+/g, ' ');
    if (line.length < 2 || line.length >= 200 || !/\p{L}/u.test(line) || line.startsWith('('))
      return null;
    if (!text.slice(end).trim()) return null; // the only line is the body, not a title
    if (/[,;:]$/.test(line)) return null;
    // Glued menu text ("CompanyCompany OverviewHistory") is not a headline.
    if ((line.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2) return null;
    const words = line.split(' ').length;
    if (/[.]$/.test(line) && words > 8) return null;
    return line;
  }
  return null;
}

/** Title from an HTML <title>: drops a " | Site name" suffix. */
export function cleanHtmlTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·»]\s+|\s+-\s+/);
  if (parts.length < 2) return t;
  let best = parts[0] as string;
  for (const p of parts) if (p.length > best.length) best = p;
  return best.trim();
}
