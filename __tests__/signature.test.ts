import { describe, expect, it } from '@jest/globals';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { ArtifactError, ConfigurationError, SignatureError } from '../src/errors.js';
import {
  computeSignature,
  parseKeyRing,
  signDocument,
  signedFormatOf,
  unsignedPayload,
  verifyDocument,
  type SignedFormat,
} from '../src/gate/signature.js';

type Doc = Record<string, unknown>;

interface Vector {
  name: string;
  format: SignedFormat;
  key: string;
  kid: string | null;
  document: Doc;
  canonical: string;
  hmac: string;
  signed: Doc;
}

const vectors = (
  JSON.parse(
    readFileSync(new URL('../__fixtures__/signing/vectors.json', import.meta.url), 'utf8'),
  ) as { cases: Vector[] }
).cases;

const K1 = 'first-secret-7f3a9c';
const K2 = 'second:secret with spaces';
const BARE = 'bare-secret-0d41e2';
const ALL_KEYS = [K1, K2, BARE];
const ring = () => parseKeyRing(`k1:${K1}\nk2:${K2}`);

const artifact = (): Doc => ({
  schema_version: '1.0',
  audit_id: 'nightly-2026-11-25',
  generated_at: '2026-11-25T02:00:00Z',
  source: { repository: 'org/scanner', run_id: '123', commit: 'a'.repeat(40) },
  scope: { complete: true, repositories: ['org/a', 'org/b'] },
  org_unregistered_hits: [
    { repo: 'org/a', path: 'src/x.py', line_number: 12, pattern: 'LegacyClient(', snippet: 'é 🔑' },
    {
      repo: 'org/b',
      path: 'y.go',
      line_number: 3,
      pattern: 'old_api.call',
      commit: 'b'.repeat(40),
    },
  ],
});

const sarif = (properties?: Doc): Doc => ({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'scanner' } }, results: [{ ruleId: 'r1', level: 'note' }] }],
  ...(properties === undefined ? {} : { properties }),
});

const DOCUMENTS: [SignedFormat, () => Doc][] = [
  ['native', artifact],
  ['sarif', () => sarif()],
  ['sarif', () => sarif({ audit_id: 'weekly-48' })],
];

