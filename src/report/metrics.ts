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
  audit_purged_total: ['counter', 'Fallback artifacts and files deleted by purge'],
  audit_purged_bytes_total: ['counter', 'Bytes of fallback copies deleted by purge'],
  audit_api_requests_total: ['counter', 'GitHub API requests by method and status'],
  audit_run_duration_seconds: ['gauge', 'Duration of the audit-gate run in seconds'],
} as const;

export type MetricName = keyof typeof METRICS;

/**
 * The sample key of a labelled metric, `name{label="value",…}`, so a mode's plain samples can
 * carry labelled series too (`audit_api_requests_total{method="GET",status="200"}`).
 */
export function labelledSample(name: MetricName, labels: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(labels).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `${name}{${pairs.join(',')}}`;
}

const LABELLED_KEY = /^([a-z_]+)\{(.*)\}$/;
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)=("(?:[^"\\]|\\.)*")/g;

/** The series of one metric in `samples`: the plain key, and every `name{…}` key. */
function seriesOf(
  samples: Readonly<Record<string, number | undefined>>,
  name: string,
): { labels: Record<string, string>; value: number }[] {
  const series: { labels: Record<string, string>; value: number }[] = [];
  for (const [key, value] of Object.entries(samples)) {
    if (value === undefined) continue;
    if (key === name) {
      series.push({ labels: {}, value });
      continue;
    }
    const match = LABELLED_KEY.exec(key);
    if (match?.[1] !== name) continue;
    const labels: Record<string, string> = {};
    for (const pair of match[2]!.matchAll(LABEL_PAIR))
      labels[pair[1]!] = JSON.parse(pair[2]!) as string;
    series.push({ labels, value });
  }
  return series;
}

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
    const series = seriesOf(values, name);
    if (series.length === 0) continue;
    const labelNames = [...new Set(series.flatMap((s) => Object.keys(s.labels)))];
    const config = { name, help, labelNames, registers: [registry] };
    const metric = type === 'gauge' ? new prom.Gauge(config) : new prom.Counter(config);
    for (const { labels, value } of series) {
      if (metric instanceof prom.Gauge) metric.set(labels, value);
      else metric.inc(labels, value);
    }
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
