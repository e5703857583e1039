/**
 * The plain-text projection of an article: the one string every span offset indexes into.
 *
 * It follows Lexical's own `getTextContent()` rules, so the renderer (walking live nodes) and the
 * Node side (walking serialized JSON) agree on every offset: text as is, a line break as "\n", and
 * two newlines between consecutive block elements. Offsets are UTF-16 code units (JavaScript string
 * indices); exports that need code points convert at the edge.
 */

export const BLOCK_SEPARATOR = '\n\n';

/** Element types Lexical renders inline: their text joins the surrounding text with no separator. */
export const INLINE_ELEMENT_TYPES: ReadonlySet<string> = new Set(['link', 'autolink', 'mark', 'claim-mark']);

export interface SerializedNodeLike {
  type: string;
  text?: string;
  children?: SerializedNodeLike[];
}

function isBlock(node: SerializedNodeLike): boolean {
  return Array.isArray(node.children) && !INLINE_ELEMENT_TYPES.has(node.type);
}

function appendText(node: SerializedNodeLike, out: string[]): void {
  if (typeof node.text === 'string') {
    out.push(node.text);
    return;
  }
  if (node.type === 'linebreak') {
    out.push('\n');
    return;
  }
  if (node.type === 'tab') {
    out.push('\t');
    return;
  }
  const children = node.children ?? [];
  children.forEach((child, i) => {
    appendText(child, out);
    if (isBlock(child) && i < children.length - 1) out.push(BLOCK_SEPARATOR);
  });
}

/** The plain text of a serialized Lexical node tree (a root node or an editor state's root). */
export function plainTextOfNode(root: SerializedNodeLike): string {
  const out: string[] = [];
  appendText(root, out);
  return out.join('');
}

/** The plain text of a serialized editor state, given as the JSON text stored in the project. */
export function plainTextOfBody(bodyJson: string): string {
  const parsed = JSON.parse(bodyJson) as { root: SerializedNodeLike };
  return plainTextOfNode(parsed.root);
}
