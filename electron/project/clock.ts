/** Time stamps and ids for new rows: ISO 8601 UTC strings and random UUIDs, stable forever. */
import { randomUUID } from 'node:crypto';

export const nowIso = (): string => new Date().toISOString();
export const newId = (): string => randomUUID();
