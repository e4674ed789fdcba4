import type { KeyboardEvent, RefObject } from 'react';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import type { Span } from '../../../shared/text/anchor';
import { selectSpan } from './selection-offsets';

/** Keys typed into these belong to them, not to the reader's shortcuts. */
const isField = (el: HTMLElement) => !!el.closest('input, select, textarea, [contenteditable="true"]');

export interface ReaderKeyActions {
  /** The article's text element, and whether a text is shown at all. */
  textRef: RefObject<HTMLDivElement | null>;
  hasText: boolean;
  figures: readonly FoundFigure[];
  /** The current suggestion (index into figures), where a keyboard selection starts when the caret is elsewhere. */
  current: number | null;
  selection: Span | null;
  step: (delta: number) => void;
  accept: () => void;
  skip: () => void;
  cite: () => void;
  /** a: the selection becomes the quote of the selected row. */
  attach: () => void;
  /** e: edit the new row's keys in place. */
  editKeys: () => void;
  /** l: remember the offered alias (null when nothing is offered). */
  learn: (() => void) | null;
}

/**
 * The reader's keyboard: n/j next and p/k previous suggestion, Enter accept (and move on), s or x skip, c cite the
 * selection, a attach the selection to the selected row, e edit the new row's keys, l learn the offered alias, and
 * Shift+arrows to select from the keyboard (by character, word with Ctrl, or line). Returns the pane's onKeyDown.
 */
export function useReaderKeys(actions: ReaderKeyActions): (e: KeyboardEvent<HTMLElement>) => void {
  const { textRef, hasText, figures, current, selection, step, accept, skip, cite, attach, editKeys, learn } = actions;

  /** Shift+arrows select from the keyboard: from the caret or the current suggestion, by character, word (Ctrl) or line. */
  const extendSelection = (e: KeyboardEvent<HTMLElement>) => {
    const root = textRef.current;
    const sel = window.getSelection();
    if (!root || !sel) return;
    const inside = sel.rangeCount > 0 && !!sel.anchorNode && root.contains(sel.anchorNode);
    if (!inside && (current === null || !selectSpan(root, figures[current]))) return;
    const backward = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
    const unit = e.key === 'ArrowUp' || e.key === 'ArrowDown' ? 'line' : e.ctrlKey || e.altKey ? 'word' : 'character';
    (sel as Selection & { modify?: (a: string, d: string, u: string) => void }).modify?.('extend', backward ? 'backward' : 'forward', unit);
    e.preventDefault();
  };

  return (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (isField(target) || !hasText) return;
    if (e.shiftKey && !e.metaKey && e.key.startsWith('Arrow')) return extendSelection(e);
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    switch (e.key) {
      case 'n':
      case 'j':
        step(1);
        break;
      case 'p':
      case 'k':
        step(-1);
        break;
      case 'Enter':
        if (target.closest('button, a')) return;
        accept();
        break;
      case 'a':
        if (!selection) return;
        attach();
        break;
      case 'e':
        editKeys();
        break;
      case 'l':
        if (!learn) return;
        learn();
        break;
      case 's':
      case 'x':
        skip();
        break;
      case 'c':
        if (!selection) return;
        cite();
        break;
      default:
        return;
    }
    e.preventDefault();
  };
}
