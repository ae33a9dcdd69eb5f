import { describe, expect, it } from 'vitest';
import { pageCount, parsePersonFilters, personFiltersToParams, personListQuery } from './person-filters.ts';

const parse = (query: string) => parsePersonFilters(new URLSearchParams(query));

describe('person filters in the URL', () => {
  it('reads every known filter', () => {
    const id = '0b6f0c56-2f7a-4f8e-9d57-5a4c3a1b2c3d';
    expect(
      parse(
        `status=identified&gender=Feminine&child=true&ageBand=15-17&citizenship=az&form=ForcedLabour&organisationId=${id}&overdue=true&ngoOnly=true&code=%20P-2015%20&page=3`,
      ),
    ).toEqual({
      status: 'identified',
      gender: 'Feminine',
      child: 'true',
      ageBand: '15-17',
      citizenship: 'AZ',
      form: 'ForcedLabour',
      organisationId: id,
      overdue: 'true',
      ngoOnly: 'true',
      code: 'P-2015',
      page: 3,
    });
  });

  it('drops values outside the vocabularies instead of sending them', () => {
    const filters = parse(
      'status=lost&gender=x&child=maybe&ageBand=99&citizenship=AZE&form=Nope&organisationId=1&overdue=false&page=-2',
    );
    expect(filters).toEqual({
      status: undefined,
      gender: undefined,
      child: undefined,
      ageBand: undefined,
      citizenship: undefined,
      form: undefined,
      organisationId: undefined,
      overdue: undefined,
      ngoOnly: undefined,
      code: undefined,
      page: 1,
    });
  });

  it('writes back only what is set, and leaves page 1 out', () => {
    expect(personFiltersToParams({ status: 'presumed', code: '', page: 1 }).toString()).toBe(
      'status=presumed',
    );
    expect(personFiltersToParams({ overdue: 'true', page: 2 }).toString()).toBe('overdue=true&page=2');
  });

  it('round-trips through the URL', () => {
    const query = 'status=not_victim&child=false&citizenship=UA&page=4';
    expect(personFiltersToParams(parse(query)).toString()).toBe(query);
  });

  it('turns the page into limit and offset', () => {
    expect(personListQuery({ status: 'presumed', page: 3 })).toEqual({
      status: 'presumed',
      limit: 50,
      offset: 100,
    });
    expect(pageCount(0)).toBe(1);
    expect(pageCount(101)).toBe(3);
  });
});
