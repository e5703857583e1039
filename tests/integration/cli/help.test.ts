/** The command line's help and version: what a newsroom developer reads first. */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands/index';
import { DOCUMENTED_FORMATS } from '../../../electron/cli/commands/import';
import { IMPORT_EXTENSIONS } from '../../../electron/import/readArticleFile';
import pkg from '../../../package.json';
import { assertCliBuilt, claimdesk } from './runClaimdesk';

beforeAll(assertCliBuilt);

const VERBS = [
  'new',
  'title',
  'import',
  'articles',
  'annotate',
  'status',
  'claims',
  'history',
  'search',
  'export',
  'check',
  'merge',
  'sync',
  'conflicts',
  'help',
];

describe('claimdesk command line: help', () => {
  it('lists every verb, the global options and the exit codes with --help', async () => {
    const run = await claimdesk(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const verb of VERBS) expect(run.stdout).toMatch(new RegExp(`^  ${verb} +\\S`, 'm'));
    for (const flag of ['--json', '--as NAME', '--help', '--version']) expect(run.stdout).toContain(flag);
    for (let code = 0; code <= 6; code++) expect(run.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
  });

  it('describes one verb the same way with `help VERB` and `VERB --help`, including its JSON output', async () => {
    const [viaHelp, viaFlag] = await Promise.all([claimdesk(['help', 'annotate']), claimdesk(['annotate', '--help'])]);
    expect(viaHelp.code).toBe(0);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toBe(viaHelp.stdout);
    expect(viaHelp.stdout).toMatch(/^Usage: claimdesk annotate FILE --article ID --quote TEXT/);
    for (const flag of ['--occurrence N', '--claim ID', '--new-claim TEXT', '--status VERDICT', '--claimant NAME']) {
      expect(viaHelp.stdout).toContain(flag);
    }
    expect(viaHelp.stdout).toContain('Output with --json:');
  });

  it('prints the package version with --version, and help as JSON for scripts', async () => {
    const [version, helpJson] = await Promise.all([claimdesk(['--version']), claimdesk(['help', '--json'])]);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`claimdesk ${pkg.version}\n`);
    const help = helpJson.json<{ version: string; verbs: { name: string }[]; exitCodes: Record<string, string> }>();
    expect(help.version).toBe(pkg.version);
    expect(help.verbs.map((v) => v.name)).toEqual(VERBS);
    expect(Object.keys(help.exitCodes)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });

  it('shows the help on stderr and exits 2 when no verb is given', async () => {
    const run = await claimdesk([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: claimdesk VERB');
  });

  it('documents every file format the importer reads, and each verb has its --json shape', () => {
    expect([...DOCUMENTED_FORMATS].sort()).toEqual([...IMPORT_EXTENSIONS].sort());
    for (const c of COMMANDS) expect(c.jsonShape.length).toBeGreaterThan(0);
  });
});
