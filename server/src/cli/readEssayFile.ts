import { readFileSync, statSync, writeFileSync } from 'node:fs';

/** How the file was stored, so a fix writes it back the same way. */
export interface FileEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
}

export type ReadResult = ({ ok: true; text: string } & FileEncoding) | { ok: false; error: string };

/** How many leading bytes are looked at to tell a binary file from text. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Reads an essay file as text the way an editor would: UTF-8 (or UTF-16 with a
 * BOM), with a leading BOM dropped. Every failure becomes a one-line reason.
 */
export function readEssayFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, error: 'is a directory, not an essay file' };
    if (!stat.isFile()) return { ok: false, error: 'is not a regular file' };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, error: describeIoError(error) };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, bom: true };
    } catch {
      return { ok: false, error: `is not valid ${encoding.toUpperCase()} text` };
    }
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, error: 'looks like a binary file (it contains NUL bytes), not an essay' };
  try {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { ok: false, error: `is not valid UTF-8 (first bad byte at line ${bad.line}, byte offset ${bad.offset}); save it as UTF-8 and check again` };
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not an essay file';
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}

/** Finds the first byte that breaks UTF-8, for a message the user can act on. */
function firstInvalidUtf8(bytes: Buffer): { offset: number; line: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      if (b === 0x0a) line++;
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return { offset: i, line };
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, line };
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return { offset: i, line };
    i += need + 1;
  }
  return { offset: bytes.length, line };
}

/** Writes text back in the encoding it was read in, BOM included. */
export function writeEssayFile(path: string, text: string, { encoding, bom }: FileEncoding): void {
  const body = bom ? '\uFEFF' + text : text;
  if (encoding === 'utf-8') {
    writeFileSync(path, body, 'utf8');
    return;
  }
  const bytes = Buffer.from(body, 'utf16le');
  if (encoding === 'utf-16be') bytes.swap16();
  writeFileSync(path, bytes);
}
