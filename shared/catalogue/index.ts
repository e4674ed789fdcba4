export { buildCatalogueIndex, type CatalogueIndex, type CatalogueLike, type CatalogueMatch, type CatalogueKind } from './catalogue-index';
export { termKey, termWords } from './catalogue-term';
export { validateCatalogueFile, catalogueProblemsMessage, type CatalogueProblem, type CatalogueCollectionName } from './validate-catalogue';
export { readCatalogueFile } from './read-catalogue-file';
export { unitFitsIndicator, unitMaySuitIndicator } from './unit-fit';
export { growthIndicatorNames } from './growth-indicator';
