import { describe, expect, it } from 'vitest';
import { fixtureReport } from './report-fixture.ts';
import { readComment, readCommentQueue, readStaffReport } from './report-calls.ts';

describe('readStaffReport', () => {
  it('reads the report as the server sends it', () => {
    const report = fixtureReport();
    expect(readStaffReport(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('refuses a body that is not a report of the known shape', () => {
    expect(readStaffReport(null)).toBeNull();
    expect(readStaffReport({ model: { ...fixtureReport().model, modelVersion: 2 } })).toBeNull();
    const broken = JSON.parse(JSON.stringify(fixtureReport()));
    broken.model.bands[0].domains[0].items[0].indicators = 'x';
    expect(readStaffReport(broken)).toBeNull();
  });

  it('drops quotes of a band whose comments may not be shown', () => {
    const body = JSON.parse(JSON.stringify(fixtureReport()));
    body.whatChildrenSaid[0].mayBeShown = false;
    expect(readStaffReport(body)!.whatChildrenSaid[0]!.quotes).toEqual([]);
  });
});

describe('comment readers', () => {
  it('read a comment, treating unknown states as the safe default', () => {
    const c = readComment({ id: 'c', band: '8-11', text: 'hi', themes: null, quote: 'maybe', safeguarding: 'weird', masked: ['name', 3] });
    expect(c).toMatchObject({ id: 'c', band: '8-11', themes: null, quote: 'none', safeguarding: 'none', masked: ['name'], suggestedThemes: [] });
    expect(readComment({ id: 'c', band: '12-15', text: 'hi' })).toBeNull();
  });

  it('read the safeguarding queue with its steps', () => {
    expect(readCommentQueue({ comments: [], themes: [], safeguardingSteps: 'Call the DSL.' })).toEqual({ comments: [], themes: [], safeguardingSteps: 'Call the DSL.' });
    expect(readCommentQueue({ comments: [] })).toBeNull();
  });
});
