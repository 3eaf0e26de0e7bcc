/**
 * The operator documentation quotes things the product must honour: the signing test vectors,
 * a producer's code, the exit codes, outputs and metrics. These tests keep the docs and the
 * code from drifting apart.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { canonicalJson } from '../src/gate/canonical-json.js';
import { computeSignature, parseKeyRing, verifyDocument } from '../src/gate/signature.js';
import { OUTPUTS } from '../src/constants.js';
import { METRICS } from '../src/report/metrics.js';

interface Vector {
  name: string;
  format: 'native' | 'sarif';
  key: string;
  kid: string | null;
  document: Record<string, unknown>;
  canonical: string;
  hmac: string;
  signed: Record<string, unknown>;
}

const vectors = (
  JSON.parse(readFileSync('__fixtures__/signing/vectors.json', 'utf8')) as { cases: Vector[] }
).cases;
const artifactFormat = readFileSync('docs/ARTIFACT_FORMAT.md', 'utf8');
const operations = readFileSync('docs/OPERATIONS.md', 'utf8');

/** Fenced blocks preceded by `<!-- vector: cases[N].field -->`, as written in the doc. */
function quotedVectors(markdown: string): Map<number, Partial<Record<keyof Vector, string>>> {
  const quoted = new Map<number, Partial<Record<keyof Vector, string>>>();
  const block = /<!-- vector: cases\[(\d+)\]\.(\w+) -->\n+```\w*\n([\s\S]*?)\n```/g;
  for (const [, index, field, body] of markdown.matchAll(block)) {
    const entry = quoted.get(Number(index)) ?? {};
    entry[field as keyof Vector] = body;
    quoted.set(Number(index), entry);
  }
  return quoted;
}

function codeBlockAfter(markdown: string, marker: string): string {
  const match = new RegExp(`<!-- ${marker} -->\\n+\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(
    markdown,
  );
  if (!match?.[1]) throw new Error(`no code block after <!-- ${marker} -->`);
  return match[1];
}

describe('docs/ARTIFACT_FORMAT.md: the signing vectors it quotes', () => {
  const quoted = quotedVectors(artifactFormat);

  it('quotes the worked example and the hard case, every field', () => {
    expect([...quoted.keys()].sort()).toEqual([0, 1]);
    for (const fields of quoted.values()) {
      expect(Object.keys(fields).sort()).toEqual([
        'canonical',
        'document',
        'hmac',
        'key',
        'signed',
      ]);
    }
  });

  it.each([0, 1])('case %i in the doc equals the vectors file', (index) => {
    const doc = quoted.get(index)!;
    const vector = vectors[index]!;
    expect(doc.key).toBe(vector.key);
    expect(doc.canonical).toBe(vector.canonical);
    expect(doc.hmac).toBe(vector.hmac);
    expect(JSON.parse(doc.document!)).toEqual(vector.document);
    expect(JSON.parse(doc.signed!)).toEqual(vector.signed);
  });

  it.each([0, 1])('case %i as quoted verifies with the product code', (index) => {
    const doc = quoted.get(index)!;
    const document = JSON.parse(doc.document!) as Record<string, unknown>;
    const signed = JSON.parse(doc.signed!) as Record<string, unknown>;
    expect(canonicalJson(document)).toBe(doc.canonical);
    expect(computeSignature(document, 'native', doc.key!)).toBe(doc.hmac);
    const kid = vectors[index]!.kid;
    const ring = parseKeyRing(kid === null ? doc.key! : `${kid}:${doc.key}`);
    expect(verifyDocument(signed, 'native', ring)).toEqual({ kid });
  });

  it('quotes the OpenSSL check with the worked example', () => {
    const [vector] = vectors;
    expect(artifactFormat).toContain(`printf '%s' '${vector!.canonical}'`);
    expect(artifactFormat).toContain(`openssl dgst -sha256 -hmac '${vector!.key}' -r`);
    expect(artifactFormat).toContain(`# ${vector!.hmac} *stdin`);
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  (python ? it : it.skip)('the Python producer signs every native vector exactly', () => {
    const driver = [
      codeBlockAfter(artifactFormat, 'producer: python'),
      'import sys',
      'cases = json.load(open("__fixtures__/signing/vectors.json", encoding="utf-8"))["cases"]',
      'for c in cases:',
      '    if c["format"] != "native": continue',
      '    ok = canonical(c["document"]) == c["canonical"] and sign(c["document"], c["key"], c["kid"]) == c["signed"]',
      '    print(("ok " if ok else "FAIL ") + c["name"])',
    ].join('\n');
    const result = spawnSync('python3', ['-c', driver], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(vectors.filter((v) => v.format === 'native').length);
    expect(lines.every((line) => line.startsWith('ok '))).toBe(true);
  });
});

describe('docs/OPERATIONS.md', () => {
  it('lists every output', () => {
    for (const name of Object.keys(OUTPUTS)) expect(operations).toContain(`| \`${name}\``);
  });

  it('lists every metric the action writes', () => {
    for (const name of Object.keys(METRICS)) expect(operations).toContain(`\`${name}\``);
  });

  it('gives every exit code', () => {
    for (const code of [0, 1, 2, 3])
      expect(operations).toMatch(new RegExp(`^\\| ${code} +\\|`, 'm'));
  });
});
