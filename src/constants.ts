/**
 * Every input and output of the action, in one place. `action.yml` must list the same names
 * and defaults (a test compares them), and the CLI takes the same names as `--flags`.
 */

/** Kept equal to package.json's version (a test checks). */
export const VERSION = '0.1.0';

export const MODES = ['validate', 'sign', 'file', 'fallback', 'purge'] as const;
export type Mode = (typeof MODES)[number];

export interface InputSpec {
  /** The default in action.yml; `null` when the runner fills it from the workflow context. */
  readonly default: string | null;
  readonly description: string;
  readonly modes: readonly Mode[] | 'all';
  /** Registered with setSecret and never printed. */
  readonly secret?: boolean;
}

export const INPUTS = {
  mode: {
    default: null,
    description: 'What to do: validate, sign, file, fallback or purge.',
    modes: 'all',
  },
  artifact: {
    default: 'adversarial_reports/consumer_artifact.json',
    description: 'Path of the consumer artifact (JSON, or a SARIF 2.1.0 log).',
    modes: ['validate', 'sign', 'file', 'fallback'],
  },
  schema: {
    default: '',
    description:
      'Path of a JSON Schema (2020-12) to check the artifact against; empty: the bundled one.',
    modes: ['validate', 'file'],
  },
  'max-artifact-mb': {
    default: '256',
    description: 'Largest artifact accepted, in MiB; a larger one exits 2 without being read.',
    modes: ['validate', 'file'],
  },
  'require-hmac': {
    default: 'false',
    description: 'Refuse (exit 3) an artifact without a valid HMAC-SHA256 signature.',
    modes: ['validate', 'file'],
  },
  'hmac-key': {
    default: '',
    description: 'HMAC key: one bare key, or lines "kid:key" for rotation. Pass it from a secret.',
    modes: ['validate', 'sign', 'file'],
    secret: true,
  },
  'hmac-key-id': {
    default: '',
    description: 'Key id (kid) to sign with when hmac-key holds several keys.',
    modes: ['sign'],
  },
  token: {
    default: '${{ github.token }}',
    description: 'Token for the GitHub API (issues: write for file, actions: write for purge).',
    modes: ['file', 'purge'],
    secret: true,
  },
  repository: {
    default: '${{ github.repository }}',
    description: 'The central owner/name repository that receives the issues.',
    modes: ['file', 'purge'],
  },
  'group-by': {
    default: 'repo',
    description: 'How hits are grouped into issues: repo, repo-pattern or pattern.',
    modes: ['file'],
  },
  labels: {
    default: 'audit-gate',
    description:
      'Comma-separated labels for new issues; the first marks the issues this action owns.',
    modes: ['file'],
  },
  'fp-label': {
    default: 'false-positive',
    description: 'Label that marks an issue as a false positive and suppresses its group.',
    modes: ['file'],
  },
  'quota-threshold': {
    default: '500',
    description:
      'Switch to one digest issue when the quota left after the planned calls is below this.',
    modes: ['file'],
  },
  'max-new-issues': {
    default: '50',
    description: 'More new groups than this in one run are filed as one digest issue.',
    modes: ['file'],
  },
  'audit-id': {
    default: '',
    description: "Audit id for the digest; empty: the artifact's audit_id, else <repo>/<run_id>.",
    modes: ['file'],
  },
  'auto-close': {
    default: 'false',
    description: 'Close issues whose group has no hits, for repositories inside a complete scope.',
    modes: ['file'],
  },
  'dry-run': {
    default: 'false',
    description: 'Plan and report, write nothing.',
    modes: ['file', 'purge'],
  },
  'fallback-dir': {
    default: 'adversarial_reports',
    description: 'Directory for redacted fallback copies.',
    modes: ['file', 'fallback', 'purge'],
  },
  'artifact-name': {
    default: 'audit-fallback',
    description: 'Name prefix of uploaded fallback workflow artifacts.',
    modes: ['file', 'fallback', 'purge'],
  },
  'retention-days': {
    default: '7',
    description: 'Retention of uploaded fallback artifacts, in days.',
    modes: ['file', 'fallback'],
  },
  'ttl-days': {
    default: '7',
    description: 'Purge fallback artifacts and files older than this many days.',
    modes: ['purge'],
  },
  'max-deletions': {
    default: '200',
    description: 'Most artifacts deleted in one purge run.',
    modes: ['purge'],
  },
  'fail-on-fallback': {
    default: 'false',
    description: 'Fail the step (exit 1) when findings went to the fallback.',
    modes: ['file', 'fallback'],
  },
  'metrics-file': {
    default: '',
    description: 'Write Prometheus text-format metrics to this file (atomically).',
    modes: 'all',
  },
  'pushgateway-url': {
    default: '',
    description: 'Push the metrics to this Prometheus Pushgateway.',
    modes: 'all',
  },
  'notify-webhook': {
    default: '',
    description: 'Slack-compatible webhook to notify when findings go to the fallback (a secret).',
    modes: ['file', 'fallback'],
    secret: true,
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

export const OUTPUTS = {
  valid: 'true when the artifact passed the gate.',
  hits: 'Number of hits in the artifact.',
  groups: 'Number of groups (issues) the hits form.',
  'mode-used': 'How findings were filed: individual, digest, dry-run or fallback.',
  'issues-created': 'Issues created.',
  'issues-updated': 'Issues whose body was updated.',
  'issues-closed': 'Issues closed (resolved or duplicates).',
  'issues-reopened': 'Issues reopened because their group came back.',
  'digest-issue': 'Number of the digest issue, when one was used.',
  suppressed: 'Hits suppressed as false positives.',
  'suppressed-groups': 'Groups suppressed as false positives (closed as not planned or labelled).',
  'false-positive-issues': 'Owned issues marked as false positives.',
  'false-positive-rate': 'False-positive issues over all owned issues, a fraction from 0 to 1.',
  'quota-remaining': 'GitHub API core quota remaining at the end of the run.',
  'fallback-path': 'Path of the redacted fallback file, when one was written.',
  'fallback-artifact-id': 'Id of the uploaded fallback workflow artifact.',
  'purged-count': 'Fallback artifacts and files deleted by purge.',
  'purged-bytes': 'Bytes freed by purge.',
  'failure-reason': 'Why the step failed: schema, hmac, quota, config or internal.',
} as const;

export type OutputName = keyof typeof OUTPUTS;
