/** The export formats as the dialog offers them: a name and one line on what each is for. */
import type { ExportFormat } from '../../actions/exportActions';

export interface FormatChoice {
  format: ExportFormat;
  label: string;
  description: string;
}

export const EXPORT_FORMATS: readonly FormatChoice[] = [
  {
    format: 'pdf',
    label: 'PDF report',
    description: 'The annotated report for your editor: summary, claims, articles with highlights.',
  },
  { format: 'html', label: 'HTML report', description: 'The same report as one self-contained web page.' },
  { format: 'md', label: 'Markdown', description: 'Claims, verdicts and quotes as plain text for notes and wikis.' },
  { format: 'csv', label: 'CSV', description: 'One row per claim, and a second file with one row per highlight.' },
  {
    format: 'claimreview',
    label: 'ClaimReview JSON-LD',
    description: 'schema.org fact-check markup, one ClaimReview per claim.',
  },
  {
    format: 'w3c',
    label: 'W3C annotations',
    description: 'Every highlight as a Web Annotation; other tools (and Claimdesk) can read it back.',
  },
];

/** Formats whose report can carry the change-history appendix. */
export const HAS_HISTORY: readonly ExportFormat[] = ['pdf', 'html'];
