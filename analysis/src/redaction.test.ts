import { describe, expect, it } from 'vitest';
import { redactComment } from './redaction.ts';

// Phone numbers below are from Ofcom's ranges reserved for drama (07700 900xxx, 01632 960xxx,
// 020 7946 0xxx), so no real person's number appears in the tests.

function text(input: string, options?: Parameters<typeof redactComment>[1]): string {
  return redactComment(input, options).text;
}

describe('email addresses', () => {
  it('masks an email address', () => {
    expect(redactComment('my email is kyle.smith2009@gmail.com ok')).toEqual({ text: 'my email is [email] ok', masked: ['email'] });
  });

  it('masks an email address spelt out with "at" and "dot"', () => {
    expect(text('email me kyle2009 at hotmail dot com')).toBe('email me [email]');
  });

  it('masks a social media handle as a name', () => {
    expect(redactComment('add me on snap @kyle_2009')).toEqual({ text: 'add me on snap [name]', masked: ['name'] });
  });
});

describe('phone numbers', () => {
  it.each([
    ['a mobile written with a space', 'text me on 07700 900123 pls', 'text me on [phone] pls'],
    ['a mobile written without spaces', 'my number is 07700900123', 'my number is [phone]'],
    ['a mobile in international form', 'ring +44 7700 900 123 tonight', 'ring [phone] tonight'],
    ['a landline', 'my nans number 01632 960001', 'my nans number [phone]'],
    ['a London number with the area code in brackets', 'call (020) 7946 0000 after 6', 'call [phone] after 6'],
    ['a freephone number', 'the number is 0800 123 4567', 'the number is [phone]'],
    ['a number written with dashes', '07700-900-123', '[phone]'],
    ['a mobile with a digit missing', 'its 0770090012 i think', 'its [phone] i think'],
    ['a mobile without its leading 0', 'my number 7700 900123', 'my number [phone]'],
  ])('masks %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('masks each of several phone numbers in one run of digits', () => {
    expect(text('07700 900123 07700 900456')).toBe('[phone] [phone]');
  });

  it('leaves a long run of short numbers alone', () => {
    const input = '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15';
    expect(text(input)).toBe(input);
  });

  it('keeps a house number that comes just before a phone number', () => {
    expect(text('i live at number 12 07700 900123')).toBe('i live at number 12 [phone]');
  });

  it.each([
    ['Childline', 'if you need help ring childline on 0800 1111 they are nice'],
    ['the NSPCC helpline', 'NSPCC is 0808 800 5000'],
    ['Samaritans', 'Samaritans are on 116 123'],
  ])('leaves the national help line %s as written, since it identifies no one', (_label, input) => {
    expect(redactComment(input)).toEqual({ text: input, masked: [] });
  });

  it.each([
    ['years', 'in 2019 2020 2021 i had 3 social workers'],
    ['dates', 'i moved on 01.02.2020'],
    ['times and money', 'i get £10 a week and curfew is 10.30'],
    ['counts', 'i have had 12 placements and 5 social workers'],
  ])('leaves %s alone', (_label, input) => {
    expect(text(input)).toBe(input);
  });
});

describe('postcodes', () => {
  it.each([
    ['SW1A 1AA', 'my postcode is SW1A 1AA', 'my postcode is [postcode]'],
    ['one without a space, in lower case', 'its sw1a1aa', 'its [postcode]'],
    ['a one-letter area', 'we moved to M1 1AE', 'we moved to [postcode]'],
    ['one ending in letters that look like "th"', 'B33 8TH is where i live', '[postcode] is where i live'],
    ['one in lower case with a space', 'ls6 3ab', '[postcode]'],
  ])('masks %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('leaves school talk that only looks like a postcode ("y10 1st", "b4 2nd")', () => {
    expect(text('in y10 1st term i was b4 2nd place')).toBe('in y10 1st term i was b4 2nd place');
  });
});

