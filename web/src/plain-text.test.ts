import { describe, expect, it } from 'vitest';
import { withoutMarkup } from './plain-text.ts';

describe('withoutMarkup', () => {
  it('leaves ordinary contact details alone', () => {
    expect(withoutMarkup('Advocacy Service: 0800 000 0000 (free) & help@example.org')).toBe(
      'Advocacy Service: 0800 000 0000 (free) & help@example.org',
    );
  });

  it('cannot produce a tag', () => {
    expect(withoutMarkup('<img src=x onerror=alert(1)>Advocacy')).toBe('img src=x onerror=alert(1)Advocacy');
  });
});
