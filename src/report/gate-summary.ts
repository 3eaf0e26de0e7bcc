import type { GatedArtifact } from '../gate/gate.js';
import { formatBytes, inlineCode, plural, table } from './markdown.js';

const TOP = 10;

/** Job summary of a gated artifact: what it holds and how far it can be trusted. */
export function renderGateSummary(gated: GatedArtifact): string {
  const { artifact } = gated;
  const hits = artifact.org_unregistered_hits;
  const byRepo = countBy(hits.map((hit) => hit.repo));
  const byPattern = countBy(hits.map((hit) => hit.pattern));
  const rows: [string, string][] = [
    [
      'Artifact',
      `${inlineCode(gated.displayPath)} (${formatBytes(gated.bytes)}, ${gated.format === 'sarif' ? 'SARIF 2.1.0' : 'consumer artifact'})`,
    ],
    [
      'Hits',
      `${plural(hits.length, 'hit')} in ${plural(byRepo.size, 'repository', 'repositories')}, ${plural(byPattern.size, 'pattern')}`,
    ],
    ['Signature', signatureText(gated)],
    ['Audit id', artifact.audit_id ? inlineCode(artifact.audit_id) : '(none)'],
    ['Scope', artifact.scope ? (artifact.scope.complete ? 'complete' : 'partial') : '(not stated)'],
    ['Generated at', inlineCode(artifact.generated_at)],
  ];
  let markdown = `### audit-gate: artifact valid\n\n${table(['', ''], rows)}`;
  if (hits.length > 0) {
    markdown += `\n<details><summary>Top repositories and patterns</summary>\n\n`;
    markdown += table(
      ['Repository', 'Hits'],
      top(byRepo).map(([k, n]) => [inlineCode(k), String(n)]),
    );
    markdown += '\n';
    markdown += table(
      ['Pattern', 'Hits'],
      top(byPattern).map(([k, n]) => [inlineCode(k), String(n)]),
    );
    markdown += '\n</details>\n';
  }
  return markdown;
}

/** Job summary of a refused artifact: the one-line reason and the first violations. */
export function renderFailureSummary(
  title: string,
  message: string,
  details: readonly string[],
): string {
  let markdown = `### audit-gate: ${title}\n\n${inlineCode(message)}\n`;
  if (details.length > 0) {
    const shown = details.slice(0, TOP);
    markdown += `\n${shown.map((line) => `- ${inlineCode(line)}`).join('\n')}\n`;
    if (details.length > shown.length)
      markdown += `- … ${details.length - shown.length} more in the log\n`;
  }
  return markdown;
}

function signatureText(gated: GatedArtifact): string {
  switch (gated.signature.state) {
    case 'verified':
      return `verified HMAC-SHA256${gated.signature.kid ? ` (kid ${inlineCode(gated.signature.kid)})` : ''}`;
    case 'unsigned':
      return 'none (not required)';
    case 'not-checked':
      return 'present, not checked (no `hmac-key`)';
  }
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function top(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
}
