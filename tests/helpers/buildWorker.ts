/**
 * Builds one of the app's worker threads as scripts/build.mjs does (esbuild, CommonJS, runtime
 * dependencies external), into test-results/ inside the checkout so those dependencies resolve
 * from node_modules. Returns the built file and a function that removes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../..');

export async function buildWorker(source: string, name: string): Promise<{ entry: string; remove(): void }> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const results = path.join(root, 'test-results');
  fs.mkdirSync(results, { recursive: true });
  const dir = fs.mkdtempSync(path.join(results, `${name}-`));
  const entry = path.join(dir, `${name}.cjs`);
  await esbuild.build({
    entryPoints: [path.join(root, source)],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: Object.keys(pkg.dependencies),
    loader: { '.txt': 'text' },
    logLevel: 'warning',
  });
  return { entry, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
