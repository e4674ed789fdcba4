/**
 * A file dropped outside the import dialog (on the reader) waits here until the dialog opens and takes it;
 * the dialog is opened through the UI store, which carries only its name.
 */
let pending: File | null = null;

export function setPendingImportFile(file: File): void {
  pending = file;
}

export function takePendingImportFile(): File | null {
  const f = pending;
  pending = null;
  return f;
}
