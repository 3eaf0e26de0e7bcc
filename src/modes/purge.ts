import path from 'node:path';
import type { Host } from '../host.js';
import type { PurgeOptions } from '../purge/options.js';
import { createGitHubClient } from '../github/client.js';
import { FALLBACK_FILE, planArtifactPurge, planLocalPurge } from '../purge/decide.js';
import { listWorkflowArtifacts } from '../purge/workflow-artifacts.js';
import { deleteArtifacts } from '../purge/delete-artifacts.js';
import { deleteLocalFile, diskUsage, scanFallbackDir } from '../purge/local-files.js';
import { formatBytes } from '../report/markdown.js';
import {
  renderPurgeSummary,
  totalBytes,
  type PurgeReport,
  type PurgedItem,
} from '../purge/summary.js';
import type { ModeResult } from './result.js';

/**
 * `mode: purge` — delete fallback workflow artifacts and local fallback files older than
 * ttl-days. A dry run lists and plans the same way and deletes nothing.
 */
export async function purgeMode(options: PurgeOptions, host: Host): Promise<ModeResult> {
  const now = new Date();
  const { client, telemetry } = createGitHubClient(
    { token: options.token, apiUrl: host.context.apiUrl },
    host,
  );

  const listed = await listWorkflowArtifacts(client, options.repository);
  const plan = planArtifactPurge(listed, { ...options, now });
  host.info(
    `${options.repository}: ${listed.length} workflow artifact(s), ${plan.delete.length + plan.deferred} ` +
      `${options.artifactName}-* older than ${options.ttlDays} day(s), ${plan.young} younger, ` +
      `${plan.expired} already expired by GitHub.`,
  );
  if (plan.undated > 0) {
    host.warning(`${plan.undated} fallback artifact(s) have no created_at and were kept.`);
  }

  const purged: PurgedItem[] = [];
  const failed: { name: string; message: string }[] = [];
  if (options.dryRun) {
    for (const { artifact, ageDays } of plan.delete) {
      host.info(`Dry run: would delete workflow artifact ${artifact.name} (id ${artifact.id}).`);
      purged.push(artifactItem(artifact.name, ageDays, artifact.sizeInBytes));
    }
  } else if (plan.delete.length > 0) {
    const result = await host.group(`Deleting ${plan.delete.length} workflow artifact(s)`, () =>
      deleteArtifacts(plan.delete, client, options.repository, host),
    );
    for (const { artifact, ageDays } of result.deleted) {
      purged.push(artifactItem(artifact.name, ageDays, artifact.sizeInBytes));
    }
    for (const { candidate, message } of result.failed) {
      failed.push({ name: candidate.artifact.name, message });
    }
  }
  if (plan.deferred > 0) {
    host.notice(
      `${plan.deferred} old fallback artifact(s) left for the next run (max-deletions ${options.maxDeletions}).`,
    );
  }

  const entries = await scanFallbackDir(options.fallbackDir);
  const local = planLocalPurge(entries ?? [], { ttlDays: options.ttlDays, now });
  const removed = new Set<string>();
  for (const { entry, ageDays } of local.delete) {
    if (options.dryRun) {
      host.info(`Dry run: would delete ${entry.name}.`);
    } else if (await deleteLocalFile(options.fallbackDir, entry.name)) {
      host.info(`Deleted ${entry.name}.`);
    } else {
      continue;
    }
    removed.add(entry.name);
    purged.push({ kind: 'local file', name: entry.name, ageDays, sizeInBytes: entry.sizeInBytes });
  }
  for (const entry of local.skipped) {
    host.warning(
      `${entry.name} in fallback-dir is a ${entry.kind === 'symlink' ? 'symbolic link' : 'non-regular file'}: left alone (purge deletes only regular files and never follows links).`,
    );
  }
  const left = (entries ?? []).filter((entry) => !removed.has(entry.name));

  const report: PurgeReport = {
    dryRun: options.dryRun,
    repository: options.repository,
    artifactName: options.artifactName,
    fallbackDir: displayPath(host, options.fallbackDir),
    ttlDays: options.ttlDays,
    maxDeletions: options.maxDeletions,
    purged,
    failed,
    deferred: plan.deferred,
    expiredSkipped: plan.expired,
    notRegular: local.skipped.map((entry) => entry.name),
    remaining:
      entries === null
        ? null
        : {
            fallback: diskUsage(left.filter((entry) => FALLBACK_FILE.test(entry.name))),
            all: diskUsage(left),
          },
  };
  // Outputs and metrics count what was deleted: a dry run deletes nothing.
  const count = options.dryRun ? 0 : purged.length;
  const bytes = options.dryRun ? 0 : totalBytes(purged);
  host.info(
    options.dryRun
      ? `Dry run: would delete ${purged.length} fallback copies (${formatBytes(totalBytes(purged))}); deleted nothing.`
      : `Deleted ${count} fallback copies (${formatBytes(bytes)}).`,
  );

  if (failed.length > 0) {
    host.error(`${failed.length} workflow artifact deletion(s) failed; the next run tries again.`, {
      title: 'audit-gate: purge incomplete',
    });
  }
  const quota = telemetry.quotaRemaining;
  return {
    outputs: {
      'purged-count': count,
      'purged-bytes': bytes,
      ...(quota === null ? {} : { 'quota-remaining': quota }),
    },
    summary: renderPurgeSummary(report),
    exitCode: failed.length > 0 ? 1 : 0,
    ...(failed.length > 0 ? { failureReason: 'internal' as const } : {}),
    metrics: {
      audit_purged_total: count,
      audit_purged_bytes_total: bytes,
      ...(quota === null ? {} : { github_api_quota_remaining: quota }),
    },
  };
}

function artifactItem(name: string, ageDays: number, sizeInBytes: number): PurgedItem {
  return { kind: 'workflow artifact', name, ageDays, sizeInBytes };
}

function displayPath(host: Host, dir: string): string {
  const relative = path.relative(host.context.workspace, dir);
  return relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
}
