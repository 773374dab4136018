import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeBytes,
  extractLeadingDate,
  htmlToText,
  limitNesting,
  loadFile,
  MAX_NESTING,
  loadInputs,
  normalizeDate,
  slugify,
  uniqueIds,
} from './load.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'load-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file under a fresh sub-folder and returns that folder. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('decodeBytes', () => {
  it('reads UTF-8 and strips a UTF-8 BOM', () => {
    const plain = decodeBytes(new TextEncoder().encode('Ørsted og Equinor'));
    expect(plain).toEqual({ ok: true, text: 'Ørsted og Equinor', encoding: 'utf-8' });
    const bom = decodeBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Enel Américas')]),
    );
    expect(bom).toEqual({ ok: true, text: 'Enel Américas', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const text = 'Itaú Unibanco – São Paulo';
    const le = new Uint8Array(2 + text.length * 2);
    const be = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + 2 * i] = c & 0xff;
      le[3 + 2 * i] = c >> 8;
      be[2 + 2 * i] = c >> 8;
      be[3 + 2 * i] = c & 0xff;
    }
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to Latin-1 (Windows-1252) when the bytes are not valid UTF-8', () => {
    // "Société Générale’s" in Windows-1252: é = 0xE9, ’ = 0x92
    const bytes = new Uint8Array([
      0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9, 0x20, 0x47, 0xe9, 0x6e, 0xe9, 0x72, 0x61, 0x6c,
      0x65, 0x92, 0x73,
    ]);
    expect(decodeBytes(bytes)).toEqual({
      ok: true,
      text: 'Société Générale’s',
      encoding: 'latin-1',
    });
  });

  it('rejects empty and binary input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(
      decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
    ).toEqual({
      ok: false,
      reason: 'binary file',
    });
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(controls)).toEqual({ ok: false, reason: 'binary file' });
  });
});

describe('dates', () => {
  it('takes a leading date line and removes it', () => {
    expect(extractLeadingDate(' date 2018-05 (Agence Nord) - Statkraft a signé.')).toEqual({
      date: '2018-05',
      text: '(Agence Nord) - Statkraft a signé.',
    });
    expect(extractLeadingDate('date: 2019-03-28\nVattenfall signed.\n')).toEqual({
      date: '2019-03-28',
      text: 'Vattenfall signed.\n',
    });
    expect(extractLeadingDate('\n  Date 2021\nText')).toEqual({ date: '2021', text: 'Text' });
  });

  it('leaves text alone when there is no valid leading date', () => {
    expect(extractLeadingDate('Update 2019-03-28: text')).toEqual({
      date: null,
      text: 'Update 2019-03-28: text',
    });
    expect(extractLeadingDate('date 2019-13-02 text')).toEqual({
      date: null,
      text: 'date 2019-13-02 text',
    });
    expect(extractLeadingDate('dated 2019 text').date).toBeNull();
  });

  it('normalises metadata dates', () => {
    expect(normalizeDate('2019-03-28T10:00:00Z')).toBe('2019-03-28');
    expect(normalizeDate('March 28, 2019')).toBe('2019-03-28');
    expect(normalizeDate('28 mars 2019')).toBe('2019-03-28');
    expect(normalizeDate('2020-07')).toBe('2020-07');
    expect(normalizeDate('soon')).toBeNull();
    expect(normalizeDate(undefined)).toBeNull();
  });
});

describe('titles and ids', () => {
  it('slugifies file names to [a-z0-9_-]', () => {
    expect(slugify('000_fca733f0cbea7f0a')).toBe('000_fca733f0cbea7f0a');
    expect(slugify('Équipe Énergie Nordique (2)')).toBe('equipe-energie-nordique-2');
    expect(slugify('!!!')).toBe('doc');
  });

  it('makes ids unique deterministically, avoiding ids that exist naturally', () => {
    expect(uniqueIds(['a', 'a', 'a-2', 'b', 'a'])).toEqual(['a', 'a-3', 'a-2', 'b', 'a-4']);
  });
});

