import { dialog, type BrowserWindow } from 'electron';

/** Asks for a dataset folder; null when the user cancels. */
export async function chooseDatasetFolder(win: BrowserWindow, defaultPath: string): Promise<string | null> {
  const result = await dialog.showOpenDialog(win, {
    title: 'Open dataset folder',
    defaultPath,
    buttonLabel: 'Open dataset',
    properties: ['openDirectory'],
  });
  if (result.canceled) return null;
  return result.filePaths[0] ?? null;
}
