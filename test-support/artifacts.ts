import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { REPO_ROOT } from './run-action.js';

export const FIXTURES = path.join(REPO_ROOT, '__fixtures__');

export function fixture(relative: string): Buffer {
  return readFileSync(path.join(FIXTURES, relative));
}

export function fixtureJson<T = Record<string, unknown>>(relative: string): T {
  return JSON.parse(fixture(relative).toString('utf8')) as T;
}

/**
 * Signs a native artifact the way DESIGN.md specifies, computed independently of src/ (the
 * `canonicalize` package and node:crypto), so tests check the product against the contract.
 */
export function signWithOracle(
  artifact: Record<string, unknown>,
  key: string,
  kid?: string,
): Record<string, unknown> {
  const { signature: _drop, ...unsigned } = artifact;
  const value = createHmac('sha256', key)
    .update(canonicalize(unsigned) as string)
    .digest('hex');
  return { ...unsigned, signature: { alg: 'HMAC-SHA256', ...(kid ? { kid } : {}), value } };
}

export function artifactWithHits(count: number, repos = 3): Record<string, unknown> {
  return {
    schema_version: '1.0',
    audit_id: `test-${count}`,
    generated_at: '2026-11-25T02:00:00Z',
    org_unregistered_hits: Array.from({ length: count }, (_, i) => ({
      repo: `org/repo-${i % repos}`,
      path: `src/file_${i}.py`,
      line_number: i + 1,
      pattern: i % 2 ? 'md5(' : 'LegacyClient(',
      snippet: `x = LegacyClient(${i})`,
    })),
  };
}