describe('street addresses', () => {
  it.each([
    ['a numbered road', 'i live at 12 Elm Road now', 'i live at [address] now'],
    ['a numbered street in lower case with an abbreviation', 'flat 3 44 oak st is my flat', '[address] is my flat'],
    ['a flat number with a comma', 'flat 3, 44 oak st', '[address]'],
    ['a house number and letter', 'my old address was 27b Station Road', 'my old address was [address]'],
    ['a named court', 'I used to live in Rose Court before', 'I used to live in [address] before'],
    ['a named gardens with a number', 'meet me at 14 Kingsway Gardens', 'meet me at [address]'],
    ['a road without a number, in lower case', 'we live on elm road', 'we live on [address]'],
    ['an estate with an unfamiliar name', 'I live in the Ashfield estate', 'I live in the [address]'],
    ['a named children\'s home', 'we stayed at Willow House', 'we stayed at [address]'],
    ['a named way', 'I love my new house on Meadow Way', 'I love my new house on [address]'],
  ])('masks %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('masks a town between a street and a postcode as a place', () => {
    expect(redactComment('27b Station Road, Brigg DN20 8AB')).toEqual({ text: '[address], [address] [postcode]', masked: ['address', 'postcode'] });
  });

  it.each([
    'we live down the road from the park',
    'the main road is busy',
    'i want to learn to drive',
    'my mum is really close to me',
    'my carer went to court',
    'i live on a council estate',
    'there is no way i am moving',
    'i want my own place',
    'it is a 3 hours drive to see my dad',
    'i spent 2 weeks in court',
    'i like playing at the park',
    'we went to a basketball court',
    'i hate it at my house',
    'the street where i live is nice',
  ])('leaves everyday street words alone: "%s"', (input) => {
    expect(text(input)).toBe(input);
  });
});

describe('schools', () => {
  it.each([
    ['an academy', 'my school is Oakfield Academy', 'my school is [school]'],
    ['a saint\'s primary', 'my brother goes to St Mary\'s primary', 'my brother goes to [school]'],
    ['a high school named with two words', 'Hilltop High School was better', '[school] was better'],
    ['a college', 'i go to Northgate College', 'i go to [school]'],
    ['a junior school named after a street', 'we went to Brook Lane Junior', 'we went to [school]'],
    ['a junior school in lower case', 'we went to brook lane junior', 'we went to [school]'],
    ['a school in lower case', 'he punched me at westfield school', 'he punched me at [school]'],
    ['a high school without "school"', 'i go to Kingsway high and i hate it', 'i go to [school] and i hate it'],
    ['a university', 'I want to go to Leeds Uni', 'I want to go to [school]'],
  ])('masks %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    'i hate my school and high school is hard',
    'i want to go to college and then uni',
    'secondary school is scary',
    'I like school',
    'i go to forest school on fridays',
    'my brother plays for a football academy',
    'after school club is fun',
    'I want to go to Uni and study Law',
    'when i go to big school',
    'getting high is not ok',
  ])('leaves school words on their own alone: "%s"', (input) => {
    expect(text(input)).toBe(input);
  });
});

