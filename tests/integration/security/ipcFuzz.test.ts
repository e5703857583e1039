/**
 * Every IPC method, called through the one door (`dispatch`) with random and malformed payloads
 * on a real project: the answer is always a clean `{ error }` or a contract-valid `{ data }`,
 * never a throw, and a payload the contract rejects leaves every table of the file unchanged.
 * Methods are taken from the contract itself, so a method added later is fuzzed too.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import type { Workspace } from '../../../electron/api/workspace';
import { listClaims } from '../../../electron/claims/claimStore';
import { contract, METHOD_NAMES } from '../../../shared/ipc/contract';
import { ClaimdeskError } from '../../../shared/ipc/result';
import { sampleProject } from '../../helpers/tempProject';
import { canonicalDump } from './projectDump';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';

const t = sampleProject();
createClaimFromSpan(t.project, { articleId: t.us.id, start: 0, end: 20 }, { verdict: 'disputed' });
afterAll(() => t.project.close());

const workspace: Workspace = {
  project: () => t.project,
  current: () => t.project,
  recentProjects: () => [],
  // File commands need native dialogs: here they do nothing, as a cancelled dialog would.
  fileCommand: async () => undefined,
  openRecent: async (file) => {
    throw new ClaimdeskError('invalid-input', `${file}: is not in the list of recent projects.`);
  },
};
const handlers = createHandlers(workspace);

const ids = () => [t.us.id, t.ve.id, ...listClaims(t.project).map((c) => c.id)];
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '\u0000',
    '../../etc/passwd',
    "'; DROP TABLE claims; --",
    '<script>alert(1)</script>',
    'a'.repeat(5000),
  ),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  hostileString,
  fc.constantFrom(null, undefined, NaN, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}),
  fc.constantFrom(...ids()),
);
/** Payload shapes: not an array at all, arrays of random values, id + random object, near-valid objects. */
const payload: fc.Arbitrary<unknown> = fc.oneof(
  value,
  fc.array(value, { maxLength: 3 }),
  fc.tuple(
    fc.constantFrom(...ids()),
    fc.dictionary(fc.constantFrom('text', 'verdict', 'url', 'title', 'note', '__proto__', 'constructor'), value),
  ),
  fc.tuple(
    fc.record(
      {
        articleId: fc.constantFrom(...ids()),
        claimId: fc.constantFrom(...ids()),
        start: fc.integer({ min: -5, max: 6000 }),
        end: fc.integer({ min: -5, max: 6000 }),
        name: hostileString,
        dataBase64: fc.base64String({ maxLength: 200 }),
        text: hostileString,
        verdict: fc.constantFrom('verified', 'disputed', 'unverified', 'VERIFIED', ''),
      },
      { requiredKeys: [] },
    ),
  ),
);

describe('IPC fuzzing through the door', () => {
  it('answers every method with clean data or a clean error, and never changes the file on an invalid payload', async () => {
    let invalid = 0;
    for (const method of METHOD_NAMES) {
      await fc.assert(
        fc.asyncProperty(payload, async (args) => {
          const isValid = contract[method].args.safeParse(args).success;
          const before = isValid ? '' : canonicalDump(t.file);
          let result: unknown;
          try {
            result = await dispatch(handlers, method, args, { validateResults: true });
          } catch (err) {
            throw new Error(`${method} threw instead of answering: ${(err as Error).message}`);
          }
          const keys = Object.keys(result as object);
          expect(keys.length).toBe(1);
          if ('error' in (result as object)) {
            const { error } = result as { error: { type: unknown; message: unknown } };
            expect(typeof error.type).toBe('string');
            expect(typeof error.message).toBe('string');
            // An internal error means a handler crashed on input the contract let through.
            expect(error.type, `${method}(${JSON.stringify(args)?.slice(0, 200)}): ${error.message}`).not.toBe(
              'internal',
            );
          } else {
            expect(keys).toEqual(['data']);
          }
          if (!isValid) {
            invalid++;
            expect(result).toHaveProperty('error.type', 'invalid-input');
            expect(canonicalDump(t.file)).toBe(before);
          }
        }),
        { numRuns: 40, seed: 7 },
      );
    }
    expect(invalid).toBeGreaterThan(METHOD_NAMES.length * 10);
  });

  it('refuses unknown and prototype method names without touching anything', async () => {
    const before = canonicalDump(t.file);
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'eval', '', 42, null]) {
      const result = await dispatch(handlers, name, []);
      expect(result).toHaveProperty('error.type', 'invalid-input');
    }
    expect(canonicalDump(t.file)).toBe(before);
  });
});
