import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';

describe('loadConfig: the report pool', () => {
  it('gives the report two connections and no parallel workers when nothing is set', () => {
    const config = loadConfig({});
    expect(config.reportConnections).toBe(2);
    expect(config.reportParallelWorkers).toBe(0);
  });

  it('takes an operator’s sizes for a database server with more cores', () => {
    const config = loadConfig({ OPENNRM_REPORT_CONNECTIONS: '8', OPENNRM_REPORT_PARALLEL_WORKERS: '2' });
    expect(config.reportConnections).toBe(8);
    expect(config.reportParallelWorkers).toBe(2);
  });

  it('refuses a size that is not a whole number in range, naming the variable', () => {
    expect(() => loadConfig({ OPENNRM_REPORT_CONNECTIONS: '0' })).toThrow(/OPENNRM_REPORT_CONNECTIONS/);
    expect(() => loadConfig({ OPENNRM_REPORT_PARALLEL_WORKERS: 'many' })).toThrow(
      /OPENNRM_REPORT_PARALLEL_WORKERS/,
    );
  });

  it('compresses answers unless the operator turns it off, and refuses anything but on or off', () => {
    expect(loadConfig({}).compression).toBe(true);
    expect(loadConfig({ OPENNRM_COMPRESSION: 'off' }).compression).toBe(false);
    expect(loadConfig({ OPENNRM_COMPRESSION: 'ON' }).compression).toBe(true);
    expect(() => loadConfig({ OPENNRM_COMPRESSION: 'gzip' })).toThrow(
      /OPENNRM_COMPRESSION must be on or off/,
    );
  });
});