describe('people\'s names', () => {
  it.each([
    ['a title and a surname', 'Miss Khan is my favourite teacher', 'Miss [name] is my favourite teacher'],
    ['a title in lower case', 'mr jones is strict', 'mr [name] is strict'],
    ['a title and an initial', 'Mrs K is my teacher', 'Mrs [name] is my teacher'],
    ['a title before a name that is also a word', 'miss hope is my teacher', 'miss [name] is my teacher'],
  ])('masks %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    ['"my sw"', 'my sw sarah never listens', 'my sw [name] never listens'],
    ['"social worker"', 'my social worker Dave left', 'my social worker [name] left'],
    ['"foster mum"', 'foster mum Linda is nice', 'foster mum [name] is nice'],
    ['"brother"', 'my brother kyle lives somewhere else', 'my brother [name] lives somewhere else'],
    ['"called"', 'a girl called Amir', 'a girl called [name]'],
    ['"called" before a name not in the list', 'my sw is called shazia', 'my sw is called [name]'],
    ['"named"', 'a boy named zion', 'a boy named [name]'],
    ['"PA"', 'my PA Jo helps me', 'my PA [name] helps me'],
    ['"worker" before an unlisted name', 'my worker becks is nice', 'my worker [name] is nice'],
    ['"name is"', 'My brothers name is Tyrese', 'My brothers name is [name]'],
    ['"nanny" before a name that is also a word', 'i live with nanny sue', 'i live with nanny [name]'],
    ['"sister" before a name that is also a word', 'my sister grace came', 'my sister [name] came'],
    ['"brother" before "will" used as a name', 'my brother will is 12', 'my brother [name] is 12'],
  ])('masks a name after %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    ['an English name', 'i miss kyle', 'i miss [name]'],
    ['a South Asian name', 'me and priya are best friends', 'me and [name] are best friends'],
    ['an Arabic name', 'omar is my best friend', '[name] is my best friend'],
    ['a Somali name', 'i share a room with abdi', 'i share a room with [name]'],
    ['an Afghan name', 'nasir helps me with english', '[name] helps me with english'],
    ['an Eritrean name', 'i came here with yonas', 'i came here with [name]'],
    ['an Eastern European name', 'kacper is in my class', '[name] is in my class'],
    ['a Welsh name', 'cerys is my cousin', '[name] is my cousin'],
    ['an Irish name', 'niamh is kind', '[name] is kind'],
    ['a name with an accent', 'Seán is my brother', '[name] is my brother'],
    ['a name in capitals', 'KYLE HIT ME', '[name] HIT ME'],
    ['a hyphenated name', 'tyler-jay is my little brother', '[name] is my little brother'],
  ])('masks %s from the built-in list wherever it appears', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('keeps a possessive ending after the mask', () => {
    expect(text("i stay at Kyle's house")).toBe("i stay at [name]'s house");
  });

  it('masks a first name and surname as one name', () => {
    expect(text('Sarah Jones is my carer and kyle smith is my mate')).toBe('[name] is my carer and [name] is my mate');
  });

  it('masks a capitalised unfamiliar word in the middle of a sentence as a name', () => {
    expect(text('me and Tayla went to the park')).toBe('me and [name] went to the park');
  });

  it('masks a capitalised unfamiliar word after "in" or "near" as a place', () => {
    expect(redactComment('i used to live in Scunthorpe near Ashby')).toEqual({ text: 'i used to live in [address] near [address]', masked: ['address'] });
  });

  it.each([
    ['after "me and"', 'me and tayla went to town', 'me and [name] went to town'],
    ['after "with"', 'i live with jaylen and his mum', 'i live with [name] and his mum'],
    ['before "said"', 'jaylen said its fine', '[name] said its fine'],
    ['at the start of a sentence, before "is"', 'Tayla is my best friend. Zaid is too', '[name] is my best friend. [name] is too'],
  ])('masks an unfamiliar lower-case word where a person is expected, %s', (_label, input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('masks a capitalised unfamiliar word after "went to" as a place', () => {
    expect(redactComment('Went to Blackpool with my carers')).toEqual({ text: 'Went to [address] with my carers', masked: ['address'] });
  });

  it('still reads capitals as names when a comment is full of names', () => {
    expect(text('I love Taylor Swift and Harry Styles')).toBe('I love [name] and [name]');
  });

  it('does not take ordinary words for names in a comment written in Title Case', () => {
    expect(text('My Social Worker Dave Is Good But He Is Always Busy')).toBe('My Social Worker [name] Is Good But He Is Always Busy');
  });

  it('masks every use of a word once it is known to be a name', () => {
    expect(text('me and tayla went to town and tayla got lost')).toBe('me and [name] went to town and [name] got lost');
  });

  it.each([
    ['"will" as a verb', 'I will go to school and my brother will help me'],
    ['"may" as a verb', 'I may see my friend and my sister may visit'],
    ['"hope" as a verb', 'I hope it goes well'],
    ['"grace" in lower case', 'she said grace before tea'],
    ['"drew" after a relation word', 'my mum drew a picture'],
    ['"May" as a month', 'my birthday is in May'],
    ['"June" before a date', 'we moved on June 12'],
    ['"Christmas" and other capitalised holidays and days', 'I saw my dad at Christmas and on Monday'],
    ['brands and games', 'I play Xbox and watch YouTube on my PlayStation and go to Tesco'],
    ['a charity whose name ends in a possessive', "my mentor from Barnardo's is good"],
    ['countries and languages', 'I want to go back to Afghanistan and speak Pashto'],
    ['acronyms of care', 'My IRO and my PEP and CAMHS and my EHCP'],
    ['"miss" as a verb', 'i miss home and i miss my mum'],
  ])('does not mask %s', (_label, input) => {
    expect(text(input)).toBe(input);
  });

  it('masks a name that is also a word when it is capitalised mid-sentence', () => {
    expect(text('I hope to see Hope soon and Will came too')).toBe('I hope to see [name] soon and [name] came too');
  });
});

describe('everyday comments', () => {
  it.each([
    'I would like to see my mum more often and my brothers and sisters',
    'my social worker keeps changing and i dont know who my new one is',
    'I want my carers to listen to me more and let me stay out later',
    'more pocket money please and a bigger bedroom',
    'school is hard because i get bullied and the teachers dont do anything',
    'I like my placement but I miss my dog',
    'my sw never comes to see me and when she does she doesnt listen',
    'Nothing, I am happy where I live',
    'I want to know why I am in care. Nobody has ever explained it properly',
    'I want to stay with my carers until I am 21 and not move to supported accommodation',
    'My PA is really good she helps me with my flat and bills and college',
    "I feel lonely in my flat and I don't have enough money for food and gas",
    'I want to be listened to in my LAC reviews and my PEP meetings',
    'Can I have wifi in my room so I can talk to my mates on Xbox',
    'My carer makes me feel safe and I trust her',
    'CAMHS waiting list is too long, I needed help with my anxiety last year',
    'i would like my social worker to stop changing i have had 5 this year',
    'The staff at the home are ok but some of them are strict',
    'My Carer Is Nice And My Social Worker Is Rubbish',
    'I LIVE WITH MY NAN AND I LOVE IT',
    'my mum and dad, my foster carer and my sw',
  ])('leaves "%s" unchanged', (input) => {
    expect(redactComment(input)).toEqual({ text: input, masked: [] });
  });
});

describe('council words', () => {
  it('masks extra names in any case, as names', () => {
    expect(redactComment('the Smithson family next door', { extraNames: ['smithson'] })).toEqual({ text: 'the [name] family next door', masked: ['name'] });
  });

  it('masks extra places, single words and phrases, as addresses', () => {
    expect(text('i live in westcliff near the old mill', { extraPlaces: ['Westcliff', 'the old mill'] })).toBe('i live in [address] near [address]');
  });

  it('masks an extra place before a school word as a school', () => {
    expect(text('i go to bramble primary', { extraPlaces: ['bramble'] })).toBe('i go to [school]');
  });
});

describe('the result', () => {
  it('lists each kind masked once, in alphabetical order', () => {
    const result = redactComment('Kyle lives at 12 Elm Road, SW1A 1AA, 07700 900123, and Amir goes to Oakfield Academy');
    expect(result.masked).toEqual(['address', 'name', 'phone', 'postcode', 'school']);
    expect(result.text).toBe('[name] lives at [address], [postcode], [phone], and [name] goes to [school]');
  });

  it('gives back an empty comment unchanged', () => {
    expect(redactComment('')).toEqual({ text: '', masked: [] });
  });

  it('keeps line breaks and punctuation around masks', () => {
    expect(text('Thanks Sarah!\nFrom me')).toBe('Thanks [name]!\nFrom me');
  });

  it('gives the same answer every time for the same comment', () => {
    const input = 'my sw sarah and Miss Khan at Oakfield Academy';
    expect(redactComment(input)).toEqual(redactComment(input));
  });
});

describe('everyday words children use', () => {
  it('leaves favourite things alone', () => {
    expect(redactComment('i like unicorns and my favourite place is the park')).toEqual({ text: 'i like unicorns and my favourite place is the park', masked: [] });
  });
});
