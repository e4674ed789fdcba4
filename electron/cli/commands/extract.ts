import { readFile } from 'node:fs/promises';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import { decodeArticleBytes } from '../../../shared/import/decode-text';
import { htmlToText } from '../../../shared/import/html-text';
import { readArticleText } from '../../../shared/import/read-article';
import { buildCatalogueIndex, type CatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { readCatalogueFile } from '../../../shared/catalogue/read-catalogue-file';
import { readDatasetView } from '../../backend/export/read-dataset';
import { CliError, type CliCommand } from '../io';
import { needsValue, takeLangOption, takeValueOption } from './options';

const HTML = /\.html?$/i;

/**
 * Figures of an article file. Text and Markdown are read as decoded; HTML is read from its visible text, and
 * each span is mapped back so that `text` === file.slice(start, end) of the decoded file (markup included when a
 * figure spans it, e.g. "29&nbsp;tỷ").
 */
export const command: CliCommand = {
  usage:
    'extract <file> [--lang vi|en] [--dataset <folder> | --catalogue <file.json>]   figures of a .txt, .md or .html article as a JSON array, with the entity and indicator the catalogue suggests',
  async run(args, io) {
    const { value: datasetDir, rest: r1 } = takeValueOption(args, 'dataset', needsValue('dataset'));
    const { value: catalogueFile, rest: r2 } = takeValueOption(r1, 'catalogue', needsValue('catalogue'));
    const { lang: given, rest } = takeLangOption(r2);
    if (rest.length !== 1) throw new CliError('give one article file: tally extract <file> [--lang vi|en] [--dataset <folder> | --catalogue <file.json>]');
    if (datasetDir !== undefined && catalogueFile !== undefined) throw new CliError('give --dataset or --catalogue, not both');
    const catalogue = datasetDir !== undefined ? await datasetCatalogue(datasetDir) : catalogueFile !== undefined ? await fileCatalogue(catalogueFile) : undefined;
    const file = rest[0];
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : code === 'EISDIR' ? `${file} is a folder, not an article file` : `cannot read ${file} (${code ?? 'error'})`);
    }
    const raw = decodeArticleBytes(bytes, file);
    // Language and publication date as an import finds them (HTML meta, Markdown front matter, a dateline in the text):
    // "đến nay" and "as of now" are dated by the latter. The figures are read from the file itself, for its offsets.
    const { meta } = readArticleText(file, raw);
    const lang = given ?? meta.language;
    const published = meta.published || undefined;
    let figures: FoundFigure[];
    if (HTML.test(file)) {
      const visible = htmlToText(raw); // again, as readArticleText keeps no map back to the file
      figures = extractFigures(visible.text, { lang, published, catalogue, title: meta.title }).map((f) => {
        const { start, end } = visible.toSourceRange(f.start, f.end);
        return { ...f, start, end, text: raw.slice(start, end) };
      });
    } else {
      figures = extractFigures(raw, { lang, published, catalogue, title: meta.title });
    }
    io.out(JSON.stringify(figures, null, 2));
    return 0;
  },
};

/** The catalogue of a dataset folder, read as `tally validate` reads it (no lock, nothing written). */
async function datasetCatalogue(dir: string): Promise<CatalogueIndex> {
  const { doc } = await readDatasetView(dir); // a missing or broken dataset: a TallyError, one line from main
  return buildCatalogueIndex(doc);
}

/** A catalogue file (`tally catalogue export`'s shape), refused whole with the entry at fault named. */
async function fileCatalogue(file: string): Promise<CatalogueIndex> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such catalogue file: ${file}` : `cannot read catalogue ${file} (${code ?? 'error'})`);
  }
  return buildCatalogueIndex(readCatalogueFile(text, file)); // a TallyError naming the entry: one line, exit 2
}
