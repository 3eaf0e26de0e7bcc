/**
 * What a `file` run tells people: the outputs, the job summary and the metric samples, all
 * from one `FilingReport`. The accounting line is checked here: every hit of the artifact is
 * filed, in the digest, in the fallback or suppressed, exactly once.
 */
import type { OutputName } from '../constants.js';
import type { FallbackRequest, FallbackResult } from '../fallback/keep.js';
import { renderFallbackSummary } from '../fallback/summary.js';
import { inlineCode, plural, table, thousands } from '../report/markdown.js';
import { labelledSample } from '../report/metrics.js';
import type { ExecutionResult } from './execute.js';
import type { RepositoryName } from './options.js';
import type { ModeDecision } from './quota-decision.js';
import type { Plan } from './types.js';

export type ModeUsed = 'individual' | 'digest' | 'dry-run' | 'fallback';

export interface Accounting {
  readonly total: number;
  readonly filed: number;
  readonly inDigest: number;
  readonly fallback: number;
  readonly suppressed: number;
}

export interface FilingReport {
  readonly repository: RepositoryName;
  readonly serverUrl: string;
  readonly auditId: string;
  readonly modeUsed: ModeUsed;
  /** null when the run fell back before it could plan. */
  readonly decision: ModeDecision | null;
  readonly plan: Plan | null;
  readonly execution: ExecutionResult;
  readonly groups: number;
  readonly quotaBefore: number | null;
  readonly quotaAfter: number | null;
  /** `METHOD status` -> requests. */
  readonly requests: ReadonlyMap<string, number>;
  readonly accounting: Accounting;
  readonly fallback: { readonly request: FallbackRequest; readonly result: FallbackResult } | null;
  readonly falsePositives: { readonly issues: number; readonly owned: number };
  /** Sentences for the summary, such as why nothing was closed. */
  readonly notes: readonly string[];
  /** The plan as text, for dry-run. */
  readonly planLines: readonly string[];
}

export class AccountingError extends Error {
  override readonly name = 'AccountingError';
}

/** Throws when the buckets do not add up: a hit counted twice or lost is a bug, never a detail. */
export function checkAccounting(a: Accounting): void {
  const sum = a.filed + a.inDigest + a.fallback + a.suppressed;
  const negative = [a.filed, a.inDigest, a.fallback, a.suppressed].some((n) => n < 0);
  if (sum !== a.total || negative) {
    throw new AccountingError(
      `Hit accounting does not add up: ${a.total} hits but ${a.filed} filed + ${a.inDigest} in the digest + ` +
        `${a.fallback} in the fallback + ${a.suppressed} suppressed = ${sum}.`,
    );
  }
}

export function accountingLine(a: Accounting): string {
  return (
    `hits ${a.total} = ${a.filed} filed + ${a.inDigest} in the digest + ` +
    `${a.fallback} in the fallback + ${a.suppressed} suppressed`
  );
}

function closedCount(e: ExecutionResult): number {
  return e.closedResolved.length + e.closedDuplicates.length;
}

export function fileOutputs(
  report: FilingReport,
): Partial<Record<OutputName, string | number | boolean>> {
  const e = report.execution;
  const outputs: Partial<Record<OutputName, string | number | boolean>> = {
    valid: true,
    hits: report.accounting.total,
    groups: report.groups,
    'mode-used': report.modeUsed,
    'issues-created': e.created.filter((c) => c.fingerprint !== null).length,
    'issues-updated': e.updated.filter((n) => n !== e.digestIssue).length,
    'issues-closed': closedCount(e),
    'issues-reopened': e.reopened.length,
    suppressed: report.accounting.suppressed,
    'suppressed-groups': report.plan?.suppressedGroups ?? 0,
    'false-positive-issues': report.falsePositives.issues,
    'false-positive-rate': falsePositiveRate(report.falsePositives),
  };
  const digest = e.digestIssue ?? digestFromPlan(report.plan);
  if (digest !== null && report.plan?.mode === 'digest') outputs['digest-issue'] = digest;
  if (report.quotaAfter !== null) outputs['quota-remaining'] = report.quotaAfter;
  if (report.fallback) {
    outputs['fallback-path'] = report.fallback.result.path;
    if (report.fallback.result.artifactId !== null)
      outputs['fallback-artifact-id'] = report.fallback.result.artifactId;
  }
  return outputs;
}

/** False-positive issues over all owned issues, as a fraction rounded to 4 places. */
export function falsePositiveRate(fp: { readonly issues: number; readonly owned: number }): number {
  return fp.owned === 0 ? 0 : Math.round((10000 * fp.issues) / fp.owned) / 10000;
}

/** The digest issue the plan names: one it updates (a dry-run only plans it) or leaves unchanged. */
function digestFromPlan(plan: Plan | null): number | null {
  if (plan?.mode !== 'digest') return null;
  for (const op of plan.ops) if (op.kind === 'update-digest') return op.issueNumber;
  return plan.unchanged.find((u) => u.fingerprint === null)?.issueNumber ?? null;
}

