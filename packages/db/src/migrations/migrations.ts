import { foundation } from './0001-foundation.ts';
import { identification } from './0002-identification.ts';
import { referrals } from './0003-referrals.ts';
import { statistics } from './0004-statistics.ts';
import { ctdcDatasets } from './0005-ctdc-datasets.ts';
import type { Migration } from './migration.ts';

/** Every migration the code knows, in version order. Append only. */
export const migrations: readonly Migration[] = [
  foundation,
  identification,
  referrals,
  statistics,
  ctdcDatasets,
];
