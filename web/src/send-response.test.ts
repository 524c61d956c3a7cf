/// <reference types="node" />
// The only test that needs Node's types: it runs a real tiny HTTP server (node:http on port 0)
// so the sender is exercised against real sockets rather than a fake fetch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareResponse } from './response-body.ts';
import { startSending, type SendProgress } from './send-response.ts';

interface Received {
  method: string | undefined;
  contentType: string | undefined;
  body: string;
}

type Reply = (res: ServerResponse, req: IncomingMessage) => void;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Starts a server that answers the n-th request with replies[n] (the last one repeats). */
async function serve(replies: Reply[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method, contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') });
      const reply = replies[Math.min(received.length, replies.length) - 1]!;
      reply(res, req);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/responses`, received };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const html = (status: number): Reply => (res) => {
  res.writeHead(status, { 'content-type': 'text/html' });
  res.end('<html><body>Log in to the school Wi-Fi</body></html>');
};
const dropConnection: Reply = (_res, req) => req.socket.destroy();
const neverAnswer: Reply = () => {};

const prepared = prepareResponse({
  id: '2f1e0c1a-7a3b-4c5d-8e9f-0a1b2c3d4e5f',
  wave: 'demo',
  instrument: 'children-8-11',
  version: 1,
  mode: 'own_device',
  answers: { feel_safe: 'always', better: 'More time with my brother' },
});
const stored = json(201, { id: prepared.id, status: 'stored' });
const unavailable = json(503, { error: { code: 'unavailable', message: 'Try later', requestId: 'r1' } });
const noWait = () => 0;

describe('startSending', () => {
  it('posts the prepared JSON once and resolves stored on 201', async () => {
    const { url, received } = await serve([stored]);
    const result = await startSending(prepared, { url, delayFor: noWait, connectivity: null }).result;
    expect(result).toEqual({ kind: 'stored' });
    expect(received).toEqual([{ method: 'POST', contentType: 'application/json', body: prepared.json }]);
  });

  it('retries 5xx and 429 with the same id and the same body until stored', async () => {
    const { url, received } = await serve([unavailable, json(429, {}), json(500, {}), stored]);
    const progress: SendProgress[] = [];
    const result = await startSending(prepared, {
      url,
      delayFor: noWait,
      connectivity: null,
      onProgress: (p) => progress.push(p),
    }).result;
    expect(result).toEqual({ kind: 'stored' });
    expect(received.map((r) => r.body)).toEqual([prepared.json, prepared.json, prepared.json, prepared.json]);
    expect(progress.filter((p) => p.kind === 'waiting').map((p) => p.kind === 'waiting' && [p.failures, p.reason])).toEqual([
      [1, 'server'],
      [2, 'busy'],
      [3, 'server'],
    ]);
  });

  it('asks the schedule for a longer wait after each failure', async () => {
    const { url } = await serve([dropConnection, dropConnection, dropConnection, stored]);
    const asked: number[] = [];
    await startSending(prepared, { url, connectivity: null, delayFor: (failures) => (asked.push(failures), 0) }).result;
    expect(asked).toEqual([1, 2, 3]);
  });

  it('retries when the connection drops before an answer', async () => {
    const { url, received } = await serve([dropConnection, stored]);
    const result = await startSending(prepared, { url, delayFor: noWait, connectivity: null }).result;
    expect(result).toEqual({ kind: 'stored' });
    expect(received).toHaveLength(2);
  });

  it('retries when a Wi-Fi login page answers 200 instead of the server', async () => {
    const { url, received } = await serve([html(200), stored]);
    const result = await startSending(prepared, { url, delayFor: noWait, connectivity: null }).result;
    expect(result).toEqual({ kind: 'stored' });
    expect(received).toHaveLength(2);
  });

  it('abandons a request that hangs and tries again', async () => {
    const { url, received } = await serve([neverAnswer, stored]);
    const result = await startSending(prepared, { url, delayFor: noWait, connectivity: null, attemptTimeoutMs: 50 }).result;
    expect(result).toEqual({ kind: 'stored' });
    expect(received).toHaveLength(2);
  });

  it('stops at a 422 and hands back the message and problems', async () => {
    const problems = [{ question: 'feel_safe', code: 'not_a_choice', message: 'Choose one of the answers shown.' }];
    const { url, received } = await serve([
      json(422, { error: { code: 'invalid_answers', message: 'Some answers could not be saved.', requestId: 'r2', details: { problems } } }),
    ]);
    const result = await startSending(prepared, { url, delayFor: noWait, connectivity: null }).result;
    expect(result).toEqual({
      kind: 'rejected',
      rejection: { status: 422, code: 'invalid_answers', message: 'Some answers could not be saved.', requestId: 'r2', problems },
    });
    expect(received).toHaveLength(1);
  });

  it('stops at a closed wave', async () => {
    const { url, received } = await serve([json(409, { error: { code: 'wave_closed', message: 'This survey has closed.', requestId: 'r3' } })]);
    const result = await startSending(prepared, { url, delayFor: noWait, connectivity: null }).result;
    expect(result.kind === 'rejected' && result.rejection.code).toBe('wave_closed');
    expect(received).toHaveLength(1);
  });

  it('tries again at once when the device comes back online', async () => {
    const { url, received } = await serve([unavailable, stored]);
    const connectivity = new EventTarget();
    const sending = startSending(prepared, {
      url,
      connectivity,
      delayFor: () => 3_600_000, // an hour: only the online event can end this wait
      onProgress: (p) => {
        if (p.kind === 'waiting') queueMicrotask(() => connectivity.dispatchEvent(new Event('online')));
      },
    });
    expect(await sending.result).toEqual({ kind: 'stored' });
    expect(received).toHaveLength(2);
  });

  it('tries again at once when asked to', async () => {
    const { url, received } = await serve([unavailable, stored]);
    let sending: ReturnType<typeof startSending> | undefined;
    sending = startSending(prepared, {
      url,
      connectivity: null,
      delayFor: () => 3_600_000,
      onProgress: (p) => {
        if (p.kind === 'waiting') queueMicrotask(() => sending?.retryNow());
      },
    });
    expect(await sending.result).toEqual({ kind: 'stored' });
    expect(received).toHaveLength(2);
  });

  it('sends nothing more once stopped', async () => {
    const { url, received } = await serve([unavailable, stored]);
    let sending: ReturnType<typeof startSending> | undefined;
    sending = startSending(prepared, {
      url,
      connectivity: null,
      delayFor: () => 3_600_000,
      onProgress: (p) => {
        if (p.kind === 'waiting') queueMicrotask(() => sending?.stop());
      },
    });
    expect(await sending.result).toEqual({ kind: 'stopped' });
    expect(received).toHaveLength(1);
  });
});
