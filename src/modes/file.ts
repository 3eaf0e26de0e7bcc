/**
 * `mode: file` — DESIGN.md's pipeline: gate (exit 2/3 before any API call), group, read the
 * quota and the owned issues, plan (pure), execute, list again to close race duplicates, and
 * report. Every hit ends up filed, in the digest, in the fallback or suppressed.
 */
import { ConfigurationError, QuotaExhaustedError } from '../errors.js';
import { keepFallback, type FallbackReason } from '../fallback/keep.js';
import { gateArtifact } from '../gate/gate.js';
import type { ConsumerArtifact, Hit } from '../gate/artifact.js';
import { createGitHubClient } from '../github/client.js';
import type { Host } from '../host.js';
import { classifyApiError, describeApiError, statusOf } from '../filer/api-errors.js';
import { closeRaceDuplicates } from '../filer/close-race-duplicates.js';
import { describePlan } from '../filer/describe-plan.js';
import { emptyExecution, Executor, type ExecutorContext } from '../filer/execute.js';
import { groupHits } from '../filer/group.js';
import { resolveAuditId, type FileOptions } from '../filer/options.js';
import { digestIssueFor, hasLabel, indexOwned } from '../filer/owned.js';
import { planRun } from '../filer/plan-run.js';
import { readQuota } from '../filer/read-quota.js';
import { listComments, listOwnedIssues } from '../filer/read-state.js';
import {
  checkAccounting,
  fileMetrics,
  fileOutputs,
  renderFileSummary,
  type FilingReport,
} from '../filer/report.js';
import type { ExistingComment, ExistingIssue, Group, Plan } from '../filer/types.js';
import type { ModeResult } from './result.js';

interface RunState {
  readonly options: FileOptions;
  readonly host: Host;
  readonly artifact: ConsumerArtifact;
  readonly groups: readonly Group[];
  readonly auditId: string;
}