describe('htmlToText', () => {
  const html = `<!doctype html><html><head>
<title>Fjordkraft and Nordvind sign deal | Nordic Power News</title>
<meta property="article:published_time" content="2023-04-05T08:00:00+02:00">
<link rel="canonical" href="https://example.org/fjordkraft-nordvind">
<script>var tracking = "must not appear";</script><style>p{color:red}</style>
</head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<header class="site"><p>Subscribe today</p></header>
<article><h1>Fjordkraft and Nordvind sign deal</h1>
<p>OSLO &mdash; Fjordkraft&nbsp;AS has signed a <b>supply</b> agreement with Nordvind&#44; the wind developer.</p>
<ul><li>First item</li><li>Second &amp; last</li></ul>
<p>Line one<br>Line two</p>
<noscript>Enable JavaScript</noscript>
<form><p>Sign up</p></form>
<svg><title>icon</title></svg>
</article>
<aside>Related: other story</aside>
<footer>© 2023 Nordic Power News</footer>
</body></html>`;

  it('keeps the article text with line breaks at blocks and decoded entities', () => {
    const r = htmlToText(html);
    expect(r.text).toBe(
      [
        'Fjordkraft and Nordvind sign deal',
        '',
        'OSLO — Fjordkraft AS has signed a supply agreement with Nordvind, the wind developer.',
        '',
        'First item',
        'Second & last',
        '',
        'Line one',
        'Line two',
      ].join('\n'),
    );
    for (const gone of [
      'tracking',
      'color',
      'Home',
      'Subscribe',
      'Enable JavaScript',
      'Sign up',
      'icon',
      'Related',
      '©',
    ])
      expect(r.text).not.toContain(gone);
  });

  it('takes title, date and canonical url from the head', () => {
    const r = htmlToText(html);
    expect(r.title).toBe('Fjordkraft and Nordvind sign deal');
    expect(r.date).toBe('2023-04-05');
    expect(r.url).toBe('https://example.org/fjordkraft-nordvind');
  });

  it('copes with thousands of never-closed elements', () => {
    const r = htmlToText(
      `<title>Deep</title>${'<div><span>'.repeat(20_000)}Orkla and Telenor agreed.`,
    );
    expect(r.text).toBe('Orkla and Telenor agreed.');
    expect(r.title).toBe('Deep');
  });

  it('falls back to the first h1 for the title and to meta name=date', () => {
    const r = htmlToText(
      '<meta name="date" content="2022-11"><div><h1>Banco Sul &amp; Caixa</h1>Text</div>',
    );
    expect(r.title).toBe('Banco Sul & Caixa');
    expect(r.date).toBe('2022-11');
    expect(r.url).toBeUndefined();
  });
});

