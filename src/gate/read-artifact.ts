import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { ArtifactError } from '../errors.js';

export interface ReadArtifactOptions {
  /** Largest file accepted; a larger one is refused from its size alone, before any read. */
  readonly maxBytes: number;
  /** How to name the file in messages (for example relative to the workspace); default `path`. */
  readonly displayPath?: string;
}

/**
 * The parsed artifact. The text is deliberately not returned: the signature covers the
 * canonical JSON of the value, not the bytes, and a 30 MB artifact should not stay in memory
 * as bytes, text and value at once.
 */
export interface ReadArtifact {
  readonly value: Record<string, unknown>;
  /** Size of the file in bytes. */
  readonly bytes: number;
  /** A UTF-8 byte order mark was found and ignored; the caller may print a notice. */
  readonly bomStripped: boolean;
}

/** Deeper than any real artifact (which needs 3 levels) and far below what would hurt. */
export const MAX_NESTING_DEPTH = 64;

const MIB = 1024 * 1024;

/**
 * Reads, decodes and parses an artifact file. Every failure is an ArtifactError (exit 2) with
 * one line that names the file; nothing else escapes.
 *
 * Encoding: UTF-8 only (RFC 8259 §8.1). A UTF-8 byte order mark is accepted and stripped,
 * because §8.1 lets a parser ignore it and Windows PowerShell 5 writes one by default;
 * `bomStripped` reports it. UTF-16 and UTF-32 are refused with a hint rather than misread.
 */
export async function readArtifactFile(
  path: string,
  options: ReadArtifactOptions,
): Promise<ReadArtifact> {
  const name = printable(options.displayPath ?? path);
  const fail = (reason: string): ArtifactError => new ArtifactError(`${name}: ${reason}`);
  // Each stage gets its input as a temporary, so the bytes can be collected once decoded and
  // the text once parsed: a large artifact is never held as bytes, text and value at once.
  const decoded = decode(await readBytes(path, options.maxBytes, fail), fail);
  const value = parse(decoded.text, fail);
  return { value, bytes: decoded.bytes, bomStripped: decoded.bomStripped };
}

function decode(
  bytes: Buffer,
  fail: (reason: string) => ArtifactError,
): { text: string; bytes: number; bomStripped: boolean } {
  const bomStripped = hasUtf8Bom(bytes);
  if (bytes.length === 0) throw fail('the artifact is empty (0 bytes)');
  if (isJsonWhitespace(bomStripped ? bytes.subarray(3) : bytes)) {
    throw fail('the artifact is empty (only whitespace)');
  }
  return { text: decodeUtf8(bytes, bomStripped, fail), bytes: bytes.length, bomStripped };
}

