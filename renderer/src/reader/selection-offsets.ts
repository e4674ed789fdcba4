import type { Span } from '../../../shared/text/anchor';

/**
 * Text offset of a DOM boundary point inside the reader's text. Every run is an element with `data-offset`
 * (its start in the text) holding a single text node, so a point in that node is data-offset + its offset.
 * Points on elements (a triple click, a selection ending between runs) resolve to the nearest run edge.
 */
export function pointOffset(root: HTMLElement, node: Node, offset: number, textLength: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-offset]');
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.offset) + offset;
  }
  const el = node as HTMLElement;
  if (el.dataset?.offset !== undefined && el !== root) {
    // Inside a run element: before or after its one text node.
    return Number(el.dataset.offset) + (offset > 0 ? (el.textContent ?? '').length : 0);
  }
  // Between runs of a container: the start of the run after the point, or the end of the text.
  const after = el.childNodes[offset] as HTMLElement | undefined;
  const firstRun = after ? (after.dataset?.offset !== undefined ? after : after.querySelector?.<HTMLElement>('[data-offset]')) : null;
  if (firstRun) return Number(firstRun.dataset.offset);
  const before = el.childNodes[offset - 1] as HTMLElement | undefined;
  if (before) {
    const runs = before.dataset?.offset !== undefined ? [before] : [...(before.querySelectorAll?.<HTMLElement>('[data-offset]') ?? [])];
    const lastRun = runs[runs.length - 1];
    if (lastRun) return Number(lastRun.dataset.offset) + (lastRun.textContent ?? '').length;
  }
  return el === root ? (offset === 0 ? 0 : textLength) : null;
}

/** The selection as text offsets inside `root`, or null when it is empty or not (wholly) in the reader text. */
export function selectionSpan(root: HTMLElement, textLength: number): Span | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const a = pointOffset(root, r.startContainer, r.startOffset, textLength);
  const b = pointOffset(root, r.endContainer, r.endOffset, textLength);
  if (a === null || b === null) return null;
  const start = Math.max(0, Math.min(a, b));
  const end = Math.min(textLength, Math.max(a, b));
  return end > start ? { start, end } : null;
}

/** Selects text[start, end) in the reader (to start a keyboard selection from the current suggestion). */
export function selectSpan(root: HTMLElement, span: Span): boolean {
  const at = (offset: number, preferEnd: boolean): [Node, number] | null => {
    const runs = root.querySelectorAll<HTMLElement>('[data-offset]');
    for (const run of runs) {
      const s = Number(run.dataset.offset);
      const len = (run.textContent ?? '').length;
      if (offset < s + len || (preferEnd && offset === s + len)) {
        const t = run.firstChild;
        return t ? [t, offset - s] : null;
      }
    }
    return null;
  };
  const a = at(span.start, false);
  const b = at(span.end, true);
  const sel = window.getSelection();
  if (!a || !b || !sel) return false;
  sel.setBaseAndExtent(a[0], a[1], b[0], b[1]);
  return true;
}
