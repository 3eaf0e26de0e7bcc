/**
 * The filing report: the accounting check that fails loudly, and labelled metric samples that
 * reach the Prometheus text.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { AccountingError, checkAccounting } from '../../src/filer/report.js';
import { labelledSample, writeMetrics } from '../../src/report/metrics.js';
import { FakeHost } from '../../test-support/fake-host.js';

describe('checkAccounting', () => {
  const ok = { total: 10, filed: 4, inDigest: 0, fallback: 3, suppressed: 3 };

  it('accepts buckets that add up to the hits', () => {
    expect(() => checkAccounting(ok)).not.toThrow();
  });

  it.each([
    ['a hit lost', { ...ok, filed: 3 }],
    ['a hit counted twice', { ...ok, fallback: 4 }],
    ['a negative bucket that hides a double count', { ...ok, filed: 5, inDigest: -1 }],
  ])('throws for %s', (_name, accounting) => {
    expect(() => checkAccounting(accounting)).toThrow(AccountingError);
  });
});

describe('labelled metric samples', () => {
  it('writes one series per label set next to the plain samples', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'metrics-'));
    const file = path.join(dir, 'm.prom');
    await writeMetrics(
      { metricsFile: file, pushgatewayUrl: null },
      'file',
      {
        audit_hits_total: 7,
        [labelledSample('audit_api_requests_total', { method: 'GET', status: '200' })]: 2,
        [labelledSample('audit_api_requests_total', { method: 'POST', status: '201' })]: 3,
      },
      performance.now(),
      new FakeHost(),
    );
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^audit_hits_total\{mode="file"\} 7$/m);
    expect(text).toMatch(/^audit_api_requests_total\{method="GET",status="200",mode="file"\} 2$/m);
    expect(text).toMatch(/^audit_api_requests_total\{method="POST",status="201",mode="file"\} 3$/m);
    expect(text).toContain('# TYPE audit_api_requests_total counter');
  });
});
