import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The structured logger. It is handed only what is safe to log: request ids, routes, statuses,
 * timings and error stacks. Never a body, a query string, an answer, a comment, a code or an IP;
 * the `redact` list is a second line of defence, not the first.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['answers', '*.answers', 'body', '*.body', 'ip', '*.ip'], remove: true },
    },
    // buffered, written when the event loop is free: a log line must not cost a request a syscall
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
