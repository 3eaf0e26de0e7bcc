/**
 * Markdown for text that comes from scanned repositories or users. Such text must not be able
 * to open a table cell, a link, an HTML comment or a mention in our summaries.
 */

/** Inline code whose backtick fence is longer than any backtick run inside the text. */
export function inlineCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  // A pipe ends a table cell even inside code spans in GitHub's tables.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
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
