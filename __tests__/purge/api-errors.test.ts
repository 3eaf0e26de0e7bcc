import { describe, expect, it } from '@jest/globals';
import { classifyFailure, missingPermission } from '../../src/purge/api-errors.js';

const failure = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

describe('classifyFailure', () => {
  it.each([
    [failure(403, 'Resource not accessible by integration'), 'permission'],
    [failure(403, 'Must have admin rights to Repository.'), 'permission'],
    [
      failure(403, 'API rate limit exceeded for installation ID 1234.', {
        'x-ratelimit-remaining': '0',
      }),
      'rate-limit',
    ],
    [failure(403, 'You have exceeded a secondary rate limit.'), 'rate-limit'],
    [failure(429, 'Too many requests'), 'rate-limit'],
    [failure(404, 'Not Found'), 'not-found'],
    [failure(502, 'Bad Gateway'), 'other'],
    [new Error('socket hang up'), 'other'],
    ['a string', 'other'],
  ])('%p is %s', (error, expected) => {
    expect(classifyFailure(error)).toBe(expected);
  });
});

describe('missingPermission', () => {
  it('names the permission and the fix', () => {
    const error = missingPermission(
      'org/central',
      failure(403, 'Resource not accessible by integration'),
    );
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain('lacks actions: write on org/central');
    expect(error.message).toContain('`permissions: actions: write`');
    expect(error.message).toContain('Resource not accessible by integration');
  });
});
