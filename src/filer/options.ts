/**
 * The options of `mode: file`, parsed once from the inputs. A bad value is a ConfigurationError
 * before the artifact is read or GitHub is called.
 */
import { ConfigurationError } from '../errors.js';
import type { Host } from '../host.js';
import type { GateOptions, InputReader } from '../options.js';
import { parseFallbackOptions, type FallbackOptions } from '../fallback/options.js';
import { GROUP_BY, type GroupBy } from './types.js';

export interface RepositoryName {
  readonly owner: string;
  readonly repo: string;
  /** `owner/repo`. */
  readonly fullName: string;
}

export interface FileOptions {
  readonly gate: GateOptions;
  readonly token: string;
  /** The central repository that receives the issues. */
  readonly repository: RepositoryName;
  readonly groupBy: GroupBy;
  /** At least one; the first marks the issues this action owns. */
  readonly labels: readonly string[];
  /** '' turns label-based suppression off. */
  readonly fpLabel: string;
  readonly quotaThreshold: number;
  readonly maxNewIssues: number;
  /** null: the artifact's `audit_id`, else `<repository>/<run_id>` (see `resolveAuditId`). */
  readonly auditId: string | null;
  readonly autoClose: boolean;
  readonly dryRun: boolean;
  readonly fallback: FallbackOptions;
}

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

export function parseRepository(value: string, input = 'repository'): RepositoryName {
  const match = REPOSITORY.exec(value);
  if (!match) {
    throw new ConfigurationError(`Input '${input}' must be owner/name, got '${value}'.`);
  }
  return { owner: match[1]!, repo: match[2]!, fullName: value };
}

export function parseFileOptions(host: Host, input: InputReader, gate: GateOptions): FileOptions {
  const token = input.string('token');
  if (token === '') {
    throw new ConfigurationError(
      "Mode 'file' needs 'token' (a token with issues: write on the central repository).",
    );
  }
  const repositoryInput = input.string('repository') || host.context.repository;
  if (repositoryInput === '') {
    throw new ConfigurationError(
      "Mode 'file' needs 'repository' (owner/name of the central repository).",
    );
  }
  const groupBy = input.string('group-by');
  if (!(GROUP_BY as readonly string[]).includes(groupBy)) {
    throw new ConfigurationError(
      `Input 'group-by' must be one of ${GROUP_BY.join(', ')}, got '${groupBy}'.`,
    );
  }
  const labels = [
    ...new Set(
      input
        .string('labels')
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ),
  ];
  if (labels.length === 0) {
    throw new ConfigurationError(
      "Input 'labels' must name at least one label: the first marks the issues audit-gate owns.",
    );
  }
  const tooLong = labels.find((l) => [...l].length > 50);
  if (tooLong !== undefined) {
    throw new ConfigurationError(
      `Input 'labels': '${tooLong}' is longer than GitHub's 50 characters.`,
    );
  }
  return {
    gate,
    token,
    repository: parseRepository(repositoryInput),
    groupBy: groupBy as GroupBy,
    labels,
    fpLabel: input.string('fp-label').trim(),
    quotaThreshold: input.integer('quota-threshold', 0, 1_000_000),
    maxNewIssues: input.integer('max-new-issues', 0, 100_000),
    auditId: input.optional('audit-id'),
    autoClose: input.boolean('auto-close'),
    dryRun: input.boolean('dry-run'),
    fallback: parseFallbackOptions(host, input),
  };
}

/**
 * The digest's audit id: the input, else the artifact's own, else `<repository>/<run_id>`,
 * which a re-run attempt keeps. Never a random id: the seed used a fresh UUID, so every
 * retry filed another digest.
 */
export function resolveAuditId(
  configured: string | null,
  artifactAuditId: string | undefined,
  context: { readonly repository: string; readonly runId: string },
): string {
  if (configured !== null && configured.trim() !== '') return configured.trim();
  if (artifactAuditId !== undefined && artifactAuditId.trim() !== '') return artifactAuditId.trim();
  if (context.runId === '') {
    throw new ConfigurationError(
      "No audit id: set 'audit-id', add audit_id to the artifact, or run inside a workflow run.",
    );
  }
  return `${context.repository || 'local'}/${context.runId}`;
}
