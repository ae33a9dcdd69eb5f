/** Vocabularies for clients (the web app) without pulling in zod or the route definitions. */
export * from '@opennrm/core/vocabulary';
