import { inlineCode, plural, table, thousands } from '../report/markdown.js';
import type { FallbackRequest, FallbackResult } from './keep.js';
import { REASON_TEXT } from './reason.js';
import { REDACTED } from './redact.js';

/** Job-summary Markdown for a fallback: why, what was kept, where it is. */
export function renderFallbackSummary(request: FallbackRequest, result: FallbackResult): string {
  const total = request.source.org_unregistered_hits.length;
  const rows: [string, string][] = [
    ['Reason', `${inlineCode(request.reason)}: ${escapeCell(REASON_TEXT[request.reason])}`],
    ...(request.detail ? [['Detail', inlineCode(request.detail)] as [string, string]] : []),
    ['Hits kept', `${plural(result.hits, 'hit')} (of ${thousands(total)} in the artifact)`],
    ['File', inlineCode(result.displayPath)],
    [
      'Workflow artifact',
      result.uploadError === null
        ? `${inlineCode(result.artifactName)}${result.artifactId === null ? '' : ` (id ${result.artifactId})`}, kept ${plural(result.retentionDays, 'day')}`
        : `not uploaded: ${inlineCode(result.uploadError)}`,
    ],
    [
      'Redaction',
      `every ${inlineCode('snippet')} replaced by ${inlineCode(REDACTED)}; ${request.source.signature ? 'the signature removed (it covered the original content)' : 'no signature to remove'}`,
    ],
  ];
  if (result.notified || result.webhookError !== null) {
    rows.push([
      'Webhook',
      result.notified ? 'notified' : `failed: ${inlineCode(result.webhookError ?? '')}`,
    ]);
  }
  return `### audit-gate: findings kept in the fallback\n\n${table(['', ''], rows)}`;
}

/** Reason texts hold backticks for code and no pipes, but a pipe would end the cell. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
