import { inlineCode as codeSpan } from '../filer/markdown.js';

/**
 * Markdown for text that comes from scanned repositories or users. Such text must not be able
 * to open a table cell, a link, an HTML comment or a mention in our summaries.
 */

/**
 * A code span for a table cell: the filer's code span (fence longer than any backtick run,
 * control and bidi characters replaced), with `|` escaped, since a pipe ends a cell in
 * GitHub's tables even inside code.
 */
export function inlineCode(text: string, max = 500): string {
  return codeSpan(text, max).replace(/\|/g, '\\|');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}

/**
 * `12345` -> `12,345`. Not `toLocaleString`: loading ICU's locale data costs ~20 ms of
 * start-up, a tenth of the action's cold-start budget.
 */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `2048` -> `2.0 KiB`, binary units as `du -h` prints them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${thousands(bytes)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
