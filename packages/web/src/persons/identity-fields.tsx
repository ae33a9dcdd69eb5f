import { Fieldset, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../common/date-input.tsx';
import type { IdentityDraft } from './identity-draft.ts';
import { IdentityRows } from './identity-rows.tsx';

interface Props {
  value: IdentityDraft;
  onChange: (value: IdentityDraft) => void;
  /** Special-category fields only for roles allowed to reveal them. */
  withSensitive: boolean;
  serverErrors: Record<string, string>;
}

/** The sealed part of a person: stored encrypted, never in lists, shown only by a recorded action. */
export function IdentityFields({ value, onChange, withSensitive, serverErrors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<IdentityDraft>) => onChange({ ...value, ...patch });
  const err = (field: string) => serverErrors[`identity.${field}`];
  return (
    <Fieldset legend={t('personForm.identity')}>
      <Stack gap="sm">
        <Text size="sm">{t('personForm.identityHelp')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('identity.givenNames')}
            autoComplete="off"
            value={value.givenNames}
            onChange={(e) => set({ givenNames: e.currentTarget.value })}
            error={err('givenNames')}
          />
          <TextInput
            label={t('identity.familyName')}
            autoComplete="off"
            value={value.familyName}
            onChange={(e) => set({ familyName: e.currentTarget.value })}
            error={err('familyName')}
          />
          <TextInput
            label={t('identity.otherNames')}
            description={t('personForm.otherNamesHelp')}
            autoComplete="off"
            value={value.otherNames}
            onChange={(e) => set({ otherNames: e.currentTarget.value })}
            error={err('otherNames')}
          />
          <DateInput
            label={t('identity.birthDate')}
            value={value.birthDate}
            onChange={(value) => set({ birthDate: value })}
            error={err('birthDate') ?? serverErrors.birthYear}
          />
        </SimpleGrid>
        <IdentityRows
          legend={t('identity.documents')}
          rows={value.documents}
          onChange={(documents) => set({ documents })}
          empty={() => ({ type: '', number: '', issuingCountry: '' })}
          max={20}
          addLabel={t('personForm.addDocument')}
          removeLabel={(n) => t('personForm.removeDocument', { n })}
          renderRow={(row, setRow, n) => (
            <>
              <TextInput
                label={t('personForm.documentType', { n })}
                description={t('personForm.documentTypeHelp')}
                value={row.type}
                onChange={(e) => setRow({ ...row, type: e.currentTarget.value })}
              />
              <TextInput
                label={t('personForm.documentNumber', { n })}
                autoComplete="off"
                value={row.number}
                onChange={(e) => setRow({ ...row, number: e.currentTarget.value })}
              />
              <TextInput
                label={t('personForm.issuingCountry', { n })}
                description={t('personForm.issuingCountryHelp')}
                maxLength={2}
                w={140}
                value={row.issuingCountry}
                onChange={(e) => setRow({ ...row, issuingCountry: e.currentTarget.value })}
              />
            </>
          )}
        />
        <IdentityRows
          legend={t('identity.contacts')}
          rows={value.contacts}
          onChange={(contacts) => set({ contacts })}
          empty={() => ({ kind: '', value: '' })}
          max={20}
          addLabel={t('personForm.addContact')}
          removeLabel={(n) => t('personForm.removeContact', { n })}
          renderRow={(row, setRow, n) => (
            <>
              <TextInput
                label={t('personForm.contactKind', { n })}
                description={t('personForm.contactKindHelp')}
                value={row.kind}
                onChange={(e) => setRow({ ...row, kind: e.currentTarget.value })}
              />
              <TextInput
                label={t('personForm.contactValue', { n })}
                autoComplete="off"
                value={row.value}
                onChange={(e) => setRow({ ...row, value: e.currentTarget.value })}
              />
            </>
          )}
        />
        <IdentityRows
          legend={t('identity.addresses')}
          rows={value.addresses}
          onChange={(addresses) => set({ addresses })}
          empty={() => ''}
          max={10}
          addLabel={t('personForm.addAddress')}
          removeLabel={(n) => t('personForm.removeAddress', { n })}
          renderRow={(row, setRow, n) => (
            <Textarea
              label={t('personForm.address', { n })}
              autosize
              minRows={2}
              w={{ base: '100%', sm: 420 }}
              value={row}
              onChange={(e) => setRow(e.currentTarget.value)}
            />
          )}
        />
        <Textarea
          label={t('identity.notes')}
          autosize
          minRows={3}
          value={value.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          error={err('notes')}
        />
        {withSensitive ? (
          <Fieldset legend={t('identity.sensitive')} variant="unstyled">
            <Text size="sm" mb="xs">
              {t('personForm.sensitiveHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('identity.ethnicity')}
                value={value.ethnicity}
                onChange={(e) => set({ ethnicity: e.currentTarget.value })}
              />
              <TextInput
                label={t('identity.disability')}
                value={value.disability}
                onChange={(e) => set({ disability: e.currentTarget.value })}
              />
            </SimpleGrid>
          </Fieldset>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
