import type { AgeBand } from '@you-said/surveys';
import type { EligibleCount } from './eligible-check.ts';
import type { NewWaveBody } from './new-wave-check.ts';
import {
  isRecord,
  readBatches,
  readCouncil,
  readCouncils,
  readDashboard,
  readIssuedBatch,
  readLinks,
  readWave,
  readWaves,
} from './readers.ts';
import { get, seg, send, type ApiResult } from './staff-api.ts';
import type { Id } from './staff-types.ts';

/* One function per endpoint of docs/api-fieldwork.md that the staff pages use. */

export const listCouncils = (signal?: AbortSignal) => get('/api/staff/councils', readCouncils, signal);

export const createCouncil = (body: { slug: string; name: string; advocacyService: string }) =>
  send('POST', '/api/staff/councils', body, readCouncil);

export function listWaves(councilId: Id | null, signal?: AbortSignal) {
  const query = councilId === null ? '' : `?councilId=${encodeURIComponent(String(councilId))}`;
  return get(`/api/staff/waves${query}`, readWaves, signal);
}

export const createWave = (body: NewWaveBody) => send('POST', '/api/staff/waves', body, readWave);

export const getWave = (id: Id, signal?: AbortSignal) => get(`/api/staff/waves/${seg(id)}`, readWave, signal);

export const putEligible = (id: Id, counts: EligibleCount[]) => send('PUT', `/api/staff/waves/${seg(id)}/eligible`, { counts }, readWave);

export const getLinks = (id: Id, signal?: AbortSignal) => get(`/api/staff/waves/${seg(id)}/links`, readLinks, signal);

export const getDashboard = (id: Id, signal?: AbortSignal) => get(`/api/staff/waves/${seg(id)}/dashboard`, readDashboard, signal);

export const listBatches = (id: Id, signal?: AbortSignal) => get(`/api/staff/waves/${seg(id)}/code-batches`, readBatches, signal);

export function issueCodes(waveId: Id, body: { band: AgeBand; count: number; label?: string }) {
  return send('POST', `/api/staff/waves/${seg(waveId)}/code-batches`, body, readIssuedBatch);
}

export function revokeCard(batchId: Id, serial: string | number): Promise<ApiResult<{ serial: string | number }>> {
  return send('POST', `/api/staff/code-batches/${seg(batchId)}/revoke`, { serial }, (body) =>
    isRecord(body) && body.status === 'revoked' && (typeof body.serial === 'string' || typeof body.serial === 'number') ? { serial: body.serial } : null,
  );
}

export function startGroupSession(waveId: Id) {
  return send('POST', '/api/staff/group-sessions', { waveId }, (body) =>
    isRecord(body) && isRecord(body.groupSession) && typeof body.groupSession.wave === 'string' ? { wave: body.groupSession.wave } : null,
  );
}
