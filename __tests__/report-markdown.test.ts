import { describe, expect, it } from '@jest/globals';
import { inlineCode, plural, table, thousands } from '../src/report/markdown.js';

describe('report markdown', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [65536, '65,536'],
    [1234567, '1,234,567'],
  ])('thousands(%d) = %s', (n, text) => {
    expect(thousands(n)).toBe(text);
  });

  it('pluralises', () => {
    expect(plural(1, 'hit')).toBe('1 hit');
    expect(plural(2000, 'repository', 'repositories')).toBe('2,000 repositories');
  });

  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a|b', '`a\\|b`'],
    ['two\nlines', '`two lines`'],
  ])('inlineCode(%j) = %s', (text, code) => {
    expect(inlineCode(text)).toBe(code);
  });

  it('builds a table with a separator row', () => {
    expect(table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |\n');
  });
});
