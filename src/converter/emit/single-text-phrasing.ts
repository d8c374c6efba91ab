/**
 * A remark-stringify extension for the most common phrasing container of a digest: a paragraph or
 * table cell holding exactly one text node. Output unchanged, work saved.
 *
 * mdast-util-to-markdown serializes phrasing content through `state.containerPhrasing`, which
 * collects the children's markdown and then resolves emphasis and strong runs (guess, render,
 * check: maps, token lists and trackers for every call). With a single text child there is no
 * run to resolve: the result is the text handler's output, or '' when that is empty. This
 * extension wraps the root handler to install a `containerPhrasing` that returns exactly that for
 * a single text child (same handler, same stack, same `before`/`after`, same index stack) and
 * defers to the library for everything else. Escaping stays with `state.safe`.
 */
import type { Parents, Root } from 'mdast';
import { defaultHandlers, type Info, type Options as ToMarkdownExtension, type State } from 'mdast-util-to-markdown';
import type { Processor } from 'unified';

type ContainerPhrasing = State['containerPhrasing'];
type PhrasingParent = Parameters<ContainerPhrasing>[0];

/** The phrasing of `parent` when it is a single text node; null to let the library do it. */
function singleText(parent: PhrasingParent, state: State, info: Info): string | null {
  const children = parent.children;
  if (children.length !== 1 || children[0]!.type !== 'text') return null;
  // What the library's phrasing loop passes to a child: its tracker's position, then before/after.
  const childInfo: Info = {
    now: { line: info.now?.line || 1, column: info.now?.column || 1 },
    lineShift: info.lineShift || 0,
    after: info.after,
    before: info.before,
  };
  state.indexStack.push(0);
  try {
    return state.handle(children[0], parent as Parents, state, childInfo) || '';
  } finally {
    state.indexStack.pop();
  }
}

function root(node: Root, parent: Parents | undefined, state: State, info: Info): string {
  const library = state.containerPhrasing;
  const fast: ContainerPhrasing = (parent, phrasingInfo) => singleText(parent, state, phrasingInfo) ?? library.call(state, parent, phrasingInfo);
  state.containerPhrasing = fast;
  try {
    return defaultHandlers.root(node, parent, state, info);
  } finally {
    state.containerPhrasing = library;
  }
}

const extension: ToMarkdownExtension = { handlers: { root } };

/** unified plugin: register the single-text fast path with remark-stringify. */
export function remarkSingleTextPhrasing(this: Processor): void {
  const data = this.data() as { toMarkdownExtensions?: ToMarkdownExtension[] };
  (data.toMarkdownExtensions ??= []).push(extension);
}
