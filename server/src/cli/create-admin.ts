/**
 * Creates a platform admin account: the only way the first account comes to exist (there is no
 * default password). Run from the repository:
 *
 *   pnpm --filter @you-said/server create-admin --email you@example.org --name "Your Name"
 *
 * It asks for the password twice without echoing it (or reads one line from standard input when
 * that is not a terminal, for scripts). Uses the same DATABASE_URL / PGLITE_DIR as the server.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { createAccount } from '../accounts/accounts.ts';
import { parseConfig } from '../config.ts';
import { createDb } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../errors.ts';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email || !values.name) {
  console.error('Usage: pnpm --filter @you-said/server create-admin --email <email> --name "<display name>"');
  process.exit(2);
}

const password = process.stdin.isTTY ? await askTwice() : await readLine();
const config = parseConfig(process.env);
const db = await createDb(config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL, max: 1 } : { kind: 'pglite', dir: config.PGLITE_DIR });
try {
  await migrateToLatest(db);
  await createAccount(db, { email: values.email, displayName: values.name, password, role: 'platform_admin', councilId: null });
  console.log(`Created platform admin ${values.email.toLowerCase()}. Sign in at /staff/sign-in.`);
} catch (err) {
  console.error(err instanceof AppError ? err.message : err);
  process.exitCode = 1;
} finally {
  await db.destroy();
}

async function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

async function askTwice(): Promise<string> {
  const first = await askHidden('Password (at least 12 characters): ');
  const second = await askHidden('Same password again: ');
  if (first !== second) {
    console.error('The two passwords differ; nothing was created.');
    process.exit(1);
  }
  return first;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}
