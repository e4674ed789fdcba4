import type { CatalogueFile } from '../../../shared/api/contract';

/** The file name an exported catalogue is offered under: the dataset's name, made safe for any file system. */
export function catalogueFileName(datasetName: string): string {
  const safe = datasetName.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'dataset'}-catalogue.json`;
}

/**
 * Offers the catalogue as a JSON download. A download link works the same in the browser and in Electron (which
 * shows its save dialog), so both use the one `catalogue-export` call.
 */
export function downloadCatalogue(file: CatalogueFile, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the download may start after this returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
