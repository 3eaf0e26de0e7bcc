/**
 * A small reader of the Markdown the filer writes, for tests: what a reader (and GitHub's
 * mention and reference parser) sees outside code fences and code spans.
 */

/** Drops fenced blocks (a fence closes only with a run as long as the opening one) and code spans. */
export function textOutsideCode(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const trimmed = line.trim();
    if (fence !== null) {
      if (/^`+$/.test(trimmed) && trimmed.length >= fence.length) fence = null;
      continue;
    }
    const open = /^(`{3,})$/.exec(trimmed);
    if (open) {
      fence = open[1]!;
      continue;
    }
    out.push(withoutCodeSpans(line));
  }
  return out.join('\n');
}

function withoutCodeSpans(line: string): string {
  let result = '';
  let i = 0;
  while (i < line.length) {
    const run = /^`+/.exec(line.slice(i));
    if (!run) {
      result += line[i];
      i += 1;
      continue;
    }
    const delimiter = run[0];
    // The span closes at the next run of exactly the same length.
    const close = new RegExp(`(?<!\`)${delimiter}(?!\`)`, 'g');
    close.lastIndex = i + delimiter.length;
    const end = close.exec(line);
    if (end === null) {
      result += delimiter;
      i += delimiter.length;
    } else {
      result += '[code]';
      i = end.index + delimiter.length;
    }
  }
  return result;
}
