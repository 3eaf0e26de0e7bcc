import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';

// stat() and open() are wrapped, not replaced: files behave as usual, but a test can count
// reads, and DENIED stats as a small file whose open fails as a permission error would (root,
// which runs CI containers, ignores file modes, so chmod 000 cannot be relied on).
const realFs = await import('node:fs/promises');
const reads = { count: 0 };
const handles = { opened: 0, closed: 0 };
const DENIED = '/denied/artifact.json';
/** Opens as a file that denies it with EPERM (as a locked file does on Windows). */
const NOT_PERMITTED = '/not-permitted/artifact.json';
/** Opens, but every read fails as a failing disk does. */
const BROKEN = '/broken/artifact.json';
const SOME_READABLE_FILE = '__fixtures__/artifacts/good/minimal.json';
jest.unstable_mockModule('node:fs/promises', () => ({
  ...realFs,
  stat: (path: string) =>
    realFs.stat([DENIED, NOT_PERMITTED, BROKEN].includes(path) ? SOME_READABLE_FILE : path),
  open: async (...args: Parameters<typeof realFs.open>) => {
    if (args[0] === DENIED) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${DENIED}'`), {
        code: 'EACCES',
      });
    }
    if (args[0] === NOT_PERMITTED) {
      throw Object.assign(new Error(`EPERM: operation not permitted, open '${NOT_PERMITTED}'`), {
        code: 'EPERM',
      });
    }
    const handle = await realFs.open(args[0] === BROKEN ? SOME_READABLE_FILE : args[0], args[1]);
    handles.opened += 1;
    const read = handle.read.bind(handle) as (...a: unknown[]) => unknown;
    (handle as unknown as { read: unknown }).read = (...a: unknown[]) => {
      reads.count += 1;
      if (args[0] === BROKEN) {
        return Promise.reject(
          Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', errno: -5 }),
        );
      }
      return read(...a);
    };
    const close = handle.close.bind(handle);
    (handle as unknown as { close: unknown }).close = () => {
      handles.closed += 1;
      return close();
    };
    return handle;
  },
}));

const { ArtifactError } = await import('../src/errors.js');
const {
  readArtifactFile,
  describeParseError,
  firstInvalidUtf8Offset,
  MAX_NESTING_DEPTH,
  printable,
} = await import('../src/gate/read-artifact.js');
const { validateArtifactSchema } = await import('../src/gate/schema.js');
const { isSarifLog, sarifToArtifact } = await import('../src/gate/sarif.js');

const FIXTURES = '__fixtures__/artifacts';
const MIB = 1024 * 1024;
const big = { maxBytes: 256 * MIB };
const tmp = mkdtempSync(join(tmpdir(), 'audit-gate-read-'));
const writeTmp = (name: string, data: string | Uint8Array): string => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

