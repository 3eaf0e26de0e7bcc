import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  blobUrl,
  codeFence,
  flatten,
  inlineCode,
  plainTitleText,
  truncate,
} from '../../src/filer/markdown.js';

/** No lone surrogate (String#isWellFormed needs a newer lib than the project's). */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
const longestBacktickRun = (text: string) =>
  Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));

describe('truncate', () => {
  it('keeps short text and marks cut text with an ellipsis', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  it.each([
    ['no room at all', 'abc', 0, ''],
    ['room for the ellipsis only', 'abc', 1, '…'],
    ['a cut after the first surrogate code point (U+10000)', 'a\u{10000}bc', 3, 'a…'],
    ['a cut after the last high surrogate (U+10FFFF)', 'a\u{10FFFF}bc', 3, 'a…'],
    ['a cut right after a whole pair', 'a\u{1F98A}bc', 4, 'a\u{1F98A}…'],
  ])('cuts at the edges: %s', (_case, text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  it('never splits a surrogate pair and never exceeds the limit (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.integer({ min: 1, max: 70 }),
        (text, max) => {
          const cut = truncate(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          if (wellFormed(text)) expect(wellFormed(cut)).toBe(true);
          if (text.length <= max) expect(cut).toBe(text);
        },
      ),
    );
  });
});

describe('inlineCode', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`edge`', '`` `edge` ``'],
    ['a\nb', '`a b`'],
    ['', '` `'],
    ['a`', '`` a` ``'],
    ['`a', '`` `a ``'],
  ])('renders %j', (text, expected) => {
    expect(inlineCode(text)).toBe(expected);
  });

  it('uses a delimiter longer than any backtick run, on one line (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (text) => {
        const code = inlineCode(text);
        const delimiter = /^`+/.exec(code)![0];
        const inner = code.slice(delimiter.length, code.length - delimiter.length);
        expect(delimiter.length).toBeGreaterThan(longestBacktickRun(inner));
        expect(code).not.toMatch(/[\r\n]/);
      }),
    );
  });
});

describe('codeFence', () => {
  const limits = { maxChars: 1000, maxLines: 20 };

  it('uses a fence longer than any backtick run, indenting every code line', () => {
    const lines = codeFence('a ````` b\n\n```', '  ', limits);
    expect(lines).toEqual(['  ``````', '  a ````` b', '', '  ```', '  ``````']);
  });

  it('cuts long snippets by lines and characters', () => {
    const lines = codeFence(
      Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'),
      '',
      limits,
    );
    expect(lines).toHaveLength(20 + 1 + 2);
    expect(lines.at(-2)).toBe('…');
    expect(codeFence('x'.repeat(5000), '', limits).join('\n').length).toBeLessThan(1100);
  });

  it('treats CR and CRLF as line breaks and expands tabs', () => {
    expect(codeFence('a\rb\r\nc\n\td', '', limits)).toEqual(['```', 'a', 'b', 'c', '    d', '```']);
  });

  it('marks a cut only when lines were dropped', () => {
    const two = { maxChars: 1000, maxLines: 2 };
    expect(codeFence('a\nb', '', two)).toEqual(['```', 'a', 'b', '```']);
    expect(codeFence('a\nb\nc', '', two)).toEqual(['```', 'a', 'b', '…', '```']);
  });

  it('keeps every content line inside the block (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const lines = codeFence(text, '  ', limits);
        const fence = lines[0]!.trim();
        expect(lines.at(-1)!.trim()).toBe(fence);
        for (const line of lines.slice(1, -1)) {
          expect(line === '' || line.startsWith('  ')).toBe(true);
          expect(longestBacktickRun(line)).toBeLessThan(fence.length);
        }
      }),
    );
  });
});

describe('flatten and titles', () => {
  it('replaces control and bidi characters that could hide or reorder text', () => {
    expect(flatten('a\u202eb\u0000c\u2066d\te\r\nf')).toBe('a\uFFFDb\uFFFDc\uFFFDd e f');
  });

  it('keeps a title from mentioning a team', () => {
    expect(plainTitleText('@org/team')).toBe('@\u200Borg/team');
  });
});

describe('blobUrl', () => {
  it("points at the run's own server (GitHub Enterprise Server too)", () => {
    expect(blobUrl('org/a', 'abc1234', 'x.py', 3, 'https://ghe.example.com/')).toBe(
      'https://ghe.example.com/org/a/blob/abc1234/x.py#L3',
    );
  });

  it('drops every trailing slash of the server URL', () => {
    expect(blobUrl('org/a', 'abc1234', 'x.py', 3, 'https://ghe.example.com//')).toBe(
      'https://ghe.example.com/org/a/blob/abc1234/x.py#L3',
    );
  });

  it('percent-encodes what encodeURIComponent leaves, in upper-case hex as it does', () => {
    expect(blobUrl('org/a', 'abc1234', "it's*!.py", 1)).toBe(
      'https://github.com/org/a/blob/abc1234/it%27s%2A%21.py#L1',
    );
  });

  it('links the line at the commit with each path segment encoded', () => {
    expect(blobUrl('org/a', 'ABCDEF1', 'src/x (1)/a b#c?.py', 12)).toBe(
      'https://github.com/org/a/blob/ABCDEF1/src/x%20%281%29/a%20b%23c%3F.py#L12',
    );
  });

  it.each([undefined, '', 'main', 'abc', 'g'.repeat(40)])(
    'gives no link for commit %j',
    (commit) => {
      expect(blobUrl('org/a', commit, 'x.py', 1)).toBeNull();
    },
  );
});
