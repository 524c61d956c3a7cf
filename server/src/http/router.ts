import { OpenAPIHono } from '@hono/zod-openapi';
import type { RequestIdVariables } from 'hono/request-id';
import type { StaffUser } from '../accounts/sessions.ts';
import { AppError } from '../errors.ts';

export type AppEnv = {
  Variables: RequestIdVariables & {
    /** the signed-in staff member, when the request carries a live session cookie */
    staff?: StaffUser;
    /** a keyed hash of the client's address, for rate limits; never the address itself */
    clientKey: string;
  };
};

/**
 * A sub-app whose schema failures become the one API error shape. Every domain router is made
 * here, so a request the schema refuses is answered the same way everywhere.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const problems = result.error.issues.map((issue) => ({
          field: issue.path.map(String).join('.') || '(the whole request)',
          message: issue.message,
        }));
        const list = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
        throw new AppError('invalid_request', 400, `The request was not in the expected form (${list}).`, {
          problems,
        });
      }
    },
  });
}