/** The error a call throws, for assertions on its class and message. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`, { cause: error });
  }
  throw new Error('did not throw');
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, child]) => [key, reverseKeys(child)]),
  );
}

/** Every path to a primitive inside a value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([key, child]) =>
    leafPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Doc) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withLeaf(copy[head], rest, leaf);
  return copy;
}

function changed(leaf: unknown): unknown {
  if (typeof leaf === 'number') return leaf + 1;
  if (typeof leaf === 'string') return `${leaf}x`;
  if (typeof leaf === 'boolean') return !leaf;
  return 0;
}

describe('test vectors (__fixtures__/signing/vectors.json)', () => {
  it.each(vectors.map((vector) => [vector.name, vector] as const))('%s', (_name, vector) => {
    // Independent of the code under test: the canonicalize oracle and a bare HMAC.
    expect(canonicalize(vector.document)).toBe(vector.canonical);
    const oracle = createHmac('sha256', Buffer.from(vector.key, 'utf8'))
      .update(Buffer.from(vector.canonical, 'utf8'))
      .digest('hex');
    expect(vector.hmac).toBe(oracle);

    const keyRing = parseKeyRing(vector.kid === null ? vector.key : `${vector.kid}:${vector.key}`);
    expect(signedFormatOf(vector.document)).toBe(vector.format);
    expect(computeSignature(vector.document, vector.format, vector.key)).toBe(vector.hmac);
    expect(signDocument(vector.document, vector.format, keyRing)).toEqual(vector.signed);
    expect(canonicalize(unsignedPayload(vector.signed, vector.format))).toBe(vector.canonical);
    expect(verifyDocument(vector.signed, vector.format, keyRing)).toEqual({ kid: vector.kid });
  });
});

describe('signDocument and verifyDocument', () => {
  it.each(DOCUMENTS)('round-trips a %s document', (format, make) => {
    const signed = signDocument(make(), format, ring(), 'k2');
    expect(verifyDocument(signed, format, ring())).toEqual({ kid: 'k2' });
    expect(verifyDocument(JSON.parse(JSON.stringify(signed)), format, ring())).toEqual({
      kid: 'k2',
    });
  });

  it('puts the signature at the top of a native artifact, in the property bag of SARIF', () => {
    const native = signDocument(artifact(), 'native', ring(), 'k1');
    expect(native['signature']).toEqual({
      alg: 'HMAC-SHA256',
      kid: 'k1',
      value: expect.any(String),
    });
    const log = signDocument(sarif({ audit_id: 'w' }), 'sarif', ring(), 'k1');
    expect(log['signature']).toBeUndefined();
    expect(log['properties']).toEqual({ audit_id: 'w', signature: expect.any(Object) });
  });

  it('writes 64 lower-case hex digits computed over the canonical JSON', () => {
    const signed = signDocument(artifact(), 'native', ring(), 'k1');
    const expected = createHmac('sha256', K1).update(canonicalize(artifact())!).digest('hex');
    expect((signed['signature'] as Doc)['value']).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns a new document and leaves the input untouched', () => {
    for (const [format, make] of DOCUMENTS) {
      const input = deepFreeze(make());
      const signed = signDocument(input, format, ring(), 'k1');
      expect(signed).not.toBe(input);
      expect(input).toEqual(make());
      const resigned = signDocument(deepFreeze(signed), format, ring(), 'k2');
      expect(verifyDocument(resigned, format, ring())).toEqual({ kid: 'k2' });
    }
  });

  it('covers a SARIF log whose "properties" is not an object as it is, and will not sign it', () => {
    const odd = { ...sarif(), properties: 'not a bag' };
    expect(unsignedPayload(odd, 'sarif')).toBe(odd);
    expect(computeSignature(odd, 'sarif', K1)).toBe(
      createHmac('sha256', K1).update(canonicalize(odd)!).digest('hex'),
    );
    const error = thrown(() => signDocument(odd, 'sarif', ring(), 'k1'));
    expect(error).toBeInstanceOf(ArtifactError);
    expect(error.message).toBe('the SARIF log\'s top-level "properties" is not an object');
  });

  it('drops a SARIF property bag that only held the signature from the payload', () => {
    const signed = signDocument(sarif(), 'sarif', ring(), 'k1');
    expect(unsignedPayload(signed, 'sarif')).toEqual(sarif());
    // An empty bag is the same payload as none at all.
    expect(
      verifyDocument({ ...sarif({}), properties: signed['properties'] }, 'sarif', ring()),
    ).toEqual({ kid: 'k1' });
    // Other members of the bag stay signed.
    const withBag = signDocument(sarif({ audit_id: 'w' }), 'sarif', ring(), 'k1');
    expect(unsignedPayload(withBag, 'sarif')).toEqual(sarif({ audit_id: 'w' }));
    const bag = { ...(withBag['properties'] as Doc), audit_id: 'forged' };
    expect(() => verifyDocument({ ...withBag, properties: bag }, 'sarif', ring())).toThrow(
      /does not match/,
    );
  });

  it('fails when any field is changed after signing', () => {
    for (const [format, make] of DOCUMENTS) {
      const signed = signDocument(make(), format, ring(), 'k1');
      const paths = leafPaths(unsignedPayload(signed, format));
      expect(paths.length).toBeGreaterThan(3);
      for (const path of paths) {
        const tampered = withLeaf(
          signed,
          path,
          changed(
            path.reduce<unknown>(
              (node, key) => (node as Record<string | number, unknown>)[key],
              signed,
            ),
          ),
        ) as Doc;
        expect(() => verifyDocument(tampered, format, ring())).toThrow(
          'signature does not match: the artifact was changed after signing, or signed with another key',
        );
      }
    }
  });

  it('fails when a hit is added, removed or moved', () => {
    const signed = signDocument(artifact(), 'native', ring(), 'k1');
    const hits = signed['org_unregistered_hits'] as Doc[];
    const variants = [[...hits, hits[0]], hits.slice(1), [...hits].reverse()];
    for (const variant of variants) {
      const tampered = { ...signed, org_unregistered_hits: variant };
      expect(() => verifyDocument(tampered, 'native', ring())).toThrow(SignatureError);
    }
    const withoutField = { ...signed };
    delete withoutField['audit_id'];
    expect(() => verifyDocument(withoutField, 'native', ring())).toThrow(/does not match/);
  });

  it('verifies whatever order the keys are written in', () => {
    for (const [format, make] of DOCUMENTS) {
      const signed = signDocument(make(), format, ring(), 'k1');
      expect(verifyDocument(reverseKeys(signed) as Doc, format, ring())).toEqual({ kid: 'k1' });
    }
  });

  it('verifies any JSON document it signed, in any key order (property)', () => {
    const documents = fc.dictionary(
      fc.string({ unit: 'binary', maxLength: 6 }).filter((key) => key !== 'signature'),
      fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 }),
      { maxKeys: 6 },
    );
    fc.assert(
      fc.property(documents, (document) => {
        const signed = signDocument(document, 'native', ring(), 'k2');
        const reparsed = reverseKeys(JSON.parse(JSON.stringify(signed))) as Doc;
        expect(verifyDocument(reparsed, 'native', ring())).toEqual({ kid: 'k2' });
      }),
      { numRuns: 150 },
    );
  });
});

describe('keys and rotation', () => {
  it('verifies signatures of every key in the ring and reports the kid', () => {
    const both = ring();
    const byK1 = signDocument(artifact(), 'native', parseKeyRing(`k1:${K1}`));
    const byK2 = signDocument(artifact(), 'native', both, 'k2');
    expect(verifyDocument(byK1, 'native', both)).toEqual({ kid: 'k1' });
    expect(verifyDocument(byK2, 'native', both)).toEqual({ kid: 'k2' });
  });

  it('names an unknown kid and lists the known ones', () => {
    const byK3 = signDocument(artifact(), 'native', parseKeyRing(`k3:${K1}`));
    const error = thrown(() => verifyDocument(byK3, 'native', ring()));
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toBe('signature kid "k3" is not in hmac-key (known: k1, k2)');
  });

  it('says so when a signature without kid meets a ring of several keys', () => {
    const noKid = signDocument(artifact(), 'native', parseKeyRing(K1));
    const error = thrown(() => verifyDocument(noKid, 'native', ring()));
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toMatch(/no kid, but hmac-key holds 2 keys \(k1, k2\)/);
    // With a single kid:key line there is no doubt which key to use.
    expect(verifyDocument(noKid, 'native', parseKeyRing(`k1:${K1}`))).toEqual({ kid: null });
  });

  it('signs with a bare key without a kid, unless one is given, and verifies any kid', () => {
    const bare = parseKeyRing(BARE);
    const signed = signDocument(artifact(), 'native', bare);
    expect(signed['signature']).toEqual({ alg: 'HMAC-SHA256', value: expect.any(String) });
    expect(verifyDocument(signed, 'native', bare)).toEqual({ kid: null });
    const withKid = signDocument(artifact(), 'native', bare, 'release-2026');
    expect((withKid['signature'] as Doc)['kid']).toBe('release-2026');
    expect(verifyDocument(withKid, 'native', bare)).toEqual({ kid: 'release-2026' });
    expect(() => verifyDocument(signed, 'native', parseKeyRing('another-key'))).toThrow(
      /does not match/,
    );
  });

  it('refuses to sign with an ambiguous, unknown or malformed kid', () => {
    const several = thrown(() => signDocument(artifact(), 'native', ring()));
    expect(several).toBeInstanceOf(ConfigurationError);
    expect(several.message).toMatch(/holds 2 keys \(k1, k2\).*hmac-key-id/);
    const unknown = thrown(() => signDocument(artifact(), 'native', ring(), 'k3'));
    expect(unknown).toBeInstanceOf(ConfigurationError);
    expect(unknown.message).toBe('hmac-key-id "k3" is not in hmac-key (known: k1, k2)');
    const malformed = thrown(() =>
      signDocument(artifact(), 'native', parseKeyRing(BARE), 'bad kid'),
    );
    expect(malformed).toBeInstanceOf(ConfigurationError);
    expect(malformed.message).toBe(
      'hmac-key-id must be 1 to 64 characters among A-Z a-z 0-9 . _ -',
    );
    // An empty hmac-key-id is no kid at all.
    const none = signDocument(artifact(), 'native', parseKeyRing(BARE), '');
    expect(Object.keys(none['signature'] as Doc)).toEqual(['alg', 'value']);
    // The only key of a one-line ring is used, and its kid written.
    const single = signDocument(artifact(), 'native', parseKeyRing(`solo:${K1}`));
    expect((single['signature'] as Doc)['kid']).toBe('solo');
  });
});

describe('what verifyDocument refuses', () => {
  const signed = () => signDocument(artifact(), 'native', ring(), 'k1');
  const withSignature = (signature: unknown): Doc => ({ ...signed(), signature });

  it.each<[string, () => Doc, SignedFormat, RegExp]>([
    ['no signature', artifact, 'native', /^artifact has no signature \("signature"\)$/],
    ['no SARIF signature', () => sarif({ a: 1 }), 'sarif', /properties\.signature/],
    ...(['abc', [], null] as const).map(
      (bad) =>
        [
          `a signature that is ${JSON.stringify(bad)}`,
          () => withSignature(bad),
          'native',
          /^malformed signature: "signature" must be an object \{alg, kid\?, value\}$/,
        ] as [string, () => Doc, SignedFormat, RegExp],
    ),
    ['no alg', () => withSignature({ value: 'ab' }), 'native', /^malformed signature.*alg/],
    [
      'another algorithm',
      () => withSignature({ alg: 'HMAC-SHA1', value: 'ab' }),
      'native',
      /^unsupported signature algorithm "HMAC-SHA1": only HMAC-SHA256 is accepted$/,
    ],
    [
      'a numeric kid',
      () => withSignature({ alg: 'HMAC-SHA256', kid: 1, value: 'ab' }),
      'native',
      /^malformed signature.*kid/,
    ],
    [
      'upper-case hex',
      () => withSignature({ alg: 'HMAC-SHA256', kid: 'k1', value: 'AB' }),
      'native',
      /^malformed signature.*lower-case hex$/,
    ],
    [
      'a numeric value',
      () => withSignature({ alg: 'HMAC-SHA256', kid: 'k1', value: 12 }),
      'native',
      /^malformed signature.*value/,
    ],
  ])('%s', (_name, make, format, message) => {
    const error = thrown(() => verifyDocument(make(), format, ring()));
    expect(error).toBeInstanceOf(SignatureError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('keeps an algorithm name from the artifact to one short line', () => {
    const alg = `evil\nline ${'x'.repeat(500)}`;
    const error = thrown(() =>
      verifyDocument(withSignature({ alg, value: 'ab' }), 'native', ring()),
    );
    expect(error.message).not.toContain('\n');
    expect(error.message.length).toBeLessThan(120);
    // Forty characters are shown whole; a longer name is cut there.
    const forty = 'a'.repeat(40);
    expect(
      thrown(() => verifyDocument(withSignature({ alg: forty, value: 'ab' }), 'native', ring()))
        .message,
    ).toBe(`unsupported signature algorithm "${forty}": only HMAC-SHA256 is accepted`);
    expect(
      thrown(() =>
        verifyDocument(withSignature({ alg: `${forty}b`, value: 'ab' }), 'native', ring()),
      ).message,
    ).toBe(`unsupported signature algorithm "${forty}…": only HMAC-SHA256 is accepted`);
  });

  it.each(['', 'ab', 'a'.repeat(63), 'a'.repeat(65), 'a'.repeat(128)])(
    'reports a mismatch, not a crash, for hex of the wrong length (%#)',
    (value) => {
      const error = thrown(() =>
        verifyDocument(withSignature({ alg: 'HMAC-SHA256', kid: 'k1', value }), 'native', ring()),
      );
      expect(error).toBeInstanceOf(SignatureError);
      expect(error.message).toMatch(/^signature does not match/);
    },
  );

  it('refuses a value that differs in one digit', () => {
    const good = signed();
    const value = (good['signature'] as Doc)['value'] as string;
    const flipped = `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}`;
    expect(() =>
      verifyDocument(
        { ...good, signature: { alg: 'HMAC-SHA256', kid: 'k1', value: flipped } },
        'native',
        ring(),
      ),
    ).toThrow(/does not match/);
  });

  it('turns a document RFC 8785 cannot express into an ArtifactError', () => {
    const lone = { ...artifact(), audit_id: '\ud800' };
    const error = thrown(() => signDocument(lone, 'native', ring(), 'k1'));
    expect(error).toBeInstanceOf(ArtifactError);
    expect(error.message).toBe(
      'artifact cannot be canonicalised for its HMAC (RFC 8785): cannot canonicalise a string holding a lone surrogate (RFC 8785)',
    );
    expect(() =>
      verifyDocument(
        { ...lone, signature: { alg: 'HMAC-SHA256', kid: 'k1', value: 'ab' } },
        'native',
        ring(),
      ),
    ).toThrow(ArtifactError);
  });
});

describe('parseKeyRing', () => {
  it('reads one bare key, trimmed', () => {
    const keyRing = parseKeyRing(`  ${BARE}  \n\n`);
    expect(keyRing.isBare).toBe(true);
    expect(keyRing.kids).toEqual([]);
    expect(keyRing.secrets()).toEqual([BARE]);
  });

  it('reads kid:key lines, splitting at the first colon and ignoring blank lines', () => {
    const keyRing = parseKeyRing(`\r\n k1 : ${K1} \r\n\r\n\tk2:${K2}\n`);
    expect(keyRing.isBare).toBe(false);
    expect(keyRing.kids).toEqual(['k1', 'k2']);
    expect(keyRing.secrets()).toEqual([K1, K2]);
  });

  it('reads a single line with a colon as kid:key', () => {
    expect(parseKeyRing('key.2026-11_a:s3cr:et').kids).toEqual(['key.2026-11_a']);
    expect(parseKeyRing('key.2026-11_a:s3cr:et').secrets()).toEqual(['s3cr:et']);
  });

  it.each([
    ['empty', '', /^hmac-key is empty$/],
    ['blank lines only', ' \n\t\n', /^hmac-key is empty$/],
    ['a bare line among kid:key lines', `k1:${K1}\n${BARE}`, /line 2 is not "kid:key"/],
    ['two bare lines', `${BARE}\n${K1}`, /line 1 is not "kid:key"/],
    ['an empty kid', `:${K1}`, /line 1: the kid.*kid:key/],
    ['a kid with a space', `my key:${K1}`, /line 1: the kid/],
    ['a kid of 65 characters', `${'k'.repeat(65)}:${K1}`, /line 1: the kid/],
    ['an empty key', `k1:${K1}\nk2:  `, /line 2: the key is empty/],
    ['a repeated kid', `k1:${K1}\nk2:${K2}\nk1:${BARE}`, /line 3 repeats the kid of line 1/],
  ])('refuses %s with a ConfigurationError', (_name, raw, message) => {
    const error = thrown(() => parseKeyRing(raw));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
  });
});

describe('key material stays secret', () => {
  it('appears in no error message', () => {
    const signedBy = (raw: string, kid?: string) =>
      signDocument(artifact(), 'native', parseKeyRing(raw), kid);
    const failures: (() => unknown)[] = [
      () => parseKeyRing(`k1:${K1}\n${BARE}`),
      () => parseKeyRing(`${BARE}\n${K1}`),
      () => parseKeyRing(`bad kid:${K1}`),
      () => parseKeyRing(`${'k'.repeat(65)}:${K1}`),
      () => parseKeyRing(`k1:${K1}\nk1:${K2}`),
      () => signDocument(artifact(), 'native', ring()),
      () => signDocument(artifact(), 'native', ring(), 'k3'),
      () => verifyDocument(signedBy(BARE), 'native', ring()),
      () => verifyDocument(signedBy(`k3:${K1}`), 'native', ring()),
      () => verifyDocument(signedBy(`k1:${K2}`), 'native', ring()),
      () => verifyDocument(signedBy(`k1:${K1}`), 'native', parseKeyRing(BARE)),
      () => verifyDocument(artifact(), 'native', ring()),
    ];
    for (const failure of failures) {
      const error = thrown(failure);
      for (const key of ALL_KEYS) {
        expect(error.message).not.toContain(key);
        expect(error.stack ?? '').not.toContain(key);
        for (const part of key.split(/[: ]/).filter((piece) => piece.length > 4)) {
          expect(error.message).not.toContain(part);
        }
      }
    }
  });

  it('does not show in JSON.stringify, inspect or string conversion of a ring', () => {
    const keyRing = parseKeyRing(`k1:${K1}\nk2:${K2}`);
    const bare = parseKeyRing(BARE);
    for (const shown of [
      JSON.stringify(keyRing),
      JSON.stringify(bare),
      inspect(keyRing, { showHidden: true, depth: 5 }),
      inspect(bare, { showHidden: true, depth: 5 }),
      `${String(keyRing)}`,
    ]) {
      for (const key of ALL_KEYS) expect(shown).not.toContain(key);
    }
    expect(JSON.parse(JSON.stringify(keyRing))).toEqual({ kids: ['k1', 'k2'], bare: false });
  });
});

describe('signedFormatOf', () => {
  it('recognises a SARIF 2.1.0 log and treats everything else as native', () => {
    expect(signedFormatOf(sarif())).toBe('sarif');
    expect(signedFormatOf(artifact())).toBe('native');
    expect(signedFormatOf({ version: '2.0.0', runs: [] })).toBe('native');
    expect(signedFormatOf({ version: '2.1.0', runs: {} })).toBe('native');
  });
});
