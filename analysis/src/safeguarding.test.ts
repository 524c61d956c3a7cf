import { describe, expect, it } from 'vitest';
import { SAFEGUARDING_REASONS, safeguardingSignals } from './safeguarding.ts';

describe('comments that suggest a child may be at risk', () => {
  it.each([
    ['my dad hits me when he is drunk', 'harm from someone'],
    ['my carer hit me in the face', 'harm from someone'],
    ['he hurts me and i dont know who to tell', 'harm from someone'],
    ['nobody knows he hits me', 'harm from someone'],
    ['i got beaten up by my foster brother', 'harm from someone'],
    ["my mum's boyfriend beats her", 'harm from someone'],
    ['she slapped me for nothing', 'harm from someone'],
    ['i was abused', 'harm from someone'],
    ['there is violence at home', 'harm from someone'],
    ['he makes me do things i dont want to', 'harm from someone'],
    ['he touched me and told me not to tell', 'sexual harm or abuse'],
    ['my uncle touches me when no one is around', 'sexual harm or abuse'],
    ['an older boy asked me to send pictures of me', 'sexual harm or abuse'],
    ['someone keeps asking for nudes', 'sexual harm or abuse'],
    ['a man online keeps asking me to send pics and says he knows where my school is', 'sexual harm or abuse'],
    ['a man online keeps asking me to send pics and says he knows where my school is', 'feeling unsafe or afraid'],
    ['sometimes i think everyone would be better off without me', 'self-harm or suicide'],
    ['no one would even notice if i was gone', 'self-harm or suicide'],
    ['sometimes i want to kill myself', 'self-harm or suicide'],
    ['I want to die', 'self-harm or suicide'],
    ['i wanna die', 'self-harm or suicide'],
    ['i just want to end it', 'self-harm or suicide'],
    ['i cut myself when im sad', 'self-harm or suicide'],
    ['i have been self-harming again', 'self-harm or suicide'],
    ['I wish I was dead', 'self-harm or suicide'],
    ["i don't want to be alive anymore", 'self-harm or suicide'],
    ['i dont want to live', 'self-harm or suicide'],
    ['there is no point in living', 'self-harm or suicide'],
    ['i have thought about suicide', 'self-harm or suicide'],
    ['i cant take it anymore', 'self-harm or suicide'],
    ["I don't feel safe at home", 'feeling unsafe or afraid'],
    ['i dont feel safe at home', 'feeling unsafe or afraid'],
    ['i do not feel safe where i live', 'feeling unsafe or afraid'],
    ['I dont always feel safe', 'feeling unsafe or afraid'],
    ['i never feel safe in my placement', 'feeling unsafe or afraid'],
    ['i hardly ever feel safe', 'feeling unsafe or afraid'],
    ['i am not safe', 'feeling unsafe or afraid'],
    ["i'm not sure if i feel safe", 'feeling unsafe or afraid'],
    ['im scared of my carer', 'feeling unsafe or afraid'],
    ["i'm afraid to go home", 'feeling unsafe or afraid'],
    ['I am scared to tell anyone', 'feeling unsafe or afraid'],
    ['im frightened when he gets drunk', 'feeling unsafe or afraid'],
    ['i ran away last week', 'going missing, running away or homeless'],
    ['i keep running away from my placement', 'going missing, running away or homeless'],
    ['i went missing for 3 days', 'going missing, running away or homeless'],
    ['i was sleeping rough', 'going missing, running away or homeless'],
    ['my carer kicked me out', 'going missing, running away or homeless'],
    ['i have nowhere to live', 'going missing, running away or homeless'],
    ['they make me carry stuff for them', 'exploitation'],
    ['I do county lines', 'exploitation'],
    ['i have an older boyfriend who is 25', 'exploitation'],
    ['some older lads give me weed', 'exploitation'],
    ['i owe them money', 'exploitation'],
    ['i met a man online and he wants to meet', 'exploitation'],
    ['there is never enough food', 'neglect'],
    ['they dont feed me', 'neglect'],
    ['im always hungry', 'neglect'],
    ['they lock me in my room', 'neglect'],
    ['there is no heating in the house', 'neglect'],
    ['i get bullied and they said they are going to stab me', 'bullying or threats'],
    ['they threatened me', 'bullying or threats'],
    ['they said they will kill me', 'bullying or threats'],
    ["i'm scared to go to school because of bullies", 'bullying or threats'],
    ['some boys jumped me after school', 'bullying or threats'],
    ['i get bullied. they kicked me', 'bullying or threats'],
  ])('flags "%s" for %s', (comment, reason) => {
    const signals = safeguardingSignals(comment);
    expect(signals.flagged).toBe(true);
    expect(signals.reasons).toContain(reason);
  });

  it.each([
    ["he doesn't hit me anymore", 'harm from someone'],
    ['he doesnt hurt me now', 'harm from someone'],
    ["i don't want to hurt myself any more", 'self-harm or suicide'],
  ])('still flags "%s", since "any more" says it used to happen', (comment, reason) => {
    expect(safeguardingSignals(comment).reasons).toContain(reason);
  });

  it('does not let a negation on one line undo a phrase on the next', () => {
    expect(safeguardingSignals('nobody\nhits me all the time').reasons).toEqual(['harm from someone']);
  });

  it('still flags a comment in capitals with curly apostrophes', () => {
    expect(safeguardingSignals('I DON’T FEEL SAFE HERE').reasons).toEqual(['feeling unsafe or afraid']);
  });

  it('gives every reason found, once each, in the fixed order', () => {
    const signals = safeguardingSignals('i want to kill myself because my dad hits me and hits me and i ran away');
    expect(signals).toEqual({ flagged: true, reasons: ['harm from someone', 'self-harm or suicide', 'going missing, running away or homeless'] });
  });
});

describe('comments that do not flag', () => {
  it.each([
    'I feel safe',
    'i feel safe with my carers',
    'i feel really safe and happy',
    'I love my carers they keep me safe',
    'I am safe where I live now',
    'nobody hurts me',
    'no one hurts me here',
    'no-one hits me',
    'my carer never hits me',
    'he has never hurt me',
    'nobody touches me',
    'I would never run away',
    'i have never self harmed',
    'i would never kill myself',
    "i don't want to die",
    'i dont feel unsafe',
    'i have never been abused',
    'i am not scared of my carers',
    'i want more pocket money',
    'my friend hit me up on snap',
    'my brother beat me at fifa',
    'school is ok but i get bullied sometimes',
    'i dont get bullied anymore at my new school',
    'i hurt my knee playing football',
    'it hurts me that i cant see my mum',
    'i am scared of spiders',
    'i keep in touch with my nan',
    'i dont want to move placement',
    'i would like to see my dad more',
    'i want to end the year on a high',
    'i want to go home to my mum',
    'my social worker keeps changing',
    'they push me to do my best at school',
    'i got locked out of my phone',
    'the locks on my door are new',
    'i got kicked out of class for talking',
    'i want to run my own business',
    'Nobody listens to me',
    'I want to see my brothers and sisters more',
    '',
  ])('does not flag "%s"', (comment) => {
    expect(safeguardingSignals(comment)).toEqual({ flagged: false, reasons: [] });
  });
});

describe('the reasons', () => {
  it('are written for people reading the review screen', () => {
    expect(SAFEGUARDING_REASONS).toEqual([
      'harm from someone',
      'sexual harm or abuse',
      'self-harm or suicide',
      'feeling unsafe or afraid',
      'going missing, running away or homeless',
      'exploitation',
      'neglect',
      'bullying or threats',
    ]);
  });
});
