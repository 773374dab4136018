/**
 * Decoding file bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Latin-1 read
 * as Windows-1252; binary files are recognised and refused with a reason.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin-1';

export type Decoded =
  { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/** True when a decoded sample looks like binary data rather than text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (
      (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) ||
      c === 0x7f ||
      (c >= 0x80 && c < 0xa0)
    )
      control++;
  }
  return n > 0 && control / n > 0.1;
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

// Windows-1252 in 0x80-0x9F (curly quotes, dashes, euro sign); undefined slots stay C1.
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Latin-1 read as Windows-1252, which is what "Latin-1" text from the web is in practice. */
function decodeLatin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j] as number;
      codes[j - i] = b >= 0x80 && b < 0xa0 ? (CP1252[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * UTF-8 text cut inside its last character (a truncated download, a file caught while it
 * was being written): the complete characters, when there is at least one non-ASCII one
 * to show the file is UTF-8. Else null. Without this, one torn character at the end would
 * turn a whole UTF-8 file into Latin-1 mojibake ("ZÃ¼rich").
 */
function decodeTruncatedUtf8(bytes: Uint8Array): string | null {
  try {
    // In streaming mode an incomplete final sequence is held back instead of rejected.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    // eslint-disable-next-line no-control-regex
    return /[^\u0000-\u007f]/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** Decodes file bytes, or says why they are not text. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16le').decode(swapBytes(bytes.subarray(2)));
    encoding = 'utf-16be';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      const truncated = decodeTruncatedUtf8(bytes);
      if (truncated !== null) {
        text = truncated;
        encoding = 'utf-8';
      } else {
        text = decodeLatin1(bytes);
        encoding = 'latin-1';
      }
    }
  }
  if (looksBinary(text)) return { ok: false, reason: 'binary file' };
  return { ok: true, text, encoding };
}
