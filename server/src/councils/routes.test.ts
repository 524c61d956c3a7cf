import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { arrangeStaff, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let admin: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app;
  admin = await arrangeStaff(app, t.db, { role: 'platform_admin' });
});
afterAll(async () => {
  await t.close();
});

const aSlug = () => `riverside-${randomBytes(3).toString('hex')}`;

describe('councils', () => {
  it('are created by a platform admin and listed with their advocacy service', async () => {
    const slug = aSlug();
    const res = await staffRequests(app, admin).post('/api/staff/councils', { slug, name: 'Riverside Council', advocacyService: 'Riverside Advocacy, 0800 000 111' });
    expect(res.status).toBe(201);
    const council = await readJson(res);
    expect(council).toEqual({ id: expect.any(String), slug, name: 'Riverside Council', advocacyService: 'Riverside Advocacy, 0800 000 111' });
    const { councils } = await readJson(await staffRequests(app, admin).get('/api/staff/councils'));
    expect(councils).toContainEqual(council);
  });

  it('audit their creation', async () => {
    const slug = aSlug();
    const council = await readJson(await staffRequests(app, admin).post('/api/staff/councils', { slug, name: 'Audited Council', advocacyService: 'Call us' }));
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'council.created').where('council_id', '=', council.id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ account_id: admin.accountId, subject: 'Audited Council', details: { slug } });
  });

  it('need a slug of their own, plain to type, and an advocacy service', async () => {
    const slug = aSlug();
    expect((await staffRequests(app, admin).post('/api/staff/councils', { slug, name: 'A', advocacyService: 'B' })).status).toBe(201);
    const taken = await staffRequests(app, admin).post('/api/staff/councils', { slug, name: 'Again', advocacyService: 'B' });
    expect(taken.status).toBe(400);
    expect((await readJson(taken)).error.details.problems).toEqual([{ field: 'slug', message: 'is taken' }]);
    for (const body of [
      { slug: 'Has Capitals', name: 'A', advocacyService: 'B' },
      { slug: 'trailing-', name: 'A', advocacyService: 'B' },
      { slug: aSlug(), name: 'A', advocacyService: '  ' },
    ]) {
      expect((await staffRequests(app, admin).post('/api/staff/councils', body)).status).toBe(400);
    }
  });
});