function parse(text: string, fail: (reason: string) => ArtifactError): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw fail(`the artifact is not valid JSON: ${describeParseError(error, text)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fail(`the top level must be a JSON object, got ${jsonKind(value)}`);
  }
  const deep = nestingDepthExceeds(value, MAX_NESTING_DEPTH);
  if (deep !== null) {
    throw fail(`the artifact is nested deeper than ${MAX_NESTING_DEPTH} levels (at ${deep})`);
  }
  return value as Record<string, unknown>;
}

async function readBytes(
  path: string,
  maxBytes: number,
  fail: (reason: string) => ArtifactError,
): Promise<Buffer> {
  // stat before opening: opening a named pipe would block until something writes to it.
  let before: Stats;
  try {
    before = await stat(path);
  } catch (error) {
    throw fail(describeOpenError(error));
  }
  checkFile(before, maxBytes, fail);
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fail(describeOpenError(error));
  }
  try {
    // Check again on the open handle: the path may have been replaced in between.
    const opened = await handle.stat();
    checkFile(opened, maxBytes, fail);
    const buffer = Buffer.allocUnsafe(opened.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break; // the file shrank since fstat: parse what is there
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof ArtifactError) throw error;
    throw fail(`cannot be read: ${describeOpenError(error)}`);
  } finally {
    await handle.close();
  }
}

function checkFile(stats: Stats, maxBytes: number, fail: (reason: string) => ArtifactError): void {
  if (stats.isDirectory()) throw fail('is a directory, not an artifact file');
  if (!stats.isFile()) throw fail('is not a regular file');
  if (stats.size > maxBytes) {
    throw fail(
      `the artifact is ${mib(stats.size)} (${stats.size} bytes), larger than the limit of ` +
        `${mib(maxBytes)}: raise max-artifact-mb if it is expected`,
    );
  }
}

function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file: the artifact was not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied while opening the artifact';
    case 'EISDIR':
      return 'is a directory, not an artifact file';
    case 'ENOTDIR':
      return 'no such file: a parent of the artifact path is not a directory';
    default:
      // Duck-typed: an fs error need not be an instance of this realm's Error.
      return printable(String((error as Error | null)?.message ?? error));
  }
}

/** JSON whitespace only (RFC 8259 §2); true for an empty buffer. */
function isJsonWhitespace(bytes: Buffer): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function decodeUtf8(
  bytes: Buffer,
  bomStripped: boolean,
  fail: (reason: string) => ArtifactError,
): string {
  const wide = wideEncoding(bytes);
  if (wide) {
    throw fail(`${wide.encoding} is not supported (${wide.evidence}): save the artifact as UTF-8`);
  }
  try {
    // ignoreBOM: true keeps a BOM in the output, so it is removed exactly once, here.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return decoder.decode(bomStripped ? bytes.subarray(3) : bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw fail(
      `the artifact is not valid UTF-8 (first bad byte at offset ${offset}, ` +
        `line ${lineAt(bytes, offset)}): save it as UTF-8`,
    );
  }
}

/**
 * Names a UTF-16/32 encoding from its byte order mark, or from the NUL bytes that ASCII
 * text has in those encodings when there is no mark (the RFC 4627 §3 heuristic).
 */
function wideEncoding(bytes: Buffer): { encoding: string; evidence: string } | null {
  const [b0, b1, b2, b3] = bytes;
  const bom = (encoding: string, order: string) => ({
    encoding,
    evidence: `${order} byte order mark`,
  });
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return bom('UTF-32', 'little-endian');
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return bom('UTF-32', 'big-endian');
  if (b0 === 0xff && b1 === 0xfe) return bom('UTF-16', 'little-endian');
  if (b0 === 0xfe && b1 === 0xff) return bom('UTF-16', 'big-endian');
  if (bytes.length >= 2 && (b0 === 0 || b1 === 0)) {
    return { encoding: 'UTF-16 or UTF-32', evidence: 'NUL bytes at the start, no byte order mark' };
  }
  return null;
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode §3.9, D92). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * JSON.parse's message, made one line, with line:column added when V8 gives only a
 * position (Node 20 says "at position N"; later versions add the line themselves).
 */
export function describeParseError(error: unknown, text: string): string {
  const message = printable(error instanceof Error ? error.message : String(error));
  if (/\(line \d+ column \d+\)/.test(message)) return message;
  const position = /at position (\d+)/.exec(message);
  const offset = position
    ? Number(position[1])
    : /end of JSON input/.test(message)
      ? text.length
      : -1;
  if (offset < 0) return message;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `${message} (line ${line} column ${offset - lineStart + 1})`;
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * Walks objects and arrays with an explicit stack (a recursive walk is what a deep document
 * would overflow) and returns the JSON pointer of the first container below `max`, or null.
 * Keys are read with Object.keys on values JSON.parse made, so `__proto__` is just a key.
 */
function nestingDepthExceeds(root: object, max: number): string | null {
  interface Frame {
    readonly value: object;
    readonly depth: number;
    readonly parent: Frame | null;
    readonly key: string;
  }
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > max) return pointerOf(frame);
    const record = frame.value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return null;

  // Built only on failure, so a large artifact does not pay for a string per container.
  function pointerOf(frame: Frame): string {
    const keys: string[] = [];
    for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(escapePointer(f.key));
    const pointer = `/${keys.reverse().join('/')}`;
    return printable(pointer.length > 200 ? `${pointer.slice(0, 200)}…` : pointer);
  }
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function mib(bytes: number): string {
  return `${Number((bytes / MIB).toPrecision(3))} MiB`;
}

/**
 * Escapes control characters (and U+2028/2029) in text that came from the artifact or a
 * parser, so an error line stays one line and cannot start an Actions `::command::`.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
