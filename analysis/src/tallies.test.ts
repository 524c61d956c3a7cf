import { describe, expect, it } from 'vitest';
import { answerCodes, talliedItemIds, talliesFromResponses } from './tallies.ts';

describe('answer codes of one stored answer', () => {
  it('treats missing, null and blank as not answered', () => {
    for (const v of [undefined, null, '', '   ', [], [null, ' ']]) expect(answerCodes(v)).toEqual([]);
  });

  it('counts a string as its own code and a number or boolean as its text', () => {
    expect(answerCodes('always')).toEqual(['always']);
    expect(answerCodes(7)).toEqual(['7']);
    expect(answerCodes(true)).toEqual(['true']);
  });

  it('counts each chosen code of a checkbox answer once', () => {
    expect(answerCodes(['dog', 'cat', 'dog', '', null])).toEqual(['dog', 'cat']);
  });

  it('does not count objects', () => {
    expect(answerCodes({ row: 'x' })).toEqual([]);
  });
});

describe('talliesFromResponses', () => {
  it('counts responses per band and answers per item and code, skipping free text and unknown keys', () => {
    const tallies = talliesFromResponses([
      { councilId: 'a', waveId: 'w', band: '8-11', answers: { feel_safe: 'always', good_friend: 'yes', ft_make_life_better: 'more trips', made_up: 'x' } },
      { councilId: 'a', waveId: 'w', band: '8-11', answers: { feel_safe: 'always', good_friend: '  ' } },
      { councilId: 'a', waveId: 'w', band: '8-11', answers: { feel_safe: 'dont_know', good_friend: null } },
      { councilId: 'a', waveId: 'w', band: '4-7', answers: {} },
    ]);
    expect(tallies).toEqual({
      responses: [
        { councilId: 'a', waveId: 'w', band: '4-7', responses: 1 },
        { councilId: 'a', waveId: 'w', band: '8-11', responses: 3 },
      ],
      answers: [
        { councilId: 'a', waveId: 'w', band: '8-11', itemId: 'feel_safe', code: 'always', count: 2 },
        { councilId: 'a', waveId: 'w', band: '8-11', itemId: 'feel_safe', code: 'dont_know', count: 1 },
        { councilId: 'a', waveId: 'w', band: '8-11', itemId: 'good_friend', code: 'yes', count: 1 },
      ],
    });
  });

  it('counts checkbox answers once per chosen code when such an item is tallied', () => {
    const { answers } = talliesFromResponses(
      [
        { councilId: 'a', waveId: 'w', band: '11-17', answers: { pets: ['dog', 'cat'] } },
        { councilId: 'a', waveId: 'w', band: '11-17', answers: { pets: ['dog'] } },
      ],
      ['pets'],
    );
    expect(answers.map((a) => [a.code, a.count])).toEqual([
      ['cat', 1],
      ['dog', 2],
    ]);
  });

  it('never tallies free-text items by default', () => {
    const ids = talliedItemIds();
    expect(ids).toContain('feel_safe');
    expect(ids.some((id) => id.startsWith('ft_'))).toBe(false);
  });
});
