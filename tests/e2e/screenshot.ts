/**
 * `npm run screenshot -- PROJECT OUT.png`: a 1440×900 screenshot of the workbench with PROJECT
 * open, an article selected and a claim selected, so highlights, the claim detail and the lists
 * all show; `--dark` as the OS dark theme shows it. PROJECT `--demo` builds a demo project (fixtures/demoProject.ts) in a temp folder.
 * Needs the built renderer (dist/renderer).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkbench } from './harness';
import { buildDemoProject } from './fixtures/demoProject';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dark = args.includes('--dark');
  const [projectArg, outArg] = args.filter((a) => a !== '--dark');
  if (!projectArg || !outArg) {
    console.error('usage: npm run screenshot -- PROJECT.claimdesk OUT.png [--dark]   (PROJECT may be --demo)');
    process.exit(2);
  }
  let project = path.resolve(projectArg);
  if (projectArg === '--demo') {
    project = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-demo-')), 'Venezuela releases.claimdesk');
    await buildDemoProject(project);
  }
  const wb = await openWorkbench(project, { actor: 'Ana Ruiz', colorScheme: dark ? 'dark' : 'light' });
  try {
    const { page, ui } = wb;
    // Open the article with the most highlights and select its most-linked claim.
    const items = page.locator('.article-item');
    const counts = await items.evaluateAll((els) =>
      els.map((e) => Number(/(\d+) highlight/.exec(e.textContent ?? '')?.[1] ?? 0)),
    );
    const best = counts.indexOf(Math.max(0, ...counts));
    if ((await items.count()) > 0) {
      await items.nth(Math.max(0, best)).click();
      await ui.settled();
      const claims = page.locator('.claim-item');
      if ((await claims.count()) > 0) {
        const spans = await claims.evaluateAll((els) =>
          els.map((e) => Number(/(\d+) appearance/.exec(e.textContent ?? '')?.[1] ?? 0)),
        );
        await claims.nth(spans.indexOf(Math.max(...spans))).click();
        await ui.settled();
        // Bring the claim's highlight in this article to the middle of the view.
        const mark = page.locator('.article-text mark.is-selected').first();
        if (await mark.count()) await mark.evaluate((m) => m.scrollIntoView({ block: 'center' }));
        await page.locator('.claim-detail').evaluate((el) => el.scrollTo({ top: 0 }));
      }
    }
    await page.mouse.move(0, 0);
    await ui.screenshot(path.resolve(outArg));
    console.log(`Saved ${path.resolve(outArg)}`);
  } finally {
    await wb.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
