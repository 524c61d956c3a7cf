import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '../db/create-db.ts';
import { verifyPassword } from '../accounts/passwords.ts';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'create-admin.ts');

function run(args: string[], stdin: string, dir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' },
  });
}

describe('the create-admin command', () => {
  it('creates the first platform admin with the password given, and refuses a weak one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'admin-'));
    try {
      const weak = run(['--email', 'weak@example.org', '--name', 'W'], 'short\n', dir);
      expect(weak.status).toBe(1);
      expect(weak.stderr).toContain('at least 12 characters');
      const ok = run(['--email', 'Boss@Example.org', '--name', 'The Boss'], 'a long enough passphrase\n', dir);
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain('Created platform admin boss@example.org');
      const db = await createDb({ kind: 'pglite', dir });
      try {
        const accounts = await db.selectFrom('accounts').select(['email', 'role', 'council_id', 'password_hash']).execute();
        expect(accounts.map((a) => [a.email, a.role, a.council_id])).toEqual([['boss@example.org', 'platform_admin', null]]);
        expect(await verifyPassword('a long enough passphrase', accounts[0]!.password_hash)).toBe(true);
      } finally {
        await db.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to use it when the email or name is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'admin-'));
    const res = run(['--email', 'x@example.org'], '', dir);
    rmSync(dir, { recursive: true, force: true });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Usage:');
  });
});
