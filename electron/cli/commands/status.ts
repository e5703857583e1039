/** `claimdesk status FILE CLAIM_ID STATUS [--note TEXT]`: records a claim's verdict and why. */
import { getClaim, updateClaim } from '../../claims/claimStore';
import { stringOption, type Command } from '../command';
import { checkClaimFields, parseVerdict } from '../claimOptions';
import { resolveClaimId } from '../idPrefix';
import { claimJson, SHAPE_DOC } from '../jsonShapes';
import { withProject } from '../projectFile';
import { formatClaim } from './claims';

export const statusCommand: Command = {
  name: 'status',
  summary: "set a claim's verdict (and rationale)",
  synopsis: 'status FILE CLAIM_ID STATUS [--note TEXT]',
  args: [
    { name: 'FILE', description: 'the project file' },
    { name: 'CLAIM_ID', description: 'the claim (full id or a unique prefix of 8+ characters)' },
    { name: 'STATUS', description: 'the verdict: verified, disputed or unverified' },
  ],
  options: {
    note: {
      type: 'string',
      valueName: 'TEXT',
      description: 'the claim\'s rationale; replaces the previous one (--note "" clears it)',
    },
  },
  details: [
    'The rationale is replaced, not appended to: the claim history keeps every earlier version.',
    'Setting the verdict a claim already has changes nothing ("changed": false).',
  ].join('\n'),
  jsonShape: `{ "claim": ${SHAPE_DOC.claim}, "changed": boolean }`,
  run(ctx) {
    const [file, claimArg, statusArg] = ctx.args;
    const verdict = parseVerdict(statusArg, 'STATUS')!;
    const fields = checkClaimFields({ verdict, rationale: stringOption(ctx.options, 'note') });
    const result = withProject(file!, { actor: ctx.actor(), readOnly: false }, (project) => {
      const id = resolveClaimId(project, claimArg!);
      const before = getClaim(project, id);
      const claim = updateClaim(project, id, fields);
      return { claim, changed: claim.verdict !== before.verdict || claim.rationale !== before.rationale };
    });
    return {
      json: { claim: claimJson(result.claim), changed: result.changed },
      text: formatClaim(claimJson(result.claim)),
      messages: result.changed ? [] : ['Nothing changed: the claim already had this verdict and rationale.'],
    };
  },
};
