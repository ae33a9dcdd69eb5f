import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { ru } from '../i18n/ru.ts';
import { fieldErrorMessage } from './field-error-message.ts';

const translator = async (lng: 'en' | 'ru') => {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { en: { translation: en }, ru: { translation: ru } } });
  return instance.t;
};

describe('what a user reads for a refused field', () => {
  it('names the field when the server says it is required and the label is known', async () => {
    const t = await translator('en');
    expect(fieldErrorMessage(t, 'required', 'Date admitted')).toBe('Fill in “Date admitted”.');
    expect(fieldErrorMessage(t, 'required')).toBe('Fill this in.');
    expect(fieldErrorMessage(await translator('ru'), 'required', 'Дата')).toBe('Заполните поле «Дата».');
  });

  it("says a domain's own code as invalid and passes any other text through", async () => {
    const t = await translator('en');
    expect(fieldErrorMessage(t, 'future')).toBe(t('fieldErrors.future'));
    expect(fieldErrorMessage(t, 'exceeds_budget_line')).toBe(t('fieldErrors.invalid'));
    expect(fieldErrorMessage(t, 'exceeds_budget_line')).not.toContain('exceeds');
    expect(fieldErrorMessage(t, 'Must be after the admission.')).toBe('Must be after the admission.');
  });
});