describe('loadInputs', () => {
  it('reads txt, md, html and csv documents from a folder tree, sorted, with ids from file names', async () => {
    const root = folder('mixed', {
      'b/002_statkraft.txt':
        ' date 2018-05 (Agence Nord) - Statkraft a signé un accord avec Vattenfall.\n',
      'a/001_iberdrola.md':
        '---\ntitle: Iberdrola y Naturgy\ndate: 2021-02-03\nurl: https://example.es/x\n---\n# Iberdrola y Naturgy firman\n\nTexto.\n',
      'c/page.htm': '<title>Volkswagen and Bosch</title><p>Volkswagen and Bosch agreed.</p>',
      'd/corpus.csv':
        'Title,DATE,url,Text\nItaú expands,2020-01-02,https://x.br/1,"Itaú Unibanco opened, again."\nEmpty,,,\n,2019,,"Bradesco signed.\nSecond line."\n',
      'notes.pdf': '%PDF-1.4',
      '.hidden.txt': 'ignored',
    });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents.map((d) => d.id)).toEqual([
      '001_iberdrola',
      '002_statkraft',
      'page',
      'corpus-r1',
      'corpus-r3',
    ]);
    const [md, txt, html, row1, row3] = documents;
    expect(md).toMatchObject({
      file: 'mixed/a/001_iberdrola.md',
      format: 'md',
      title: 'Iberdrola y Naturgy',
      date: '2021-02-03',
      url: 'https://example.es/x',
      text: '# Iberdrola y Naturgy firman\n\nTexto.\n',
    });
    expect(txt?.title).toBeUndefined();
    expect(txt).toMatchObject({
      format: 'txt',
      date: '2018-05',
      text: '(Agence Nord) - Statkraft a signé un accord avec Vattenfall.\n',
    });
    expect(html).toMatchObject({
      format: 'html',
      title: 'Volkswagen and Bosch',
      text: 'Volkswagen and Bosch agreed.',
    });
    expect(row1).toMatchObject({
      file: 'mixed/d/corpus.csv#1',
      format: 'csv',
      title: 'Itaú expands',
      date: '2020-01-02',
      url: 'https://x.br/1',
      text: 'Itaú Unibanco opened, again.',
    });
    expect(row3).toMatchObject({ date: '2019', text: 'Bradesco signed.\nSecond line.' });
    expect(row3?.title).toBeUndefined();
    expect(problems).toEqual([
      { file: 'mixed/d/corpus.csv', reason: 'row 2: empty text; row skipped' },
      {
        file: 'mixed/notes.pdf',
        reason: 'unsupported file type (.pdf): expected .txt, .md, .html, .htm or .csv',
      },
    ]);
  });

  it('finds a date line near the top, and leaves the title to the clean stage', async () => {
    const root = folder('title', {
      'x.txt':
        'Equinor and Ørsted sign offshore wind deal\n\nNovember 27, 2018\n\nEquinor said on Monday.',
    });
    const { documents } = await loadInputs([root]);
    expect(documents[0]).toMatchObject({ date: '2018-11-27' });
    expect(documents[0]?.title).toBeUndefined();
    expect(documents[0]?.text).toContain('November 27, 2018');
  });

  it('does not depend on the order of the inputs and de-duplicates colliding ids', async () => {
    const root = folder('collide', {
      'one/Report.txt': 'Report one.',
      'two/report.md': 'Report two.',
      'three/report!.txt': 'Report three.',
      'three/report-2.txt': 'Report four.',
    });
    const inputs = ['one', 'two', 'three'].map((s) => join(root, s));
    const a = await loadInputs(inputs);
    const b = await loadInputs([...inputs].reverse());
    expect(b).toEqual(a);
    expect(a.documents.map((d) => [d.id, d.text])).toEqual([
      ['report', 'Report one.'],
      ['report-3', 'Report three.'],
      ['report-2', 'Report four.'],
      ['report-4', 'Report two.'],
    ]);
  });

  it('reads a file given twice only once', async () => {
    const root = folder('twice', { 'a.txt': 'Enel.' });
    const { documents } = await loadInputs([root, join(root, 'a.txt'), root]);
    expect(documents).toHaveLength(1);
  });
});

