import { describe, expect, it } from 'vitest';
import { captureLogs, findInLogs } from './capture-logs.ts';

describe('the log scan', () => {
  it('finds a value that reached a log line, and says in which line', () => {
    const logs = captureLogs();
    logs.logger.child({ requestId: 'r-123456789' }).info({ route: '/api/persons/:id' }, 'http.request');
    logs.logger.warn({ caller: 'Leyla, +994 50 000 00 00' }, 'hotline.note');
    expect(findInLogs(logs.lines, ['Maria Santos'])).toEqual([]);
    const [found] = findInLogs(logs.lines, ['Maria Santos', '+994 50 000']);
    expect(found).toMatch(/^\+994 50 000 in \{"level":"warn",.*"event":"hotline.note"\}$/);
  });

  it('writes JSON lines with the level by name, an ISO time and the event', () => {
    const logs = captureLogs();
    logs.logger.debug({ ms: 3 }, 'http.request');
    expect(JSON.parse(logs.lines[0] ?? '')).toMatchObject({
      level: 'debug',
      event: 'http.request',
      ms: 3,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('keeps an error message or free text out of the event, whatever the call', () => {
    const logs = captureLogs();
    logs.logger.error(new Error('Key (family_name)=(Maria Santos)'));
    logs.logger.error({ err: new Error('Maria Santos') });
    logs.logger.info('found %s', 'Leyla Aliyeva');
    logs.logger.warn({ kind: 'mail' }, 'job.failed');
    const events = logs.lines.map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events).toEqual(['unnamed_event', 'unnamed_event', 'unnamed_event', 'job.failed']);
    expect(findInLogs(logs.lines, ['Maria', 'Santos', 'Leyla', 'Aliyeva'])).toEqual([]);
  });
});
