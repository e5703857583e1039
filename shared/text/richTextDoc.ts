/**
 * Builds the serialized Lexical editor state of an article from simple blocks, without a Lexical
 * runtime, so the CLI and the main process can store rich bodies the renderer opens as is.
 */
import type { SerializedNodeLike } from './plainTextProjection';

export type TextDirection = 'ltr' | 'rtl';

export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A link's target; only http(s) and mailto survive sanitising upstream. */
  href?: string;
}

export type Block =
  | { kind: 'paragraph'; runs: InlineRun[] }
  | { kind: 'heading'; level: 1 | 2 | 3; runs: InlineRun[] }
  | { kind: 'quote'; runs: InlineRun[] }
  | { kind: 'list'; ordered: boolean; items: InlineRun[][] };

// Lexical's text format bit flags.
const BOLD = 1;
const ITALIC = 2;

function textNode(run: InlineRun): SerializedNodeLike & Record<string, unknown> {
  const format = (run.bold ? BOLD : 0) | (run.italic ? ITALIC : 0);
  return { type: 'text', text: run.text, detail: 0, format, mode: 'normal', style: '', version: 1 };
}

function inlineNodes(runs: InlineRun[]): SerializedNodeLike[] {
  return runs
    .filter((r) => r.text.length > 0)
    .map((run) =>
      run.href
        ? {
            type: 'link',
            url: run.href,
            rel: 'noreferrer',
            target: null,
            title: null,
            children: [textNode({ ...run, href: undefined })],
            direction: null,
            format: '',
            indent: 0,
            version: 1,
          }
        : textNode(run),
    );
}

function element(type: string, children: SerializedNodeLike[], dir: TextDirection, extra: object = {}) {
  return { type, children, direction: dir, format: '', indent: 0, version: 1, ...extra };
}

function blockNode(block: Block, dir: TextDirection): SerializedNodeLike {
  switch (block.kind) {
    case 'paragraph':
      return element('paragraph', inlineNodes(block.runs), dir, { textFormat: 0, textStyle: '' });
    case 'heading':
      return element('heading', inlineNodes(block.runs), dir, { tag: `h${block.level}` });
    case 'quote':
      return element('quote', inlineNodes(block.runs), dir);
    case 'list':
      return element(
        'list',
        block.items.map((runs, i) => element('listitem', inlineNodes(runs), dir, { value: i + 1, checked: undefined })),
        dir,
        { listType: block.ordered ? 'number' : 'bullet', start: 1, tag: block.ordered ? 'ol' : 'ul' },
      );
  }
}

/** The JSON text of a Lexical editor state holding these blocks. */
export function serializeRichText(blocks: Block[], dir: TextDirection = 'ltr'): string {
  const root = element(
    'root',
    blocks.map((b) => blockNode(b, dir)),
    dir,
  );
  return JSON.stringify({ root });
}

export const plainRuns = (text: string): InlineRun[] => [{ text }];
