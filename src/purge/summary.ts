import { formatBytes, inlineCode, plural, table, thousands } from '../report/markdown.js';
import type { DiskUsage } from './local-files.js';

/** One deleted (or, in a dry run, deletable) fallback copy. */
export interface PurgedItem {
  readonly kind: 'workflow artifact' | 'local file';
  readonly name: string;
  readonly ageDays: number;
  readonly sizeInBytes: number;
}

export interface PurgeReport {
  readonly dryRun: boolean;
  readonly repository: string;
  readonly artifactName: string;
  /** fallback-dir as the user wrote it, relative to the workspace. */
  readonly fallbackDir: string;
  readonly ttlDays: number;
  readonly maxDeletions: number;
  readonly purged: readonly PurgedItem[];
  readonly failed: readonly { readonly name: string; readonly message: string }[];
  /** Old enough but over max-deletions: left for the next run. */
  readonly deferred: number;
  readonly expiredSkipped: number;
  /** Names in fallback-dir that look like fallback copies but are not regular files. */
  readonly notRegular: readonly string[];
  /** What is left in fallback-dir (after the deletions, or after them if it were not a dry run). */
  readonly remaining: { readonly fallback: DiskUsage; readonly all: DiskUsage } | null;
}

/** Rows beyond this are counted, not listed: a job summary holds at most 1 MiB. */
const MAX_ROWS = 100;

export function totalBytes(items: readonly { readonly sizeInBytes: number }[]): number {
  return items.reduce((sum, item) => sum + item.sizeInBytes, 0);
}

export function renderPurgeSummary(report: PurgeReport): string {
  const bytes = totalBytes(report.purged);
  const lines: string[] = [
    `### audit-gate: purge${report.dryRun ? ' (dry run: nothing was deleted)' : ''}`,
    '',
    `Fallback copies older than ${plural(report.ttlDays, 'day')}: workflow artifacts of ` +
      `${inlineCode(report.repository)} named ${inlineCode(`${report.artifactName}-*`)}, and ` +
      `${inlineCode('fallback_*.json')} files in ${inlineCode(report.fallbackDir)}.`,
    '',
    `**${report.dryRun ? 'Would delete' : 'Deleted'} ${plural(report.purged.length, 'copy', 'copies')}, ` +
      `${formatBytes(bytes)}** (${thousands(bytes)} bytes).`,
    '',
  ];
  if (report.purged.length > 0) {
    const rows = report.purged
      .slice(0, MAX_ROWS)
      .map((item) => [
        inlineCode(item.name),
        item.kind,
        item.ageDays.toFixed(1),
        formatBytes(item.sizeInBytes),
      ]);
    lines.push(table(['Name', 'Kind', 'Age (days)', 'Size'], rows));
    if (report.purged.length > MAX_ROWS) {
      lines.push(`… and ${report.purged.length - MAX_ROWS} more (see the log).`, '');
    }
  }
  if (report.deferred > 0) {
    lines.push(
      `${plural(report.deferred, 'more old workflow artifact')} left for the next run: ` +
        `at most ${report.maxDeletions} are deleted per run (\`max-deletions\`).`,
      '',
    );
  }
  if (report.failed.length > 0) {
    lines.push(`**${plural(report.failed.length, 'deletion')} failed:**`, '');
    for (const failure of report.failed.slice(0, MAX_ROWS)) {
      lines.push(`- ${inlineCode(failure.name)}: ${inlineCode(failure.message)}`);
    }
    lines.push('');
  }
  if (report.expiredSkipped > 0) {
    lines.push(
      `${plural(report.expiredSkipped, 'workflow artifact')} already expired by GitHub ` +
        '(contents gone, no storage used) left as they are.',
      '',
    );
  }
  if (report.notRegular.length > 0) {
    lines.push(
      `Not regular files, left alone: ${report.notRegular.map(inlineCode).join(', ')}.`,
      '',
    );
  }
  lines.push(`**Disk usage left in ${inlineCode(report.fallbackDir)}:** ${describeUsage(report)}`);
  return lines.join('\n') + '\n';
}

function describeUsage(report: PurgeReport): string {
  if (report.remaining === null) return 'the directory does not exist.';
  const { fallback, all } = report.remaining;
  return (
    `${plural(fallback.files, 'fallback file')} (${formatBytes(fallback.bytes)}); ` +
    `${plural(all.files, 'file')} in all (${formatBytes(all.bytes)}, ${thousands(all.bytes)} bytes).`
  );
}
