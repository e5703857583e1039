/**
 * The process the crash test kills: in a loop it imports an article, highlights and annotates a
 * claim, changes its verdict, merges a colleague's copy of the project (the files named after the
 * project and tag) and exports an HTML report, printing an "ack" line after each committed
 * transaction (or completed merge or export). Whatever was acked must survive a SIGKILL.
 */
import path from 'node:path';
import { updateClaim } from '../../../electron/claims/claimStore';
import { exportProject } from '../../../electron/export/exportProject';
import { importTextArticle } from '../../../electron/import/importText';
import { openProject } from '../../../electron/project/openProject';
import { createClaimFromSpan } from '../../../electron/spans/spanStore';
import { mergeProjectFile } from '../../../electron/sync/mergeProjectFile';

const [file, tag] = [process.argv[2]!, process.argv[3]!];
/** Colleagues' copies of the project to merge, in turn. */
const colleagues = process.argv.slice(4);
const project = openProject(file, { actor: `Worker ${tag}` });
const ack = (line: string) => process.stdout.write(`ack ${line}\n`);

async function main() {
  for (let i = 0; ; i++) {
    const body = `Statement ${tag}-${i} about the release of prisoners.\n\n`.repeat(1 + (i % 5));
    const { article } = importTextArticle(project, { text: `Article ${tag}-${i}\n\n${body}` });
    ack(`article ${article.id}`);
    const { claim } = createClaimFromSpan(
      project,
      { articleId: article.id, start: 0, end: 12 },
      { text: `Claim ${tag}-${i}` },
    );
    ack(`claim ${claim.id}`);
    updateClaim(project, claim.id, { verdict: 'disputed', rationale: `checked ${i}` });
    ack(`verdict ${claim.id}`);
    if (colleagues.length > 0 && i % 2 === 0) {
      const n = (Number(tag) + i / 2) % colleagues.length;
      mergeProjectFile(project, colleagues[n]!);
      ack(`merge ${n}`);
    }
    if (i % 3 === 0) {
      const out = path.join(path.dirname(file), `report-${tag}.html`);
      await exportProject(project, { format: 'html', out });
      ack(`export ${out}`);
    }
  }
}
void main();
