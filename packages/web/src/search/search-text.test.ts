import { describe, expect, it } from 'vitest';
import { readSearchText } from './search-text.ts';

describe('readSearchText', () => {
  it('sends digits as a code fragment, whoever types them', () => {
    expect(readSearchText(' 00012 ', true)).toEqual({ fragment: '00012', name: null });
    expect(readSearchText('nrm-2026', false)).toEqual({ fragment: 'nrm-2026', name: null });
  });

  it('never sends a name as a code fragment to those who may search by name', () => {
    expect(readSearchText('Gulnara Listova', true)).toEqual({ fragment: null, name: 'Gulnara Listova' });
    expect(readSearchText('nrm', false)).toEqual({ fragment: 'nrm', name: null });
  });

  it('waits for two characters and needs a letter for a name', () => {
    expect(readSearchText('5', true)).toEqual({ fragment: null, name: null });
    expect(readSearchText('--', true)).toEqual({ fragment: null, name: null });
  });
});