export async function fileMode(options: FileOptions, host: Host): Promise<ModeResult> {
  const gated = await gateArtifact(options.gate, host);
  const artifact = gated.artifact;
  const groups = groupHits(artifact.org_unregistered_hits, options.groupBy);
  const auditId = resolveAuditId(options.auditId, artifact.audit_id, host.context);
  const run: RunState = { options, host, artifact, groups, auditId };
  host.info(
    `${gated.displayPath}: ${artifact.org_unregistered_hits.length} hit(s) in ${groups.length} group(s) by ${options.groupBy}; audit ${auditId}.`,
  );

  const ownerLabel = options.labels[0]!;
  const { client, telemetry } = createGitHubClient(
    { token: options.token, apiUrl: host.context.apiUrl },
    host,
  );
  const quota = await readQuota(client).catch(async (error: unknown) => {
    if (error instanceof QuotaExhaustedError) await quotaExhausted(run, error.message);
    throw error;
  });
  if (quota.remaining <= 0) {
    await quotaExhausted(
      run,
      `No GitHub API quota is left (0 of ${quota.limit}, resets at ${new Date(quota.reset * 1000).toISOString()}); nothing was written.`,
    );
  }

  // State: the owned issues, and the digest's comments when this audit has a digest.
  let issues: readonly ExistingIssue[];
  let pages: number;
  let listedAt: Date | null;
  try {
    ({ issues, pages, listedAt } = await listOwnedIssues(client, options.repository, ownerLabel));
  } catch (error) {
    return readFailure(run, error, quota.remaining, telemetry.requests);
  }
  // The latest response's header: it also counts what other jobs spent meanwhile.
  const quotaNow = () => Math.min(quota.remaining - pages, telemetry.quotaRemaining ?? Infinity);
  if (quotaNow() <= 0) {
    await quotaExhausted(
      run,
      'Listing the issues used the last of the API quota; nothing was written.',
    );
  }

  const planOptions = {
    labels: options.labels,
    fpLabel: options.fpLabel,
    autoClose: options.autoClose,
    scope: artifact.scope ?? null,
    auditId,
    serverUrl: host.context.serverUrl,
  };
  const plan = (digestComments?: readonly ExistingComment[]) =>
    planRun({
      groups,
      issues,
      ...(digestComments ? { digestComments } : {}),
      options: planOptions,
      quota: {
        remaining: quotaNow(),
        threshold: options.quotaThreshold,
        maxNewIssues: options.maxNewIssues,
      },
      // Room is kept to list again after the writes (closing race duplicates needs it).
      budget: Math.max(0, quotaNow() - pages),
    });
  let planned = plan();
  if (planned.plan.mode === 'digest') {
    const digest = digestIssueFor(indexOwned(issues, ownerLabel), auditId);
    if (digest !== null) {
      try {
        planned = plan(await listComments(client, options.repository, digest.number));
      } catch (error) {
        return readFailure(run, error, quota.remaining, telemetry.requests);
      }
    }
  }
  const { decision } = planned;
  const thePlan = planned.plan;
  const planLines = describePlan(thePlan);
  if (decision.rule === 'quota-threshold') {
    host.warning(`Filing one digest issue: ${decision.reason}`, {
      title: 'audit-gate: low API quota',
    });
  } else if (decision.rule === 'max-new-issues') {
    host.notice(`Filing one digest issue: ${decision.reason}`);
  }
  const falsePositives = countFalsePositives(issues, ownerLabel, options.fpLabel);
  const notes = autoCloseNotes(run);

  if (options.dryRun) {
    await host.group('The plan (dry-run: nothing is written)', async () => {
      for (const line of planLines) host.info(line);
    });
    const a = thePlan.accounting;
    const report: FilingReport = {
      ...reportBase(run, quota.remaining, telemetry),
      modeUsed: 'dry-run',
      decision,
      plan: thePlan,
      execution: emptyExecution(),
      accounting: {
        total: a.total,
        filed: a.filed,
        inDigest: a.inDigest,
        fallback: a.deferred,
        suppressed: a.suppressed,
      },
      fallback: null,
      falsePositives,
      notes,
      planLines,
    };
    return finish(report, false, host);
  }

  await host.group(`The plan: ${thePlan.ops.length} write(s)`, async () => {
    for (const line of planLines) host.info(line);
  });
  const ctx: ExecutorContext = {
    client,
    repository: options.repository,
    ownerLabel,
    host,
    listedAt,
  };
  const executor = new Executor(ctx);
  const execution = await executor.executePlan(thePlan);
  if (execution.created.length > 0 && !executor.stopped) {
    try {
      await closeRaceDuplicates(executor, ctx, issues);
    } catch (error) {
      host.warning(
        `Could not list the issues again to close duplicates: ${describeApiError(error)}. The next run closes them.`,
      );
    }
  }

  const unwritten = execution.unwritten.flatMap((u) => u.carries.flatMap((c) => c.hits));
  const fallbackHits: Hit[] = [...thePlan.deferred.flatMap((d) => d.hits), ...unwritten];
  const a = thePlan.accounting;
  const accounting = {
    total: a.total,
    filed: a.filed - (thePlan.mode === 'individual' ? unwritten.length : 0),
    inDigest: a.inDigest - (thePlan.mode === 'digest' ? unwritten.length : 0),
    fallback: fallbackHits.length,
    suppressed: a.suppressed,
  };
  checkAccounting(accounting);

  let fallback: FilingReport['fallback'] = null;
  if (fallbackHits.length > 0) {
    const request = {
      source: artifact,
      hits: fallbackHits,
      reason: fallbackReason(execution.stop, thePlan),
      detail: fallbackDetail(execution.stop, execution.unwritten.length, thePlan),
    };
    fallback = { request, result: await keepFallback(request, options.fallback, host) };
  }
  const refused =
    execution.stop?.failure === 'no-permission' || execution.stop?.failure === 'bad-credentials';
  const report: FilingReport = {
    ...reportBase(run, quota.remaining, telemetry),
    modeUsed: refused ? 'fallback' : thePlan.mode,
    decision,
    plan: thePlan,
    execution,
    accounting,
    fallback,
    falsePositives,
    notes,
    planLines: [],
  };
  return finish(report, fallback !== null && options.fallback.failOnFallback, host);
}

function reportBase(
  run: RunState,
  quotaBefore: number,
  telemetry: { quotaRemaining: number | null; requests: ReadonlyMap<string, number> },
) {
  return {
    repository: run.options.repository,
    serverUrl: run.host.context.serverUrl,
    auditId: run.auditId,
    groups: run.groups.length,
    quotaBefore,
    quotaAfter: telemetry.quotaRemaining ?? quotaBefore,
    requests: telemetry.requests,
  };
}

function finish(report: FilingReport, fail: boolean, host: Host): ModeResult {
  if (fail) {
    host.error(
      `${report.accounting.fallback} finding(s) went to the fallback and 'fail-on-fallback' is true: failing the step.`,
      { title: 'audit-gate: fallback used' },
    );
  }
  return {
    outputs: fileOutputs(report),
    summary: renderFileSummary(report),
    metrics: fileMetrics(report),
    ...(fail ? { exitCode: 1 as const } : {}),
  };
}

/**
 * No quota: exit 3 with nothing written, and nothing lost either: every hit goes to the
 * fallback (not in dry-run, which writes nothing).
 */
