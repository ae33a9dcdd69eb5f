export * from './age-group-at.ts';
export * from './as-at-period-end.ts';
export * from './protection-standing-at.ts';
export * from './trafficking-scope.ts';
