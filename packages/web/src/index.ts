/**
 * The web package is an application built by Vite; this entry only exposes DOM-free pieces
 * (interface text, the role and type lists it translates) for other packages' tests and tools.
 */

export { locales, organisationTypes, roles } from './api/types.ts';
export { az } from './i18n/az.ts';
export { en, type Messages } from './i18n/en.ts';
export { ru } from './i18n/ru.ts';