describe('bad inputs', () => {
  it('reports an empty file and a whitespace-only file', async () => {
    const root = folder('empty-files', { 'empty.txt': '', 'blank.md': ' \n\t\n' });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      { file: 'empty-files/blank.md', reason: 'empty file (only whitespace)' },
      { file: 'empty-files/empty.txt', reason: 'empty file' },
    ]);
  });

  it('reports a binary file', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const root = folder('binary', { 'image.txt': bytes });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents).toEqual([]);
    expect(problems).toEqual([{ file: 'binary/image.txt', reason: 'binary file' }]);
  });

  it('decodes invalid UTF-8 as Latin-1', async () => {
    const latin1 = new Uint8Array([
      ...Buffer.from('Caf', 'latin1'),
      0xe9,
      ...Buffer.from(' Nordström, Zürich', 'latin1'),
    ]);
    const root = folder('latin1', { 'cafe.txt': latin1 });
    const { documents, problems } = await loadInputs([root]);
    expect(problems).toEqual([]);
    expect(documents[0]?.text).toBe('Café Nordström, Zürich');
  });

  it('decodes a UTF-16 LE file with BOM', async () => {
    const text = 'Señor Álvarez joined Iberdrola in Bilbao.\r\nSecond line.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const root = folder('utf16', { 'es.txt': bytes });
    const { documents } = await loadInputs([root]);
    expect(documents[0]?.text).toBe('Señor Álvarez joined Iberdrola in Bilbao.\nSecond line.');
  });

  it('loads a 20 MB file and reports one above the size cap', async () => {
    const sentence =
      'Statkraft and Vattenfall signed a long-term power purchase agreement in Norway. ';
    const big = sentence.repeat(Math.ceil((20 * 1024 * 1024) / sentence.length));
    const root = folder('big', { 'big.txt': big, 'small.txt': 'x'.repeat(3000) });
    const ok = await loadFile(join(root, 'big.txt'));
    expect(ok.problems).toEqual([]);
    expect(ok.documents[0]?.text.length).toBe(big.length);
    const capped = await loadInputs([join(root, 'small.txt')], { maxBytes: 1000, cwd: dir });
    expect(capped.documents).toEqual([]);
    expect(capped.problems).toEqual([
      { file: 'big/small.txt', reason: 'file too large: 0.0 MB (the limit is 0.0 MB)' },
    ]);
  });

  it('reports a run of 200 000 dots, or 300 000 commas, as no text', async () => {
    const root = folder('dots', {
      'dots.txt': '.'.repeat(200_000),
      'commas.md': ','.repeat(300_000),
      'dots-and-a-word.txt': `${'.'.repeat(200_000)}Enel`,
      'rows.csv': `title,text\nDots,${'.'.repeat(1000)}\nFine,Enel signed.\n`,
    });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents.map((d) => [d.id, d.text.length])).toEqual([
      ['dots-and-a-word', 200_004],
      ['rows-r2', 12],
    ]);
    expect(problems).toEqual([
      { file: 'dots/commas.md', reason: 'no text: no letters or digits' },
      { file: 'dots/dots.txt', reason: 'no text: no letters or digits' },
      { file: 'dots/rows.csv', reason: 'row 1: text has no letters or digits; row skipped' },
    ]);
  });

  it('reports a CSV without a text column, naming the columns found', async () => {
    const root = folder('csv-no-text', { 'table.csv': 'name,revenue\nEnel,10\n' });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'csv-no-text/table.csv',
        reason: 'CSV has no text column (expected a "text" header; found: name, revenue)',
      },
    ]);
  });

  it('skips a malformed CSV row with a problem naming the row', async () => {
    const root = folder('csv-bad-row', {
      'rows.csv': 'title,text\nGood,Enel signed.\nBad\nAlso good,Endesa agreed.\n',
    });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ['rows-r1', 'Enel signed.'],
      ['rows-r3', 'Endesa agreed.'],
    ]);
    expect(problems).toEqual([
      {
        file: 'csv-bad-row/rows.csv',
        reason: 'row 2: Too few fields: expected 2 fields but parsed 1; row skipped',
      },
    ]);
  });

  it('walks a directory named like a document, even an empty one', async () => {
    const root = folder('dirlike', { 'x.txt/inner.txt': 'Inner document about Repsol.' });
    mkdirSync(join(root, 'y.md'));
    const { documents, problems } = await loadInputs([root, join(root, 'y.md')]);
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.text])).toEqual([
      ['inner', 'Inner document about Repsol.'],
    ]);
  });

  it('reports an unreadable file with the reason', async () => {
    const root = folder('unreadable', { 'locked.txt': 'Secret.', 'fine.txt': 'Fine.' });
    symlinkSync(join(root, 'does-not-exist.txt'), join(root, 'dangling.txt'));
    chmodSync(join(root, 'locked.txt'), 0o000);
    try {
      const { documents, problems } = await loadInputs([root], { cwd: dir });
      expect(documents.map((d) => d.id)).toContain('fine');
      expect(problems).toContainEqual({
        file: 'unreadable/dangling.txt',
        reason: 'cannot read: ENOENT no such file or directory',
      });
      if (!isRoot) {
        // root can read a file with mode 000, so EACCES only happens for other users
        expect(problems).toContainEqual({
          file: 'unreadable/locked.txt',
          reason: 'cannot read: EACCES permission denied',
        });
        expect(documents.map((d) => d.id)).not.toContain('locked');
      }
    } finally {
      chmodSync(join(root, 'locked.txt'), 0o644);
    }
  });

  it('returns nothing for an empty folder and reports a missing path', async () => {
    const root = folder('nothing', {});
    expect(await loadInputs([root])).toEqual({ documents: [], problems: [] });
    const missing = await loadInputs([join(root, 'missing')], { cwd: dir });
    expect(missing).toEqual({
      documents: [],
      problems: [
        { file: 'nothing/missing', reason: 'cannot read: ENOENT no such file or directory' },
      ],
    });
  });
});

