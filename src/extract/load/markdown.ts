/** Markdown front matter (--- key: value --- at the top). */
export function frontMatter(text: string): { meta: Record<string, string>; text: string } {
  if (!text.startsWith('---\n')) return { meta: {}, text };
  const end = text.indexOf('\n---', 4);
  if (end < 0 || end > 4000) return { meta: {}, text };
  const meta: Record<string, string> = {};
  for (const line of text.slice(4, end).split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m)
      meta[(m[1] as string).toLowerCase()] = (m[2] as string).replace(/^["']|["']$/g, '').trim();
  }
  const after = text.indexOf('\n', end + 4);
  return { meta, text: after < 0 ? '' : text.slice(after + 1) };
}
