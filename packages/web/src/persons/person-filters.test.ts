import { describe, expect, it } from 'vitest';
import { parsePersonFilters, personFiltersToParams, personListQuery } from './person-filters.ts';

const parse = (query: string) => parsePersonFilters(new URLSearchParams(query));

describe('person filters in the URL', () => {
  it('reads every known filter', () => {
    const id = '0b6f0c56-2f7a-4f8e-9d57-5a4c3a1b2c3d';
    expect(
      parse(
        `status=identified&gender=Feminine&child=true&ageBand=15-17&citizenship=az&form=ForcedLabour&organisationId=${id}&overdue=true&ngoOnly=true&code=%20P-2015%20&sort=code_asc`,
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
      sort: 'code_asc',
    });
  });

  it('drops values outside the vocabularies instead of sending them', () => {
    const filters = parse(
      'status=lost&gender=x&child=maybe&ageBand=99&citizenship=AZE&form=Nope&organisationId=1&overdue=false&sort=sideways',
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
      sort: undefined,
    });
  });

  it('writes back only what is set, and leaves the default order out', () => {
    expect(personFiltersToParams({ status: 'presumed', code: '', sort: 'newest' }).toString()).toBe(
      'status=presumed',
    );
    expect(personFiltersToParams({ overdue: 'true', sort: 'oldest' }).toString()).toBe(
      'overdue=true&sort=oldest',
    );
  });

  it('round-trips through the URL', () => {
    const query = 'status=not_victim&child=false&citizenship=UA&sort=code_desc';
    expect(personFiltersToParams(parse(query)).toString()).toBe(query);
  });

  it('asks for a page of 50 in the chosen order', () => {
    expect(personListQuery({ status: 'presumed', sort: 'oldest' })).toEqual({
      status: 'presumed',
      sort: 'oldest',
      limit: 50,
    });
  });
});