describe('hostile inputs', () => {
  it('decodes UTF-8 cut inside its last character as UTF-8, not as Latin-1', () => {
    const full = Buffer.from('Ørsted signed with Zürich Energie – ✓', 'utf8');
    for (const cut of [1, 2]) {
      const d = decodeBytes(full.subarray(0, full.length - cut));
      expect(d).toEqual({
        ok: true,
        text: 'Ørsted signed with Zürich Energie – ',
        encoding: 'utf-8',
      });
    }
    // An ASCII file ending in one Latin-1 letter is Latin-1: nothing shows it is UTF-8.
    expect(decodeBytes(new Uint8Array([...Buffer.from('Caf'), 0xe9]))).toEqual({
      ok: true,
      text: 'Café',
      encoding: 'latin-1',
    });
    // Invalid bytes in the middle are still Latin-1.
    expect(decodeBytes(new Uint8Array([...Buffer.from('Zürich '), 0xe9, 0x41]))).toMatchObject({
      encoding: 'latin-1',
    });
  });

  it('keeps quoted newlines and reports broken quoting with the lines it swallowed', async () => {
    const root = folder('csv-quotes', {
      'q.csv': [
        'title,date,url,text',
        '"Multi-line",2021-03-01,https://example.com/a,"Acme Holdings signed an agreement',
        'with Globex Corporation in Kenya.',
        '',
        'A second paragraph, with a comma and ""quotes""."',
        'Broken quote,2020-01-01,,"Initech Corporation supplies Acme Holdings in Ghana.',
        'Plain row,2019-05-05,,Hooli Corporation formed a joint venture with Acme Holdings.',
        'Last row,2018,,"Stark Industries signed a partnership agreement with Wayne Enterprises."',
        '',
      ].join('\n'),
      'b.csv': [
        'title,text',
        'Stray quote,Umbrella "Corporation" signed a deal with Acme Holdings.',
        'Leading quote,"Vandelay Industries" supplies Soylent Corporation in Senegal.',
        'Extra fields,Cyberdyne Systems,extra,more',
        '',
      ].join('\n'),
    });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents.map((d) => [d.id, d.title, d.text])).toEqual([
      ['b-r1', 'Stray quote', 'Umbrella "Corporation" signed a deal with Acme Holdings.'],
      [
        'q-r1',
        'Multi-line',
        'Acme Holdings signed an agreement\nwith Globex Corporation in Kenya.\n\nA second paragraph, with a comma and "quotes".',
      ],
    ]);
    expect(problems).toEqual([
      {
        file: 'csv-quotes/b.csv',
        reason:
          'row 2: Trailing quote on quoted field is malformed; row skipped (its quoted field runs on over 1 more line, which may be rows of their own)',
      },
      {
        file: 'csv-quotes/q.csv',
        reason:
          'row 2: Trailing quote on quoted field is malformed; row skipped (its quoted field runs on over 2 more lines, which may be rows of their own)',
      },
    ]);
  });

  it('reports a named pipe called like a document instead of blocking on it', async () => {
    const root = folder('fifo', { 'fine.txt': 'Enel signed a deal with Endesa.' });
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    expect(documents.map((d) => d.id)).toEqual(['fine']);
    expect(problems).toEqual([{ file: 'fifo/pipe.txt', reason: 'not a regular file' }]);
  });

  it('flattens HTML nested deeper than the limit in linear time, keeping text and hiding code', () => {
    const P = '<p>Acme Holdings signed a partnership agreement with Globex Corporation.</p>';
    const n = 200_000; // htmlparser2 alone needs ~25 s here: its stack is an array it unshifts
    const divs = `<body>${'<div>'.repeat(n)}${P}${'</div>'.repeat(n)}</body>`;
    expect(htmlToText(divs).text).toBe(
      'Acme Holdings signed a partnership agreement with Globex Corporation.',
    );
    const deep =
      `<body>${'<div><b>'.repeat(1000)}<script>alert("Evil Corp")</script>` +
      `<nav><a>Menu Corp</a><div>More Menu Corp</div></nav>${P}<style>.x{}</style>` +
      `<td>cell one<td>cell two${'</b></div>'.repeat(1000)}<p>After the nesting.</p></body>`;
    expect(htmlToText(deep).text).toBe(
      'Acme Holdings signed a partnership agreement with Globex Corporation.\n' +
        'cell one cell two\n\nAfter the nesting.',
    );
    const tables = `${'<table><tr><td>'.repeat(50_000)}${P}`;
    expect(htmlToText(tables).text).toBe(
      'Acme Holdings signed a partnership agreement with Globex Corporation.',
    );
  });

  it('leaves pages that nest less than the limit untouched', () => {
    const pages = [
      `<ul>${'<li>item '.repeat(3 * MAX_NESTING)}</ul>`,
      '<p>para '.repeat(3 * MAX_NESTING),
      `<table>${'<tr><td>a<td>b'.repeat(3 * MAX_NESTING)}</table>`,
      `${'<div>'.repeat(MAX_NESTING)}deep enough${'</div>'.repeat(MAX_NESTING)}`,
      `<script>${'<div>'.repeat(3 * MAX_NESTING)}</script><p>text</p>`,
    ];
    for (const html of pages) expect(limitNesting(html) === html).toBe(true);
  });

  /** Runs `change` on every turn of the event loop until it returns false or stop() is called. */
  function everyTurn(change: (turn: number) => boolean): { stop: () => void } {
    let stopped = false;
    let turn = 0;
    const tick = () => {
      if (stopped || !change(turn++)) return;
      setImmediate(tick);
    };
    setImmediate(tick);
    return { stop: () => (stopped = true) };
  }

  it('reports a file that keeps changing while it is read', async () => {
    const root = folder('growing', { 'log.txt': 'Enel signed a deal with Endesa.\n' });
    // Appended to on every turn of the event loop, so between any two steps of a read.
    const writer = everyTurn((n) => {
      appendFileSync(join(root, 'log.txt'), `Line ${n}: Ørsted agreed.\n`);
      return true;
    });
    try {
      const { documents, problems } = await loadInputs([root], { cwd: dir });
      expect(documents).toEqual([]);
      expect(problems).toEqual([
        { file: 'growing/log.txt', reason: 'file changed while it was being read (4 attempts)' },
      ]);
    } finally {
      writer.stop();
    }
  });

  it('reads the settled version of a file that stops changing', async () => {
    const root = folder('settling', { 'log.txt': 'Enel signed a deal with Endesa.\n' });
    const writer = everyTurn((n) => {
      appendFileSync(join(root, 'log.txt'), `Line ${n}: Ørsted agreed.\n`);
      return n < 3;
    });
    const { documents, problems } = await loadInputs([root], { cwd: dir });
    writer.stop();
    expect(problems).toEqual([]);
    expect(documents[0]?.text).toBe(
      'Enel signed a deal with Endesa.\n' +
        [0, 1, 2, 3].map((n) => `Line ${n}: Ørsted agreed.\n`).join(''),
    );
  });

  it('reads one whole version of a file replaced by rename while it is read', async () => {
    const a = `Version A: Enel signed a deal with Endesa.\n${'a'.repeat(300_000)}\n`;
    const b = `Version B: Iberdrola signed a deal with Repsol.\n${'b'.repeat(200_000)}\n`;
    const root = folder('replaced', { 'doc.txt': a, 'a.tmp': a, 'b.tmp': b });
    const writer = everyTurn((n) => {
      writeFileSync(join(root, 'next.tmp'), n % 2 ? a : b);
      renameSync(join(root, 'next.tmp'), join(root, 'doc.txt'));
      return true;
    });
    try {
      for (let i = 0; i < 5; i++) {
        const { documents, problems } = await loadFile(join(root, 'doc.txt'));
        expect(problems).toEqual([]);
        expect([a.trimEnd(), b.trimEnd()]).toContain(documents[0]?.text.trimEnd());
      }
    } finally {
      writer.stop();
    }
  });
});

describe('seeds', () => {
  it('keeps the seed file names as ids and reads the leading date line', async () => {
    const { documents, problems } = await loadInputs(['seeds']);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      '000_fca733f0cbea7f0a',
      '001_47e597b5552f65ef',
      '002_a75531127426b9f7',
      '003_50797c278d492b51',
      '004_28bb768058e522af',
    ]);
    expect(documents[1]?.date).toBe('2018-05');
    expect(documents[1]?.text.startsWith('(Agence Ecofin) - Le fournisseur')).toBe(true);
    expect(documents[4]?.date).toBe('2018-11-27');
  });
});
