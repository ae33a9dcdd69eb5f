import { Button, Group, Stack, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Gender, PersonSummary } from '../api/types.ts';
import { RequirePermission } from '../auth/require-permission.tsx';
import { useSession } from '../auth/session.ts';
import { ErrorAlert } from '../common/error-alert.tsx';
import { ErrorSummary } from '../common/error-summary.tsx';
import { can } from '../common/permissions.ts';
import { useFieldErrors } from '../common/use-field-errors.ts';
import { usePageTitle } from '../common/use-page-title.ts';
import { type AttributeProblem, attributesInput, emptyAttributes } from './attributes-draft.ts';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { emptyIdentityDraft, fullNameOf, hasIdentity, identityInput } from './identity-draft.ts';
import { IdentityFields } from './identity-fields.tsx';
import { PersonAttributesFields } from './person-attributes-fields.tsx';
import { PersonCreated } from './person-created.tsx';
import { useCreatePerson } from './person-queries.ts';
import {
  type DuplicateProbe,
  possibleDuplicatesOf,
  probeKey,
  refusedProbeOf,
} from './possible-duplicates.ts';
import { useAttributeSummary } from './use-attribute-summary.ts';
import { useEarlyDuplicateCheck } from './use-early-duplicate-check.ts';

export function PersonCreatePage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.new'));
  return (
    <RequirePermission permission="person:create">
      <CreatePerson />
    </RequirePermission>
  );
}

function CreatePerson() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { permissions } = useSession();
  const create = useCreatePerson();
  const [attributes, setAttributes] = useState(emptyAttributes);
  const [identity, setIdentity] = useState(emptyIdentityDraft);
  const [problems, setProblems] = useState<AttributeProblem[]>([]);
  const [created, setCreated] = useState<PersonSummary | null>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const serverErrors = useFieldErrors(create.error);
  const withSensitive = can(permissions, 'person_sensitive:reveal');
  const early = useEarlyDuplicateCheck(fullNameOf(identity), identity.birthDate);
  const refused = possibleDuplicatesOf(create.error);
  // A request to contact the holder after the refusal names exactly what the server checked.
  const refusedProbe = refused && create.variables ? refusedProbeOf(create.variables) : null;
  // One request to contact per name and date: the holder is not notified twice for one person.
  const [contacted, setContacted] = useState<{ key: string; sent: boolean } | null>(null);
  const contactFor = (probe: DuplicateProbe | null) => {
    const key = probe ? probeKey(probe) : '';
    return {
      sent: contacted && contacted.key === key ? contacted.sent : null,
      onSent: (sent: boolean) => setContacted({ key, sent }),
    };
  };
  // What was wrong at the last try and still is: fixing a field clears its message at once.
  const now = attributesInput(attributes).problems;
  const stillWrong = problems.filter((problem) => now.includes(problem));
  const summary = useAttributeSummary(stillWrong, attributes);
  // After a failed submit the user is taken to what went wrong, as a page reload would.
  const focusFeedback = () => requestAnimationFrame(() => feedback.current?.focus());

  const send = (confirmDuplicates: boolean) => {
    const result = attributesInput(attributes);
    setProblems(result.problems);
    if (result.problems.length > 0) return focusFeedback();
    const sealed = identityInput(identity, withSensitive);
    create.mutate(
      {
        ...result.input,
        gender: result.input.gender as Gender,
        ...(hasIdentity(sealed) ? { identity: sealed } : {}),
        ...(confirmDuplicates ? { confirmDuplicates: true } : {}),
      },
      {
        onSuccess: ({ person }) => {
          // Hotline operators may register but not read: no redirect to a page they cannot open.
          if (can(permissions, 'person:read'))
            navigate(`/persons/${person.id}`, { state: { created: true } });
          else setCreated(person);
        },
        onError: focusFeedback,
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };

  if (created) {
    const again = () => {
      setCreated(null);
      setAttributes(emptyAttributes());
      setIdentity(emptyIdentityDraft());
      setContacted(null);
      create.reset();
    };
    return <PersonCreated person={created} onAnother={again} />;
  }

  return (
    <Stack>
      <Title order={1}>{t('persons.new')}</Title>
      <form onSubmit={submit} noValidate data-testid="person-form">
        <Stack maw={900}>
          <div ref={feedback} tabIndex={-1}>
            <ErrorSummary items={summary} />
            {refused ? (
              <DuplicateWarning
                duplicates={refused}
                probe={refusedProbe}
                contact={contactFor(refusedProbe)}
                onConfirm={() => send(true)}
                busy={create.isPending}
              />
            ) : (
              <ErrorAlert error={create.error} />
            )}
          </div>
          <PersonAttributesFields
            value={attributes}
            onChange={setAttributes}
            problems={stillWrong}
            serverErrors={serverErrors}
          />
          <IdentityFields
            value={identity}
            onChange={setIdentity}
            withSensitive={withSensitive}
            serverErrors={serverErrors}
          />
          {refused ? null : (
            // Keyed by what was checked: another name or date starts again (a new request to send).
            <DuplicateWarning
              key={early.key}
              duplicates={early.duplicates}
              probe={early.probe}
              contact={contactFor(early.probe)}
            />
          )}
          <Group>
            <Button type="submit" loading={create.isPending && !refused}>
              {t('common.create')}
            </Button>
            <Button variant="default" onClick={() => navigate('/persons')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
