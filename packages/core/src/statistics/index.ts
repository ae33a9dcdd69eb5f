export * from './catalogue.ts';
export * from './dimensions.ts';
export * from './narrative/index.ts';
export * from './report-model.ts';
export * from './statistics-labels.ts';
export * from './statistics-ports.ts';