async function readError(
  path: string,
  maxBytes = big.maxBytes,
): Promise<InstanceType<typeof ArtifactError>> {
  try {
    await readArtifactFile(path, { maxBytes, displayPath: 'the-artifact.json' });
  } catch (error) {
    expect(error).toBeInstanceOf(ArtifactError);
    const artifactError = error as InstanceType<typeof ArtifactError>;
    expect(artifactError.message).toMatch(/^the-artifact\.json: /);
    expect(artifactError.message).not.toMatch(/[\n\r]/);
    return artifactError;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('readArtifactFile', () => {
  it.each(['minimal.json', 'full.json', 'zero-hits.json', 'crlf-line-endings.json'])(
    'reads good/%s',
    async (name) => {
      const path = join(FIXTURES, 'good', name);
      const read = await readArtifactFile(path, big);
      expect(read.value).toEqual(JSON.parse(readFileSync(path, 'utf8')));
      expect(read.bytes).toBe(statSync(path).size);
      expect(read.bomStripped).toBe(false);
    },
  );

  it('strips a UTF-8 byte order mark and says so', async () => {
    const read = await readArtifactFile(join(FIXTURES, 'good/utf8-bom.json'), big);
    expect(read.bomStripped).toBe(true);
    expect(read.value.schema_version).toBe('1.0');
    expect(read.bytes).toBe(statSync(join(FIXTURES, 'good/utf8-bom.json')).size);
  });

  it('keeps a second byte order mark as the (invalid) character it is', async () => {
    const path = writeTmp('two-boms.json', Buffer.from('\uFEFF\uFEFF{}', 'utf8'));
    expect((await readError(path)).message).toContain('not valid JSON');
  });

  it('names the file as given when no display path is set', async () => {
    const path = join(tmp, 'absent.json');
    await expect(readArtifactFile(path, big)).rejects.toThrow(
      `${path}: no such file: the artifact was not found`,
    );
  });

  it('refuses a missing file', async () => {
    const error = await readError(join(tmp, 'nope', 'absent.json'));
    expect(error.message).toBe('the-artifact.json: no such file: the artifact was not found');
    expect(error.exitCode).toBe(2);
  });

  it('refuses a path under a regular file', async () => {
    const file = writeTmp('plain.txt', '{}');
    expect((await readError(join(file, 'child.json'))).message).toContain(
      'a parent of the artifact path is not a directory',
    );
  });

  it('refuses a file it may not open', async () => {
    expect((await readError(DENIED)).message).toBe(
      'the-artifact.json: permission denied while opening the artifact',
    );
  });

  it('refuses a file the system will not let it open', async () => {
    expect((await readError(NOT_PERMITTED)).message).toBe(
      'the-artifact.json: permission denied while opening the artifact',
    );
  });

  it('says what failed when a read fails, and closes the file after every read', async () => {
    handles.opened = 0;
    handles.closed = 0;
    expect((await readError(BROKEN)).message).toBe(
      'the-artifact.json: cannot be read: EIO: i/o error, read',
    );
    await readArtifactFile(join(FIXTURES, 'good/minimal.json'), big);
    await readError(writeTmp('not-json.json', 'nope'));
    expect(handles).toEqual({ opened: 3, closed: 3 });
  });

  it.each<[string, number[], string]>([
    ['a byte order mark alone', [0xef, 0xbb, 0xbf], 'the artifact is empty (only whitespace)'],
    ['a mark missing its first byte', [0x20, 0xbb, 0xbf, 0x7b, 0x7d], 'offset 1'],
    ['a mark missing its second byte', [0xef, 0x20, 0xbf, 0x7b, 0x7d], 'offset 0'],
    ['a mark missing its third byte', [0xef, 0xbb, 0x20, 0x7b, 0x7d], 'offset 0'],
    [
      'UTF-32 LE',
      [0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0],
      'UTF-32 is not supported (little-endian byte order mark)',
    ],
    [
      'UTF-32 BE',
      [0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b],
      'UTF-32 is not supported (big-endian byte order mark)',
    ],
    [
      'UTF-16 LE',
      [0xff, 0xfe, 0x7b, 0, 0x7d, 0],
      'UTF-16 is not supported (little-endian byte order mark)',
    ],
    [
      'UTF-16 BE',
      [0xfe, 0xff, 0, 0x7b, 0, 0x7d],
      'UTF-16 is not supported (big-endian byte order mark)',
    ],
    [
      'UTF-16 LE without a mark',
      [0x7b, 0],
      'UTF-16 or UTF-32 is not supported (NUL bytes at the start, no byte order mark)',
    ],
    [
      'UTF-32 BE without a mark',
      [0, 0, 0, 0x7b],
      'UTF-16 or UTF-32 is not supported (NUL bytes at the start, no byte order mark)',
    ],
    ['0xFE after a brace', [0x7b, 0xfe, 0, 0], 'offset 1'],
    ['0xFF after a brace', [0x7b, 0xff, 0x7d], 'offset 1'],
    ['0xFE alone', [0xfe, 0x7b, 0x7d], 'offset 0'],
  ])('tells the encoding of %s from its first bytes', async (_name, bytes, fragment) => {
    const path = writeTmp('encoding.json', Uint8Array.from(bytes));
    const message = (await readError(path)).message;
    expect(message).toContain(fragment);
    if (fragment.startsWith('offset')) {
      expect(message).toContain(
        `the artifact is not valid UTF-8 (first bad byte at ${fragment}, line 1)`,
      );
    }
  });

  it('refuses a directory', async () => {
    expect((await readError(tmp)).message).toBe(
      'the-artifact.json: is a directory, not an artifact file',
    );
  });

  it('refuses a named pipe without blocking on it', async () => {
    const fifo = join(tmp, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect((await readError(fifo)).message).toBe('the-artifact.json: is not a regular file');
  });

  it('refuses a device', async () => {
    expect((await readError('/dev/null')).message).toBe('the-artifact.json: is not a regular file');
  });

  it('refuses a file over the limit from its size alone, without reading it', async () => {
    const path = writeTmp('large.json', `{"pad": "${'x'.repeat(3 * MIB)}"}`);
    reads.count = 0;
    const error = await readError(path, 2 * MIB);
    expect(error.message).toBe(
      `the-artifact.json: the artifact is 3 MiB (${3 * MIB + 11} bytes), larger than the limit ` +
        'of 2 MiB: raise max-artifact-mb if it is expected',
    );
    expect(reads.count).toBe(0);
  });

  it('accepts a file exactly at the limit', async () => {
    const path = writeTmp('exact.json', '{"a":1}');
    await expect(readArtifactFile(path, { maxBytes: 7 })).resolves.toMatchObject({ bytes: 7 });
    expect((await readError(path, 6)).message).toContain('larger than the limit');
  });

  it('gives line and column for a JSON syntax error when the parser gives a position', async () => {
    const path = writeTmp('syntax.json', '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}\n');
    expect((await readError(path)).message).toMatch(
      /^the-artifact\.json: the artifact is not valid JSON: .*\(line 4 column 3\)$/,
    );
  });

  it('escapes control characters a parser message quotes from the file', async () => {
    const path = writeTmp('ctl.json', 'x\u0007\n::error::forged');
    const error = await readError(path);
    expect(error.message).toContain('\\u0007\\u000a::error::forged');
    expect(printable(error.message)).toBe(error.message);
  });

  it(`allows ${MAX_NESTING_DEPTH} levels of nesting and refuses ${MAX_NESTING_DEPTH + 1}`, async () => {
    const nested = (levels: number): string =>
      `{"a": ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    const ok = writeTmp('deep-ok.json', nested(MAX_NESTING_DEPTH));
    await expect(readArtifactFile(ok, big)).resolves.toBeDefined();
    const deep = writeTmp('deep-over.json', nested(MAX_NESTING_DEPTH + 1));
    expect((await readError(deep)).message).toBe(
      `the-artifact.json: the artifact is nested deeper than 64 levels (at /a${'/0'.repeat(63)})`,
    );
  });

  it('names a deep member by an escaped JSON pointer, cut at 200 characters', async () => {
    const key = 'a/b~c';
    const levels = (n: number): string => `${`{"${key}": `.repeat(n)}1${'}'.repeat(n)}`;
    const deep = writeTmp('deep-keys.json', levels(MAX_NESTING_DEPTH + 1));
    const pointer = `/${Array.from({ length: MAX_NESTING_DEPTH }, () => 'a~1b~0c').join('/')}`;
    expect((await readError(deep)).message).toBe(
      `the-artifact.json: the artifact is nested deeper than 64 levels (at ${pointer.slice(0, 200)}…)`,
    );
    const short = writeTmp(
      'deep-short.json',
      `{"${key}": ${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}}`,
    );
    expect((await readError(short)).message).toBe(
      `the-artifact.json: the artifact is nested deeper than 64 levels (at /a~1b~0c${'/0'.repeat(63)})`,
    );
  });

  it('walks a million-level document without overflowing the stack', async () => {
    const path = writeTmp('abyss.json', `{"a": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
    expect((await readError(path)).message).toMatch(/nested deeper than 64 levels \(at \/a\/0\/0/);
  });

  it('reads __proto__ as a plain own key and pollutes no prototype', async () => {
    const read = await readArtifactFile(join(FIXTURES, 'bad/proto-pollution.json'), big);
    const [hit] = read.value.org_unregistered_hits as Array<Record<string, unknown>>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(hit)).toBe(Object.prototype);
    expect(Object.hasOwn(hit!, '__proto__')).toBe(true);
    expect(hit!.polluted).toBeUndefined();
    expect(hit).toMatchObject({ repo: 'org/a', path: 'src/x.py', line_number: 12 });

    const top = await readArtifactFile(join(FIXTURES, 'bad/proto-pollution-top-level.json'), big);
    expect(Object.getPrototypeOf(top.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(top.value.org_unregistered_hits).toEqual([]);
  });
});

describe('describeParseError', () => {
  const error = (message: string) => new SyntaxError(message);

  it.each([
    ['a position', 'Unexpected token } in JSON at position 0', '{}', '(line 1 column 1)'],
    [
      'a position on a newline',
      'Bad control character in string literal in JSON at position 4',
      '"abc\n"',
      '(line 1 column 5)',
    ],
    [
      'a position after newlines',
      'Unexpected token x in JSON at position 5',
      '[1,\n\nx]',
      '(line 3 column 1)',
    ],
    ['the end of the input', 'Unexpected end of JSON input', '[1,\n2', '(line 2 column 2)'],
  ])('adds line and column to %s', (_name, message, text, where) => {
    expect(describeParseError(error(message), text)).toBe(`${message} ${where}`);
  });

  it('keeps a message that has its own line and column (newer V8), or no position at all', () => {
    for (const message of [
      'Unexpected token } in JSON at position 7 (line 12 column 3)',
      'Unexpected token (line 1 column 10)',
      'Something else went wrong',
    ]) {
      expect(describeParseError(error(message), 'x'.repeat(20))).toBe(message);
    }
  });
});

describe('firstInvalidUtf8Offset', () => {
  it.each([
    ['ASCII', [0x7b, 0x7d], -1],
    ['2-, 3- and 4-byte characters', [...Buffer.from('é€😀')], -1],
    ['U+10FFFF, the last code point', [0xf4, 0x8f, 0xbf, 0xbf], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['0xFF', [0x61, 0x62, 0xff], 2],
    ['an overlong "/"', [0xc0, 0xaf], 0],
    ['an overlong 3-byte form', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short at the end', [0x61, 0xe2, 0x82], 1],
    ['a sequence cut short by ASCII', [0xe2, 0x41, 0x41], 0],
    ['a third byte that is ASCII', [0xe2, 0x82, 0x41], 0],
    ['a third byte above the continuation range', [0xe2, 0x82, 0xc0], 0],
    ['the first and last 2-byte characters', [0xc2, 0x80, 0xdf, 0xbf], -1],
    ['the first and last 3-byte leads', [0xe0, 0xa0, 0x80, 0xef, 0xbf, 0xbf], -1],
    ['U+D7FF and U+E000 around the surrogates', [0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80], -1],
    ['U+10000, the first 4-byte character', [0xf0, 0x90, 0x80, 0x80], -1],
    ['an overlong 4-byte form', [0xf0, 0x8f, 0xbf, 0xbf], 0],
    ['a lead byte above 0xF4', [0xf5, 0x80, 0x80, 0x80], 0],
    ['an overlong 2-byte lead 0xC1', [0x61, 0xc1, 0xbf], 1],
  ])('%s', (_label, bytes, expected) => {
    expect(firstInvalidUtf8Offset(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        const offset = firstInvalidUtf8Offset(bytes);
        expect(offset === -1).toBe(valid);
        if (!valid) {
          // Everything before the offset decodes: it is the first bad byte.
          expect(() => decoder.decode(bytes.subarray(0, offset))).not.toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('printable', () => {
  it('escapes C0, DEL, C1 and the JavaScript line separators, and nothing else', () => {
    expect(printable('a\nb\r\u0000\u007f\u0085\u2028é😀')).toBe(
      'a\\u000ab\\u000d\\u0000\\u007f\\u0085\\u2028é😀',
    );
  });
});

describe('the bad-artifact corpus', () => {
  interface Expectation {
    readonly fragment: string;
    readonly maxArtifactMb?: number;
  }
  const manifest = JSON.parse(readFileSync(join(FIXTURES, 'bad/expected.json'), 'utf8')) as {
    files: Record<string, Expectation>;
  };

  it('lists every file in bad/, and only those', () => {
    const files = readdirSync(join(FIXTURES, 'bad')).filter(
      (name) => name !== 'expected.json' && name !== 'README.md',
    );
    expect(Object.keys(manifest.files).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  // The gate's order: read, convert a SARIF log, then check the consumer schema.
  async function gate(name: string, maxArtifactMb = 256): Promise<unknown> {
    const read = await readArtifactFile(join(FIXTURES, 'bad', name), {
      maxBytes: Math.floor(maxArtifactMb * MIB),
      displayPath: name,
    });
    const value = isSarifLog(read.value)
      ? sarifToArtifact(read.value, { file: name, repository: 'org/fallback' })
      : read.value;
    return validateArtifactSchema(value, { file: name });
  }

  it.each(Object.entries(manifest.files))('%s', async (name, expected) => {
    let caught: unknown;
    try {
      await gate(name, expected.maxArtifactMb);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArtifactError);
    const error = caught as InstanceType<typeof ArtifactError>;
    expect(error.exitCode).toBe(2);
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    expect(error.message).not.toMatch(/[\n\r]/);
    expect(error.message).toContain(expected.fragment);
  });

  it('refuses too-large.json only because of the limit', async () => {
    await expect(gate('too-large.json')).resolves.toBeDefined();
  });
});