async function quotaExhausted(run: RunState, message: string): Promise<never> {
  const hits = run.artifact.org_unregistered_hits;
  if (!run.options.dryRun && hits.length > 0) {
    const kept = await keepFallback(
      { source: run.artifact, hits, reason: 'quota-exhausted', detail: message },
      run.options.fallback,
      run.host,
    );
    // The step fails, yet the copy's whereabouts must still reach the workflow.
    throw new QuotaExhaustedError(
      `${message} The ${hits.length} hit(s) are kept in ${kept.displayPath}.`,
      [],
      {
        valid: true,
        hits: hits.length,
        'mode-used': 'fallback',
        'fallback-path': kept.path,
        ...(kept.artifactId !== null ? { 'fallback-artifact-id': kept.artifactId } : {}),
      },
      // An alert on fallbacks must see this one too, though the step fails.
      {
        audit_hits_total: hits.length,
        audit_fallback_artifacts_total: 1,
        github_api_quota_remaining: 0,
      },
    );
  }
  throw new QuotaExhaustedError(message);
}

/** Reading the state failed: a spent quota exits 3, a refusal falls back, the rest is an error. */
async function readFailure(
  run: RunState,
  error: unknown,
  quotaBefore: number,
  requests: ReadonlyMap<string, number>,
): Promise<ModeResult> {
  const where = run.options.repository.fullName;
  const message = describeApiError(error);
  switch (classifyApiError(error, true)) {
    case 'primary-rate-limit':
    case 'secondary-rate-limit':
      return quotaExhausted(
        run,
        `Reading the issues of ${where} hit the rate limit (${message}); nothing was written.`,
      );
    case 'bad-credentials':
      throw new ConfigurationError(
        `GitHub refused the token (${message}): check the 'token' input.`,
      );
    case 'no-permission':
      break;
    default:
      throw new Error(`Could not read the issues of ${where}: ${message}`, { cause: error });
  }
  const hits = run.artifact.org_unregistered_hits;
  const reason = reasonOfStatus(statusOf(error));
  const request = {
    source: run.artifact,
    hits,
    reason,
    detail: `${message} (listing the issues of ${where})`,
  };
  const fallback =
    run.options.dryRun || hits.length === 0
      ? null
      : { request, result: await keepFallback(request, run.options.fallback, run.host) };
  if (run.options.dryRun)
    run.host.warning(
      `Dry-run: GitHub refused to list the issues of ${where} (${message}); a real run would keep the hits in the fallback.`,
    );
  const report: FilingReport = {
    repository: run.options.repository,
    serverUrl: run.host.context.serverUrl,
    auditId: run.auditId,
    groups: run.groups.length,
    quotaBefore,
    quotaAfter: null,
    requests,
    modeUsed: run.options.dryRun ? 'dry-run' : 'fallback',
    decision: null,
    plan: null,
    execution: emptyExecution(),
    accounting: { total: hits.length, filed: 0, inDigest: 0, fallback: hits.length, suppressed: 0 },
    fallback,
    falsePositives: { issues: 0, owned: 0 },
    notes: [`GitHub refused to list the issues of ${'`'}${where}${'`'}: nothing was filed.`],
    planLines: [],
  };
  return finish(report, fallback !== null && run.options.fallback.failOnFallback, run.host);
}

function reasonOfStatus(status: number | null): FallbackReason {
  if (status === 404) return 'repository-not-found';
  if (status === 410) return 'issues-disabled';
  return 'no-permission';
}

function fallbackReason(
  stop: ReturnType<typeof emptyExecution>['stop'],
  plan: Plan,
): FallbackReason {
  if (stop === null) return plan.deferred.length > 0 ? 'quota-exhausted' : 'no-permission';
  switch (stop.failure) {
    case 'primary-rate-limit':
    case 'secondary-rate-limit':
      return 'quota-exhausted';
    default:
      return reasonOfStatus(stop.status);
  }
}

function fallbackDetail(
  stop: ReturnType<typeof emptyExecution>['stop'],
  unwritten: number,
  plan: Plan,
): string {
  const parts: string[] = [];
  if (stop) parts.push(`stopped writing: ${stop.message}`);
  if (unwritten > 0) parts.push(`${unwritten} write(s) not done`);
  if (plan.deferred.length > 0)
    parts.push(`${plan.deferred.length} group(s) did not fit the API quota left`);
  return parts.join('; ');
}

function countFalsePositives(
  issues: readonly ExistingIssue[],
  ownerLabel: string,
  fpLabel: string,
): { issues: number; owned: number } {
  const owned = [...indexOwned(issues, ownerLabel).groups.values()].flat();
  const fp = owned.filter(
    (i) =>
      (fpLabel !== '' && hasLabel(i, fpLabel)) ||
      (i.state === 'closed' && i.stateReason === 'not_planned'),
  );
  return { issues: fp.length, owned: owned.length };
}

function autoCloseNotes(run: RunState): string[] {
  if (!run.options.autoClose) return [];
  const scope = run.artifact.scope;
  if (scope?.complete === true) return [];
  return [
    "Auto-close is on, but nothing was closed as resolved: the artifact's scope is partial " +
      '(`scope.complete` is not true), so a missing group may simply not have been scanned.',
  ];
}
