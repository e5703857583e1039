/**
 * What the command line does when something is wrong: each failure has its exit code, a message on
 * stderr naming the file or thing at fault, a JSON error with --json, and leaves files untouched.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getArticleText } from '../../../electron/articles/articleStore';
import { listClaims } from '../../../electron/claims/claimStore';
import { CliError } from '../../../electron/cli/cliError';
import { exitCodeForType } from '../../../electron/cli/exitCodes';
import { resolveIdPrefix } from '../../../electron/cli/idPrefix';
import { openProject } from '../../../electron/project/openProject';
import { findOccurrences } from '../../../shared/text/quoteSelector';
import { SAMPLE_DIR, sampleProject, tempDir, US_SAMPLE } from '../../helpers/tempProject';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

beforeAll(assertCliBuilt);

/** A closed project file holding the two sample articles. */
function sampleFile() {
  const t = sampleProject();
  t.project.close();
  return t;
}

function claimsIn(file: string) {
  const project = openProject(file, { actor: 'Test Checker', readOnly: true });
  try {
    return listClaims(project);
  } finally {
    project.close();
  }
}

interface ErrorJson {
  error: {
    type: string;
    message: string;
    exitCode: number;
    occurrences?: { start: number }[];
    nearMatches?: { text: string }[];
  };
}

