export * from './demo/demo-country.ts';
export * from './demo/load-demo.ts';
export * from './runtime/first-start.ts';
