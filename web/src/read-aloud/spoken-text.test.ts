import { describe, expect, it } from 'vitest';
import { speechChunks, spokenText } from './spoken-text.ts';

describe('spokenText', () => {
  it('leaves plain wording as it is', () => {
    expect(spokenText('Do you feel safe where you live?')).toBe('Do you feel safe where you live?');
  });

  it('drops markup and ends each paragraph as a sentence', () => {
    expect(spokenText('<p><em>For the grown-up</em></p><p>You can call <strong>Childline</strong> on <strong>0800 1111</strong></p>')).toBe(
      'For the grown-up. You can call Childline on 0800 1111',
    );
  });

  it('decodes the character references survey text uses', () => {
    expect(spokenText('Tom &amp; Jerry&#39;s &quot;den&quot;&nbsp;&#x2014; fun')).toBe('Tom & Jerry\'s "den" — fun');
  });

  it('never speaks the content of a script or style element', () => {
    expect(spokenText('<style>p{}</style>Hello<script>alert(1)</script>')).toBe('Hello');
  });

  it('keeps Arabic punctuation as a sentence end', () => {
    expect(spokenText('<p>هل تشعر بالأمان؟</p><p>نعم</p>')).toBe('هل تشعر بالأمان؟ نعم');
  });
});

describe('speechChunks', () => {
  it('keeps a short text whole', () => {
    expect(speechChunks('Do you like your bedroom?')).toEqual(['Do you like your bedroom?']);
  });

  it('cuts long text between sentences, each piece within the limit, losing no words', () => {
    const text = 'One two three. Four five six! Seven eight nine? Ten eleven twelve.';
    const chunks = speechChunks(text, 30);
    expect(chunks).toEqual(['One two three. Four five six!', 'Seven eight nine?', 'Ten eleven twelve.']);
    expect(chunks.join(' ')).toBe(text);
  });

  it('keeps a single sentence longer than the limit in one piece rather than break it mid-sentence', () => {
    const sentence = 'This sentence is rather longer than the limit allows.';
    expect(speechChunks(sentence, 10)).toEqual([sentence]);
  });
});
