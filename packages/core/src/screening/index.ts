// Pure (no Node built-ins): the web app scores screenings live with the same code the server uses.
export * from './describe-reason.ts';
export * from './dimension-role-titles.ts';
export * from './indicator-list.ts';
export * from './provenance.ts';
export * from './read-screening-answers.ts';
export * from './reason-code.ts';
export * from './score-dimension.ts';
export * from './score-screening.ts';
