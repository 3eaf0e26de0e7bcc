import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, jest } from '@jest/globals';
import { ArtifactError } from '../src/errors.js';
import { isSarifLog, repositoryFromUri, sarifToArtifact } from '../src/gate/sarif.js';
import { validateArtifactSchema } from '../src/gate/schema.js';

const load = (path: string): unknown =>
  JSON.parse(readFileSync(join('__fixtures__/artifacts', path), 'utf8'));
const NOW = new Date('2026-11-25T03:04:05.000Z');

function conversionError(log: unknown, repository?: string): ArtifactError {
  try {
    sarifToArtifact(log, { file: 'scan.sarif', repository, now: NOW });
  } catch (error) {
    expect(error).toBeInstanceOf(ArtifactError);
    return error as ArtifactError;
  }
  throw new Error('expected the conversion to fail');
}

describe('isSarifLog', () => {
  it.each([
    ['a CodeQL log', load('sarif/codeql.sarif.json')],
    ['a Semgrep log', load('sarif/semgrep.sarif.json')],
    ['version 2.1.0 with runs, no $schema', { version: '2.1.0', runs: [] }],
    ['a $schema naming SARIF, whatever the rest', { $schema: 'https://x/sarif-schema-2.1.0.json' }],
  ])('recognises %s', (_label, value) => {
    expect(isSarifLog(value)).toBe(true);
  });

  it.each([
    ['a consumer artifact', load('good/full.json')],
    ['version 2.1.0 without runs', { version: '2.1.0' }],
    ['runs that are not an array', { version: '2.1.0', runs: {} }],
    ['another version without a SARIF $schema', { version: '2.0.0', runs: [] }],
    ['an array', [{ version: '2.1.0', runs: [] }]],
    ['null', null],
  ])('does not take %s for SARIF', (_label, value) => {
    expect(isSarifLog(value)).toBe(false);
  });
});

