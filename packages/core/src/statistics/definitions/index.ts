export * from './age-group-at.ts';
export * from './as-at-period-end.ts';
export * from './trafficking-scope.ts';
