export * from './ctdc-export-mapping.ts';
export * from './ctdc-export-ports.ts';
export * from './ctdc-synthetic-columns.ts';
export * from './export-ctdc-synthetic.ts';
export * from './k-anonymise.ts';
export * from './map-to-ctdc-synthetic-row.ts';
export * from './measure-k-anonymity.ts';
export * from './render-ctdc-synthetic-csv.ts';