describe('sarifToArtifact', () => {
  it('converts a CodeQL log: rules by index, rule.id, artifact index, provenance, times', () => {
    const artifact = sarifToArtifact(load('sarif/codeql.sarif.json'), { file: 'codeql.sarif' });
    const commit = '9fceb02d0ae598e95dc970b74767f19372d61af8';
    expect(artifact).toEqual({
      schema_version: '1.0',
      audit_id: '.github/workflows/codeql.yml:analyze/language:python/',
      generated_at: '2026-11-25T01:58:43.911Z',
      org_unregistered_hits: [
        {
          repo: 'acme-corp/payments-api',
          path: 'src/payments/client.py',
          line_number: 42,
          column: 17,
          pattern: 'py/clear-text-logging-sensitive-data',
          commit,
          severity: 'error',
          message: 'This expression logs [sensitive data (password)](1) as clear text.',
        },
        {
          repo: 'acme-corp/payments-api',
          path: 'src/util/log helpers.py',
          line_number: 1,
          pattern: 'py/unused-import',
          commit,
          severity: 'note',
          message: "Import of 'os' is not used.",
        },
        {
          repo: 'acme-corp/payments-api',
          path: 'src/util/log helpers.py',
          line_number: 2,
          column: 1,
          pattern: 'py/unused-import',
          commit,
          severity: 'warning',
          message: "Import of 'sys' is not used.",
        },
      ],
    });
    expect(validateArtifactSchema(artifact, { file: 'codeql.sarif' })).toBe(artifact);
  });

  it('refuses a Semgrep log without provenance when no repository is given', () => {
    const error = conversionError(load('sarif/semgrep.sarif.json'));
    expect(error.message).toBe(
      'scan.sarif: SARIF: /runs/0 has results but no repository: no ' +
        'versionControlProvenance[0].repositoryUri names a GitHub owner/name, and none was given',
    );
  });

  it('converts a Semgrep log with the given repository, skipping suppressed results', () => {
    const warn = jest.fn<(message: string) => void>();
    const artifact = sarifToArtifact(load('sarif/semgrep.sarif.json'), {
      file: 'semgrep.sarif',
      repository: 'acme-corp/billing',
      now: NOW,
      warn,
    });
    expect(artifact).toEqual({
      schema_version: '1.0',
      generated_at: NOW.toISOString(),
      org_unregistered_hits: [
        {
          repo: 'acme-corp/billing',
          path: 'services/billing/legacy.py',
          line_number: 12,
          column: 14,
          pattern: 'org.rules.legacy-client',
          snippet: '    client = LegacyClient(api_key)',
          severity: 'error',
          message: 'LegacyClient is not registered with the platform team; use PlatformClient.',
        },
        {
          repo: 'acme-corp/billing',
          path: 'scripts/migrate.js',
          line_number: 3,
          column: 1,
          pattern: 'org.rules.legacy-client-js',
          snippet: 'const c = new LegacyClient(k);',
          severity: 'warning',
          message: 'LegacyClient is not registered with the platform team; use PlatformClient.',
        },
      ],
    });
    expect(warn.mock.calls).toEqual([
      ['semgrep.sarif: 1 suppressed or absent SARIF result(s) were skipped'],
    ]);
    expect(() => validateArtifactSchema(artifact, { file: 'semgrep.sarif' })).not.toThrow();
  });

  it('relativises file:// URIs, defaults a missing line, reads each run its own repository', () => {
    const warn = jest.fn<(message: string) => void>();
    const artifact = sarifToArtifact(load('sarif/absolute-uris.sarif.json'), {
      file: 'abs.sarif',
      repository: 'org/ignored-when-provenance-says-otherwise',
      now: NOW,
      warn,
    });
    expect(artifact.org_unregistered_hits).toEqual([
      {
        repo: 'acme-corp/payments-api',
        path: 'src/app.py',
        line_number: 1,
        pattern: 'LegacyClient(',
        commit: 'c0ffee0',
        severity: 'warning',
        message: 'whole-file result: no region',
      },
      {
        repo: 'acme-corp/payments-api',
        path: '/opt/vendor/lib.py',
        line_number: 7,
        pattern: 'LegacyClient(',
        snippet: 'import lib\nlib.LegacyClient()',
        commit: 'c0ffee0',
        severity: 'warning',
        message: 'outside the workspace base',
      },
      {
        repo: 'acme-corp/web',
        path: 'app/main.ts',
        line_number: 99,
        column: 3,
        pattern: 'LegacyClient(',
        commit: '0123456789abcdef0123456789abcdef01234567',
        severity: 'error',
        message: 'second run, second repository',
      },
    ]);
    expect(artifact.generated_at).toBe(NOW.toISOString());
    expect(artifact).not.toHaveProperty('audit_id');
    expect(warn).toHaveBeenCalledWith(
      'abs.sarif: 1 SARIF result(s) had no startLine; line 1 was used',
    );
    expect(() => validateArtifactSchema(artifact, { file: 'abs.sarif' })).not.toThrow();
  });

  it('turns a log with no results into an artifact with no hits, repository or not', () => {
    const artifact = sarifToArtifact(
      { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] },
      { file: 'empty.sarif', now: NOW },
    );
    expect(artifact).toEqual({
      schema_version: '1.0',
      generated_at: NOW.toISOString(),
      org_unregistered_hits: [],
    });
  });

  it('reports every structural defect as <pointer> <rule>: <message>', () => {
    const error = conversionError(load('bad/sarif-bad-structure.json'));
    expect(error.message).toMatch(/^scan\.sarif: 3 SARIF violation\(s\): first: /);
    expect(error.details).toEqual([
      '/runs/0/results/0/ruleIndex minimum: must be >= 0',
      '/runs/0/results/0/level enum: must be equal to one of the allowed values (got "fatal")',
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine minimum: must be >= 1',
    ]);
  });

  it.each([
    ['sarif-wrong-version.json', '/version const: must be equal to constant (got "2.0.0")'],
    ['sarif-runs-not-array.json', '/runs type: must be array'],
    ['sarif-result-without-location.json', 'SARIF: /runs/0/results/0 has no location'],
    ['sarif-no-rule-id.json', 'SARIF: /runs/0/results/0 has no ruleId, rule.id or ruleIndex'],
  ])('refuses bad/%s', (name, fragment) => {
    expect(conversionError(load(`bad/${name}`), 'org/given').message).toContain(fragment);
  });

  it('refuses something that is not a log at all', () => {
    expect(conversionError([]).details).toEqual(['/ type: must be object']);
  });

  it('leaves to the consumer schema what SARIF allows but an artifact does not', () => {
    const artifact = sarifToArtifact(
      {
        version: '2.1.0',
        runs: [
          {
            versionControlProvenance: [
              { repositoryUri: 'https://github.com/org/a', revisionId: 'main' },
            ],
            results: [
              {
                ruleId: 'r',
                locations: [{ physicalLocation: { artifactLocation: { uri: 'a.py' } } }],
              },
            ],
          },
        ],
      },
      { file: 'x.sarif', now: NOW },
    );
    expect(() => validateArtifactSchema(artifact, { file: 'x.sarif' })).toThrow(
      'x.sarif: 1 schema violation(s): first: /org_unregistered_hits/0/commit pattern',
    );
  });
});

describe('repositoryFromUri', () => {
  it.each([
    ['https://github.com/org/repo', 'org/repo'],
    ['https://github.com/org/repo.git', 'org/repo'],
    ['https://github.com/org/repo/', 'org/repo'],
    ['https://ghe.example.com/org/repo', 'org/repo'],
    ['ssh://git@github.com/org/repo.git', 'org/repo'],
    ['git@github.com:org/repo.git', 'org/repo'],
    ['git@github.com:org/repo', 'org/repo'],
  ])('reads %s as %s', (uri, expected) => {
    expect(repositoryFromUri(uri)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['https://github.com/org'],
    ['https://github.com/org/repo/tree/main'],
    ['file:///home/runner/work/repo'],
    ['not a uri'],
  ])('does not guess from %s', (uri) => {
    expect(repositoryFromUri(uri)).toBeUndefined();
  });
});
