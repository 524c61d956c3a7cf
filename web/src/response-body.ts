/** How the child is taking part; recorded with the response, never who they are. */
export type ResponseMode = 'own_device' | 'with_adult' | 'group_session';

/** The body of `POST /api/responses`. */
export interface ResponseBody {
  id: string;
  wave: string;
  instrument: string;
  version: number;
  mode: ResponseMode;
  answers: Record<string, unknown>;
  /** The one-time code the child's card carried, when they came in with one. */
  access?: { code: string };
}

/**
 * A response ready to send: its id, and the exact bytes to send on every attempt. The body is
 * serialised once so that a retry can never differ from the first try (the server accepts a
 * repeated id only with the same body).
 */
export interface PreparedResponse {
  id: string;
  json: string;
}

/**
 * Builds the request body. Answers are copied through JSON so that later edits to the survey
 * model (the child going back after a refusal) cannot change what this attempt sends.
 */
export function prepareResponse(body: ResponseBody): PreparedResponse {
  const { id, wave, instrument, version, mode, answers, access } = body;
  // Only the code is copied: nothing else about how the child got in goes with the answers.
  const withAccess = access ? { access: { code: access.code } } : {};
  return { id, json: JSON.stringify({ id, wave, instrument, version, mode, answers, ...withAccess }) };
}
