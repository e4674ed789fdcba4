import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

/** Two panes side by side with a draggable (and keyboard-movable) divider; the share is remembered locally. */
export function SplitPane({ left, right, storageKey }: { left: ReactNode; right: ReactNode; storageKey: string }) {
  const t = useT();
  const [share, setShare] = useState(() => {
    const v = Number(localStorage.getItem(storageKey));
    return v > 0.2 && v < 0.9 ? v : 0.64;
  });
  const box = useRef<HTMLDivElement>(null);
  const set = (v: number) => {
    const c = Math.min(0.85, Math.max(0.25, v));
    setShare(c);
    localStorage.setItem(storageKey, String(c));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !box.current) return;
    const r = box.current.getBoundingClientRect();
    set((e.clientX - r.left) / r.width);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft') set(share - 0.03);
    else if (e.key === 'ArrowRight') set(share + 0.03);
  };
  return (
    <div className="split" ref={box}>
      <div className="split__pane" style={{ flexBasis: `${share * 100}%` }}>
        {left}
      </div>
      <div
        className="split__divider"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('ui.resizeReader')}
        aria-valuenow={Math.round(share * 100)}
        aria-valuemin={25}
        aria-valuemax={85}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKey}
      />
      <div className="split__pane split__pane--right">{right}</div>
    </div>
  );
}
