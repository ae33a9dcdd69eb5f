/** Screening scoring for clients: the same pure code the server scores with. */
export * from '@opennrm/core/screening';
