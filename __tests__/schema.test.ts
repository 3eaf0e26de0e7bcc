import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ArtifactError, ConfigurationError } from '../src/errors.js';
import {
  CONSUMER_ARTIFACT_SCHEMA,
  MAX_REPORTED_VIOLATIONS,
  PATTERN_HINT_PATHS,
  validateArtifactSchema,
} from '../src/gate/schema.js';
import { createAjv, customValidator } from '../src/gate/ajv.js';
import { compileBundledSchema } from '../scripts/compile-schema.mjs';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join('__fixtures__/artifacts', name), 'utf8'));

const hit = { repo: 'org/a', path: 'src/x.py', line_number: 12, pattern: 'LegacyClient(' };
const artifact = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  schema_version: '1.0',
  generated_at: '2026-11-25T02:00:00Z',
  org_unregistered_hits: [hit],
  ...extra,
});

function violation(value: unknown): ArtifactError {
  try {
    validateArtifactSchema(value, { file: 'in.json' });
  } catch (error) {
    expect(error).toBeInstanceOf(ArtifactError);
    return error as ArtifactError;
  }
  throw new Error('expected a schema violation');
}

describe('the bundled schema', () => {
  it('is a valid JSON Schema 2020-12 (checked here, so runs can skip the meta-schema)', () => {
    const ajv = createAjv({ ours: false });
    expect(ajv.validateSchema(CONSUMER_ARTIFACT_SCHEMA)).toBe(true);
  });

  it('describes every property, for the generated documentation', () => {
    const missing: string[] = [];
    const walk = (node: unknown, pointer: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      for (const [name, child] of Object.entries(
        (schema.properties ?? {}) as Record<string, unknown>,
      )) {
        if (typeof (child as { description?: unknown }).description !== 'string') {
          missing.push(`${pointer}/properties/${name}`);
        }
        walk(child, `${pointer}/properties/${name}`);
      }
      for (const [name, child] of Object.entries((schema.$defs ?? {}) as Record<string, unknown>)) {
        walk(child, `${pointer}/$defs/${name}`);
      }
      walk(schema.items, `${pointer}/items`);
    };
    walk(CONSUMER_ARTIFACT_SCHEMA, '#');
    expect(missing).toEqual([]);
  });

  it('has every schema path the error hints are keyed on', () => {
    for (const path of PATTERN_HINT_PATHS) {
      const parts = path.replace(/^#\//, '').split('/');
      let node: unknown = CONSUMER_ARTIFACT_SCHEMA;
      for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
      expect({ path, pattern: typeof node }).toEqual({ path, pattern: 'string' });
    }
  });
});

describe('validateArtifactSchema', () => {
  it.each(['minimal.json', 'full.json', 'zero-hits.json'])('accepts good/%s', (name) => {
    const value = fixture(`good/${name}`);
    expect(validateArtifactSchema(value, { file: name })).toBe(value);
  });

  it.each([
    ['owner/name with every allowed character', 'Org-2_x/repo.name_with-all.chars'],
    ['a dot-file repository', 'org/.github'],
    ['a 39-character owner', `${'a'.repeat(39)}/r`],
    ['a 100-character name', `o/${'n'.repeat(100)}`],
  ])('accepts a repo: %s', (_label, repo) => {
    expect(() =>
      validateArtifactSchema(artifact({ org_unregistered_hits: [{ ...hit, repo }] }), {
        file: 'in.json',
      }),
    ).not.toThrow();
  });

  it.each([
    ['no slash', 'org'],
    ['an empty owner', '/a'],
    ['a leading hyphen', '-org/a'],
    ['a 40-character owner', `${'a'.repeat(40)}/r`],
    ['a 101-character name', `o/${'n'.repeat(101)}`],
    ['"."', 'org/.'],
    ['".."', 'org/..'],
    ['a space', 'org/a b'],
    ['a URL', 'https://github.com/org/a'],
    ['a trailing newline', 'org/a\n'],
  ])('refuses a repo with %s', (_label, repo) => {
    const error = violation(artifact({ org_unregistered_hits: [{ ...hit, repo }] }));
    expect(error.details[0]).toContain(
      '/org_unregistered_hits/0/repo pattern: must be a GitHub repository as owner/name',
    );
  });

  it('summarises in one line and lists each violation as <pointer> <rule>: <message>', () => {
    const error = violation(artifact({ org_unregistered_hits: [{ ...hit, line_number: 0 }] }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      'in.json: 1 schema violation(s): first: /org_unregistered_hits/0/line_number minimum: must be >= 1',
    );
    expect(error.details).toEqual(['/org_unregistered_hits/0/line_number minimum: must be >= 1']);
  });

  it('reports every violation, not only the first (allErrors)', () => {
    const error = violation(fixture('bad/three-violations.json'));
    expect(error.message).toMatch(/^in\.json: 3 schema violation\(s\): first: /);
    expect(error.details.map((line) => line.split(' ')[0]).sort()).toEqual([
      '/generated_at',
      '/org_unregistered_hits/0/line_number',
      '/org_unregistered_hits/1/repo',
    ]);
  });

  it(`lists at most ${MAX_REPORTED_VIOLATIONS} violations, then counts the rest`, () => {
    const hits = Array.from({ length: 73 }, (_, i) => ({ ...hit, line_number: -i }));
    const error = violation(artifact({ org_unregistered_hits: hits }));
    expect(error.message).toMatch(/^in\.json: 73 schema violation\(s\): first: /);
    expect(error.details).toHaveLength(MAX_REPORTED_VIOLATIONS + 1);
    expect(error.details[MAX_REPORTED_VIOLATIONS - 1]).toBe(
      `/org_unregistered_hits/${MAX_REPORTED_VIOLATIONS - 1}/line_number minimum: must be >= 1`,
    );
    expect(error.details.at(-1)).toBe(`… and ${73 - MAX_REPORTED_VIOLATIONS} more`);
  });

  it('names an unknown property and the object that holds it', () => {
    const error = violation(artifact({ hits: [] }));
    expect(error.details).toEqual(['/ additionalProperties: unknown property "hits"']);
  });

  it('rejects __proto__ as the unknown key it is, without touching any prototype', () => {
    const value = JSON.parse(
      '{"schema_version":"1.0","generated_at":"2026-11-25T02:00:00Z","org_unregistered_hits":[' +
        '{"repo":"org/a","path":"p","line_number":1,"pattern":"x","__proto__":{"polluted":"yes"}}]}',
    );
    const error = violation(value);
    expect(error.details).toEqual([
      '/org_unregistered_hits/0 additionalProperties: unknown property "__proto__"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('shows the offending value of a format, pattern or const rule, as one-line JSON', () => {
    const error = violation(
      artifact({
        generated_at: 'yesterday',
        audit_id: 'run\n::error::x',
        signature: { alg: 'HMAC-SHA1', value: 'f'.repeat(64) },
      }),
    );
    expect(error.details).toEqual(
      expect.arrayContaining([
        '/generated_at format: must match format "date-time" (got "yesterday")',
        '/audit_id pattern: must not contain control characters (such as a newline) (got "run\\n::error::x")',
        '/signature/alg const: must be equal to constant (got "HMAC-SHA1")',
      ]),
    );
    for (const line of [error.message, ...error.details]) expect(line).not.toMatch(/[\n\r]/);
  });

  it('cuts a long offending value short', () => {
    const error = violation(artifact({ audit_id: `${'a'.repeat(300)}\u0001` }));
    expect(error.details.join('\n')).not.toContain('a'.repeat(81));
    // Up to 80 characters of JSON are shown whole; a longer text is cut to 77 and marked.
    const excerptOf = (auditId: string) =>
      violation(artifact({ audit_id: auditId })).details.find((d) =>
        d.startsWith('/audit_id pattern'),
      )!;
    expect(excerptOf(`${'b'.repeat(72)}\u0001`)).toContain(`(got "${'b'.repeat(72)}\\u0001")`);
    expect(excerptOf(`${'b'.repeat(73)}\u0001`)).toContain(`(got "${'b'.repeat(73)}\\u0…)`);
    // A value of another type is shown as its JSON.
    const wrongAlg = violation(artifact({ signature: { alg: 5, value: 'f'.repeat(64) } }));
    expect(wrongAlg.details).toContain('/signature/alg const: must be equal to constant (got 5)');
  });

  it('names an unknown key escaped, so it cannot start a line or forge an Actions command', () => {
    const error = violation(artifact({ '\n::error::forged': 1 }));
    expect(error.details[0]).toBe('/ additionalProperties: unknown property "\\n::error::forged"');
  });
});

describe('validateArtifactSchema with a custom schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-gate-schema-'));
  const write = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('uses the given schema instead of the bundled one', () => {
    const schemaPath = write(
      'strict-severity.json',
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        required: ['org_unregistered_hits'],
        properties: {
          org_unregistered_hits: {
            type: 'array',
            items: { type: 'object', required: ['severity'] },
          },
        },
      }),
    );
    const error = (() => {
      try {
        validateArtifactSchema(artifact(), {
          file: 'in.json',
          validate: customValidator(schemaPath),
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ArtifactError);
    expect((error as ArtifactError).details).toEqual([
      "/org_unregistered_hits/0 required: must have required property 'severity'",
    ]);
    const withSeverity = artifact({ org_unregistered_hits: [{ ...hit, severity: 'high' }] });
    expect(
      validateArtifactSchema(withSeverity, {
        file: 'in.json',
        validate: customValidator(schemaPath),
      }),
    ).toBe(withSeverity);
  });

  it('may reuse the bundled $id (it is compiled on its own)', () => {
    const schemaPath = write('copy.json', JSON.stringify(CONSUMER_ARTIFACT_SCHEMA));
    validateArtifactSchema(artifact(), { file: 'in.json' });
    expect(() =>
      validateArtifactSchema(artifact(), {
        file: 'in.json',
        validate: customValidator(schemaPath),
      }),
    ).not.toThrow();
  });

  it('keeps the committed ahead-of-time validator equal to a fresh compile of the schema', () => {
    const committed = readFileSync('src/gate/generated/consumer-artifact.validate.js', 'utf8');
    expect(committed === compileBundledSchema()).toBe(true);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /: no such file$/],
    ['a directory', () => dir, /: cannot be read: .*EISDIR/],
    ['a file that is not JSON', () => write('bad.json', '{ type: object }'), /not valid JSON: /],
    ['JSON that is not an object', () => write('array.json', '[]'), /must be a JSON object/],
    [
      'an invalid schema',
      () => write('invalid.json', '{"type": "integr"}'),
      /not a usable JSON Schema 2020-12: schema is invalid/,
    ],
    [
      'an unknown keyword (strict mode)',
      () => write('unknown.json', '{"type": "object", "requird": ["x"]}'),
      /not a usable JSON Schema 2020-12: strict mode: unknown keyword: "requird"/,
    ],
  ])('refuses %s with a ConfigurationError (exit 1)', (_label, make, message) => {
    const schemaPath = make();
    let caught: unknown;
    try {
      validateArtifactSchema(artifact(), {
        file: 'in.json',
        validate: customValidator(schemaPath),
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as ConfigurationError).exitCode).toBe(1);
    expect((caught as Error).message).toContain(schemaPath);
    expect((caught as Error).message).toMatch(message);
  });
});
