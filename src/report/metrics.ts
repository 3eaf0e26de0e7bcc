import type { Host } from '../host.js';
import type { MetricsOptions } from '../options.js';
import { errorMessage } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

/** The metric names kept from the seed, with their help text and Prometheus type. */
export const METRICS = {
  github_api_quota_remaining: ['gauge', 'GitHub API core requests remaining after the run'],
  audit_issue_create_failures_total: ['counter', 'Issue creations that failed'],
  audit_hits_total: ['counter', 'Hits in the gated artifact'],
  audit_issues_created_total: ['counter', 'Issues created'],
  audit_issues_updated_total: ['counter', 'Issues updated'],
  audit_issues_closed_total: ['counter', 'Issues closed'],
  audit_issues_reopened_total: ['counter', 'Issues reopened'],
  audit_fallback_artifacts_total: ['counter', 'Fallback copies written'],
  audit_suppressed_hits_total: ['counter', 'Hits suppressed as false positives'],
  audit_false_positive_issues: ['gauge', 'Owned issues marked as false positives'],
  audit_run_duration_seconds: ['gauge', 'Duration of the audit-gate run in seconds'],
} as const;

export type MetricName = keyof typeof METRICS;

/**
 * Writes the run's metrics in Prometheus text format (atomically, so a scraper never reads half
 * a file) and pushes them to a Pushgateway when asked. prom-client is loaded only then, to keep
 * it out of the start-up of runs that want no metrics. A failing push only warns.
 */
export async function writeMetrics(
  options: MetricsOptions,
  mode: string,
  samples: Readonly<Partial<Record<string, number>>>,
  startedAt: number,
  host: Host,
): Promise<void> {
  if (!options.metricsFile && !options.pushgatewayUrl) return;
  const prom = await import('prom-client');
  const registry = new prom.Registry();
  registry.setDefaultLabels({ mode });
  const values: Record<string, number> = {
    ...samples,
    audit_run_duration_seconds: (performance.now() - startedAt) / 1000,
  };
  for (const [name, [type, help]] of Object.entries(METRICS)) {
    const value = values[name];
    if (value === undefined) continue;
    const metric =
      type === 'gauge'
        ? new prom.Gauge({ name, help, registers: [registry] })
        : new prom.Counter({ name, help, registers: [registry] });
    if (metric instanceof prom.Gauge) metric.set(value);
    else metric.inc(value);
  }
  if (options.metricsFile) {
    await writeFileAtomic(options.metricsFile, await registry.metrics());
  }
  if (options.pushgatewayUrl) {
    try {
      const gateway = new prom.Pushgateway(options.pushgatewayUrl, { timeout: 5000 }, registry);
      await gateway.pushAdd({ jobName: 'audit-gate' });
    } catch (error) {
      host.warning(`Could not push metrics to the Pushgateway: ${errorMessage(error)}`);
    }
  }
}
