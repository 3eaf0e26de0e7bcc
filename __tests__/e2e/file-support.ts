/**
 * What the `file` end-to-end tests share: a run of the bundled action against a local GitHub,
 * and views of the issues it holds.
 */
import { existsSync } from 'node:fs';
import { parseMarker } from '../../src/filer/marker.js';
import type { LocalGitHub, StoredIssue } from '../../test-support/github/server.js';
import { runAction, type ActionRun, type RunActionOptions } from '../../test-support/run-action.js';

export const OWNER_LABEL = 'audit-gate';

export interface FileRunOptions extends Omit<RunActionOptions, 'inputs' | 'githubUrl' | 'files'> {
  inputs?: Record<string, string | number | boolean>;
}

/** Runs `mode: file` on `artifact` against `gh`; the run is cleaned up by `cleanupRuns`. */
export function fileRunner(runs: ActionRun[]) {
  return async (
    gh: LocalGitHub,
    artifact: unknown,
    options: FileRunOptions = {},
  ): Promise<ActionRun> => {
    const { inputs, ...rest } = options;
    const run = await runAction({
      ...rest,
      inputs: { mode: 'file', artifact: 'in/artifact.json', ...inputs },
      githubUrl: gh.url,
      files: { 'in/artifact.json': JSON.stringify(artifact) },
    });
    runs.push(run);
    if (run.exitCode !== 0 && process.env.DEBUG_E2E) console.log(run.stdout, run.stderr);
    return run;
  };
}

/** Issues the action owns (label and marker), by number. */
export function owned(gh: LocalGitHub): StoredIssue[] {
  return gh.issues().filter((i) => i.labels.includes(OWNER_LABEL) && parseMarker(i.body) !== null);
}

export function groupIssues(gh: LocalGitHub): StoredIssue[] {
  return owned(gh).filter((i) => parseMarker(i.body)?.kind === 'group');
}

export function digestIssues(gh: LocalGitHub): StoredIssue[] {
  return owned(gh).filter((i) => parseMarker(i.body)?.kind === 'digest');
}

/** Open issues per fingerprint: exactly one each is the product's promise. */
export function openPerFingerprint(gh: LocalGitHub): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of groupIssues(gh)) {
    const marker = parseMarker(issue.body);
    if (marker?.kind !== 'group') continue;
    counts.set(
      marker.fingerprint,
      (counts.get(marker.fingerprint) ?? 0) + (issue.state === 'open' ? 1 : 0),
    );
  }
  return counts;
}

/** The accounting line of the job summary, as numbers. */
export interface SummaryAccounting {
  total: number;
  filed: number;
  digest: number;
  fallback: number;
  suppressed: number;
}

export function accounting(run: ActionRun): SummaryAccounting | null {
  const match =
    /hits (\d+) = (\d+) filed \+ (\d+) in the digest \+ (\d+) in the fallback \+ (\d+) suppressed/.exec(
      run.summary,
    );
  if (!match) return null;
  const [total, filed, digest, fallback, suppressed] = match.slice(1).map(Number) as number[];
  return {
    total: total!,
    filed: filed!,
    digest: digest!,
    fallback: fallback!,
    suppressed: suppressed!,
  };
}

export function fallbackFileExists(run: ActionRun): boolean {
  const file = run.outputs['fallback-path'];
  return file !== undefined && existsSync(file);
}

/** An artifact whose hits are `count` hits spread over `repos` repositories (one group each). */
export function artifact(
  hits: readonly {
    repo: string;
    path?: string;
    line?: number;
    pattern?: string;
    snippet?: string;
  }[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schema_version: '1.0',
    audit_id: 'nightly-1',
    generated_at: '2026-11-25T02:00:00Z',
    org_unregistered_hits: hits.map((h, i) => ({
      repo: h.repo,
      path: h.path ?? `src/file_${i}.py`,
      line_number: h.line ?? i + 1,
      pattern: h.pattern ?? 'LegacyClient(',
      snippet: h.snippet ?? `client = LegacyClient(${i})`,
    })),
    ...extra,
  };
}

/** `perRepo` hits in each of `repos` repositories `org/repo-<n>`. */
export function spread(repos: number, perRepo = 2): { repo: string; path: string }[] {
  return Array.from({ length: repos * perRepo }, (_, i) => ({
    repo: `org/repo-${i % repos}`,
    path: `src/file_${i}.py`,
  }));
}