describe('claimdesk command line: errors', () => {
  it('reports a missing project file as not found (exit 3), naming the file', async () => {
    const file = path.join(tempDir(), 'nowhere.claimdesk');
    const run = await claimdesk(['claims', file, '--json']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(file);
    expect(run.json<ErrorJson>().error).toMatchObject({ type: 'not-found', exitCode: 3 });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a new claim whose text an existing claim has (exit 5), unless --allow-duplicate', async () => {
    const { file, us, ve } = sampleFile();
    const first = await claimdesk([
      'annotate',
      file,
      '--article',
      us.id,
      '--quote',
      '116 prisoners were released on Monday alone',
      '--new-claim',
      '116 prisoners were freed on Monday',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const again = [
      'annotate',
      file,
      '--article',
      ve.id,
      '--quote',
      '116 detainees have been freed since January 9',
      '--new-claim',
      '116 Prisoners were freed, on Monday.',
    ];
    const refused = await claimdesk([...again, '--json']);
    expect(refused.code).toBe(5);
    expect(refused.json<ErrorJson>().error.message).toMatch(
      /already exists: [0-9a-f-]{36} "116 prisoners were freed on Monday"/,
    );
    expect(refused.json<ErrorJson>().error.message).toContain('--claim ID');
    expect(claimsIn(file)).toHaveLength(1);
    expect((await claimdesk([...again, '--allow-duplicate'])).code).toBe(0);
    expect(claimsIn(file)).toHaveLength(2);
  });

  it('never modifies a file that is not a Claimdesk project, whichever verb is run (exit 4)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'notes.claimdesk');
    const bytes = crypto.randomBytes(8192);
    fs.writeFileSync(file, bytes);
    const runs = await Promise.all([
      claimdesk(['articles', file]),
      claimdesk(['status', file, '12345678', 'verified']),
      claimdesk(['import', file, path.join(SAMPLE_DIR, US_SAMPLE)]),
      claimdesk(['annotate', file, '--article', '12345678', '--quote', 'x', '--new-claim', 'y']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(`${file}: not a Claimdesk project`);
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['notes.claimdesk']);
  });

  it('refuses to create a project over an existing file (exit 5)', async () => {
    const { file } = sampleFile();
    const before = fs.readFileSync(file);
    const run = await claimdesk(['new', file]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('already exists');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a quote absent from the article (exit 4), showing the passages that differ only in typography', async () => {
    const { file, us } = sampleFile();
    // The article has a typographic apostrophe; a typed one does not match.
    const run = await claimdesk([
      'annotate',
      file,
      '--article',
      us.id,
      '--quote',
      "Venezuela's interim government",
      '--new-claim',
      'x',
      '--json',
    ]);
    expect(run.code).toBe(4);
    const error = run.json<ErrorJson>().error;
    expect(error.type).toBe('invalid-input');
    expect(error.occurrences).toEqual([]);
    expect(error.nearMatches?.map((m) => m.text)).toEqual(Array(3).fill('Venezuela’s interim government'));
    expect(run.stderr).toContain('does not appear');
    expect(run.stderr).toContain('[Venezuela’s interim government]');
    expect(claimsIn(file)).toEqual([]);
  });

  it('refuses to guess between repeated occurrences (exit 5) and highlights the one chosen with --occurrence', async () => {
    const { file, us } = sampleFile();
    const quote = 'Venezuela’s interim government';
    const args = [
      'annotate',
      file,
      '--article',
      us.id,
      '--quote',
      quote,
      '--new-claim',
      'Interim government',
      '--json',
    ];

    const ambiguous = await claimdesk(args);
    expect(ambiguous.code).toBe(5);
    const error = ambiguous.json<ErrorJson>().error;
    expect(error.type).toBe('ambiguous');
    expect(error.message).toContain('appears 3 times');
    expect(ambiguous.stderr).toMatch(/--occurrence 1-3/);
    expect(claimsIn(file)).toEqual([]);

    const [chosen, tooFar] = await Promise.all([
      claimdesk([...args, '--occurrence', '2']),
      claimdesk([...args, '--occurrence', '4']),
    ]);
    expect(tooFar.code).toBe(4);
    expect(chosen.code).toBe(0);
    const project = openProject(file, { actor: 'Test Checker', readOnly: true });
    try {
      const starts = findOccurrences(getArticleText(project, us.id), quote);
      expect(error.occurrences?.map((o) => o.start)).toEqual(starts);
      expect(chosen.json<{ span: { start: number; end: number } }>().span).toMatchObject({
        start: starts[1],
        end: starts[1]! + quote.length,
      });
    } finally {
      project.close();
    }
  });

  it('treats a bad verdict, an unknown verb or flag and wrong arguments as usage errors (exit 2)', async () => {
    const { file, us } = sampleFile();
    const runs = await Promise.all([
      claimdesk(['status', file, '12345678', 'maybe']),
      claimdesk(['frobnicate', file]),
      claimdesk(['articles', file, '--colour']),
      claimdesk(['status', file]),
      claimdesk(['annotate', file, '--article', us.id, '--quote', 'x', '--claim', '12345678', '--new-claim', 'y']),
      claimdesk(['history', file, 'abc']),
    ]);
    const [badStatus, unknownVerb, unknownFlag, missingArgs, bothClaims, shortId] = runs;
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    }
    expect(badStatus!.stderr).toContain('must be one of unverified, disputed, verified; got "maybe"');
    expect(unknownVerb!.stderr).toContain('Unknown verb "frobnicate"');
    expect(unknownFlag!.stderr).toContain("'--colour'");
    expect(missingArgs!.stderr).toContain('Missing CLAIM_ID');
    expect(bothClaims!.stderr).toContain('exactly one of --claim');
    expect(shortId!.stderr).toContain('at least 8 characters');
  });

  it('reports an unknown claim id as not found (exit 3)', async () => {
    const { file } = sampleFile();
    const run = await claimdesk(['status', file, '00000000-0000-4000-8000-000000000000', 'verified', '--json']);
    expect(run.code).toBe(3);
    expect(run.json<ErrorJson>().error.type).toBe('not-found');
  });

  it('imports the good files of a batch and reports each bad one by name', async () => {
    const { file } = sampleFile();
    const dir = tempDir();
    const fresh = path.join(dir, 'fresh.txt');
    fs.writeFileSync(fresh, 'A fresh headline\n\nSomething new happened today, officials said.\n');
    const binary = path.join(dir, 'binary.txt');
    fs.writeFileSync(binary, Buffer.from([0x41, 0x00, 0xff, 0x00, 0x13]));
    const rtf = path.join(dir, 'notes.xyz');
    fs.writeFileSync(rtf, 'some notes');
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const missing = path.join(dir, 'missing.txt');
    const already = path.join(SAMPLE_DIR, US_SAMPLE);

    const run = await claimdesk(['import', file, fresh, missing, binary, rtf, empty, already, '--json']);
    expect(run.code).toBe(3); // the first failure: a missing file
    const results = run.json<{
      results: { file: string; status: string; error?: { type: string; message: string } }[];
    }>().results;
    expect(results.map((r) => [r.file, r.status])).toEqual([
      [fresh, 'imported'],
      [missing, 'failed'],
      [binary, 'failed'],
      [rtf, 'failed'],
      [empty, 'failed'],
      [already, 'duplicate'],
    ]);
    for (const r of results.filter((x) => x.status === 'failed'))
      expect(r.error?.message.startsWith(`${r.file}: `)).toBe(true);
    expect(results[1]!.error?.type).toBe('not-found');
    expect(results[3]!.error?.message).toMatch(/unsupported/);
    const stderrLines = run.stderr.trim().split('\n');
    expect(stderrLines).toHaveLength(4);
    expect(stderrLines.every((l) => l.startsWith('claimdesk import: /'))).toBe(true);
  });
});

describe('claim and article id prefixes', () => {
  const ids = ['0a1b2c3d-aaaa-4000-8000-000000000001', '0a1b2c3d-bbbb-4000-8000-000000000002'];

  it('resolves a unique prefix of 8 or more characters to the full id', () => {
    expect(resolveIdPrefix('claim', '0a1b2c3d-b', ids, 'p.claimdesk')).toBe(ids[1]);
    expect(resolveIdPrefix('claim', ids[0]!.toUpperCase(), ids, 'p.claimdesk')).toBe(ids[0]);
  });

  it('refuses a prefix shared by several ids, listing them (exit 5)', () => {
    const attempt = () => resolveIdPrefix('claim', '0a1b2c3d', ids, 'p.claimdesk');
    expect(attempt).toThrow(CliError);
    try {
      attempt();
    } catch (err) {
      expect((err as CliError).type).toBe('ambiguous');
      expect(exitCodeForType((err as CliError).type)).toBe(5);
      expect((err as CliError).message).toContain(ids[0]);
      expect((err as CliError).message).toContain(ids[1]);
    }
  });
});
