import { useState, type DragEvent } from 'react';

/**
 * Drag and drop of one file onto an element: `dragging` while a file is over it (for a drop style), and the three
 * handlers to spread on the element. Drags that carry no file (selected text, say) are left to the browser.
 */
export function useFileDrop(onFile: (file: File) => void, enabled = true) {
  const [dragging, setDragging] = useState(false);
  const dropProps = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!enabled || !e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent<HTMLElement>) => {
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (!file) return;
      // The browser would open a dropped file in place of the app.
      e.preventDefault();
      if (enabled) onFile(file);
    },
  };
  return { dragging, dropProps };
}
