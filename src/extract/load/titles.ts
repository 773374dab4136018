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

/** Title from an HTML <title>: drops a " | Site name" suffix. */
export function cleanHtmlTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·»]\s+|\s+-\s+/);
  if (parts.length < 2) return t;
  let best = parts[0] as string;
  for (const p of parts) if (p.length > best.length) best = p;
  return best.trim();
}
