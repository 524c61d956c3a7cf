import { describe, expect, it } from 'vitest';
import { mayShowComments } from './comments.ts';

describe('quoting children\'s words', () => {
  it('is allowed only where at least 5 children in the band answered the question', () => {
    expect(mayShowComments(4)).toBe(false);
    expect(mayShowComments(5)).toBe(true);
    expect(mayShowComments(0)).toBe(false);
  });

  it('follows a configured minimum', () => {
    expect(mayShowComments(7, 10)).toBe(false);
    expect(mayShowComments(10, 10)).toBe(true);
  });
});