export function fileMetrics(report: FilingReport): Record<string, number> {
  const e = report.execution;
  const samples: Record<string, number> = {
    audit_hits_total: report.accounting.total,
    audit_issues_created_total: e.created.length,
    audit_issues_updated_total: e.updated.length,
    audit_issues_closed_total: closedCount(e),
    audit_issues_reopened_total: e.reopened.length,
    audit_issue_create_failures_total: e.createFailures,
    audit_suppressed_hits_total: report.accounting.suppressed,
    audit_false_positive_issues: report.falsePositives.issues,
    audit_fallback_artifacts_total: report.fallback ? 1 : 0,
  };
  if (report.quotaAfter !== null) samples.github_api_quota_remaining = report.quotaAfter;
  for (const [key, count] of report.requests) {
    const [method = '', status = ''] = key.split(' ');
    samples[labelledSample('audit_api_requests_total', { method, status })] = count;
  }
  return samples;
}

/** Links to at most this many issues per row; the rest are counted. */
const MAX_LINKS = 30;

function links(report: FilingReport, numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const base = `${report.serverUrl.replace(/\/+$/, '')}/${report.repository.fullName}/issues`;
  const shown = numbers.slice(0, MAX_LINKS).map((n) => `[#${n}](${base}/${n})`);
  const more = numbers.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function modeLine(report: FilingReport): string {
  const rule = report.decision ? ` (rule ${inlineCode(report.decision.rule)})` : '';
  const why = report.decision ? ` ${report.decision.reason}` : '';
  switch (report.modeUsed) {
    case 'dry-run':
      return `Mode: **dry-run** of a ${report.plan?.mode ?? 'filing'} plan${rule}: nothing was written.${why}`;
    case 'fallback':
      return `Mode: **fallback**: GitHub refused the writes, so what was not filed is kept in the fallback.${why}`;
    default:
      return `Mode: **${report.modeUsed}**${rule}.${why}`;
  }
}

export function renderFileSummary(report: FilingReport): string {
  const e = report.execution;
  const plan = report.plan;
  const a = report.accounting;
  const dry = report.modeUsed === 'dry-run';
  const unchanged = plan?.unchanged.map((u) => u.issueNumber) ?? [];
  const createdGroups = e.created.filter((c) => c.fingerprint !== null).map((c) => c.number);
  const createdDigest = e.created.filter((c) => c.fingerprint === null).map((c) => c.number);
  const rows: string[][] = [
    [
      'created',
      String(createdGroups.length + createdDigest.length),
      links(report, [...createdGroups, ...createdDigest]),
    ],
    ['updated', String(e.updated.length), links(report, e.updated)],
    ['unchanged', String(unchanged.length), links(report, unchanged)],
    ['closed as completed', String(e.closedResolved.length), links(report, e.closedResolved)],
    ['closed as duplicates', String(e.closedDuplicates.length), links(report, e.closedDuplicates)],
    ['reopened', String(e.reopened.length), links(report, e.reopened)],
  ];
  const quota = (n: number | null) => (n === null ? 'unknown' : thousands(n));
  const requests = [...report.requests.values()].reduce((sum, n) => sum + n, 0);
  const fp = report.falsePositives;
  const rate = 100 * falsePositiveRate(fp);
  const lines = [
    `### audit-gate: findings ${dry ? 'planned (dry-run)' : 'filed'}`,
    '',
    modeLine(report),
    '',
    `Central repository ${inlineCode(report.repository.fullName)}, audit ${inlineCode(report.auditId)}: ` +
      `${plural(a.total, 'hit')} in ${plural(report.groups, 'group')}.`,
    '',
    `API quota: ${quota(report.quotaBefore)} before, ${quota(report.quotaAfter)} after; ${plural(requests, 'request')} made.`,
    '',
    table(['issues', 'count', 'links'], rows),
    `Suppressed: ${plural(a.suppressed, 'hit')} in ${plural(plan?.suppressedGroups ?? 0, 'group')}; ` +
      `false-positive issues: ${fp.issues} of ${plural(fp.owned, 'owned issue')} (${rate.toFixed(1)}%).`,
    '',
    `**Accounting: ${accountingLine(a)}.**`,
  ];
  if (e.reconciled > 0) {
    lines.push(
      '',
      `${plural(e.reconciled, 'lost response')} reconciled by listing again (nothing was posted twice).`,
    );
  }
  const failed = e.unwritten.filter((u) => u.error !== null);
  if (failed.length > 0 || e.stop) {
    lines.push('', `Not written: ${plural(e.unwritten.length, 'write')}.`);
    if (e.stop) lines.push(`Stopped writing: ${inlineCode(e.stop.message)}.`);
  }
  for (const note of report.notes) lines.push('', note);
  if (report.planLines.length > 0) {
    // Titles come from artifacts: the fence is longer than any backtick run inside.
    const runs = report.planLines.join('\n').match(/`+/g) ?? [];
    const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
    lines.push('', '<details><summary>The plan</summary>', '', `${fence}text`);
    lines.push(...report.planLines, fence, '', '</details>');
  }
  if (report.fallback) {
    lines.push('', renderFallbackSummary(report.fallback.request, report.fallback.result));
  }
  return lines.join('\n') + '\n';
}
