import { Anchor, Paper, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../i18n/format.ts';
import { usePersonCount } from '../persons/person-queries.ts';

/**
 * Work lists first (docs/design.md): how many persons, how many presumed victims await a decision and
 * how many decisions are overdue, each a link to the list filtered that way.
 */
export function PersonsSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const all = usePersonCount({});
  const presumed = usePersonCount({ status: 'presumed' });
  const overdue = usePersonCount({ overdue: 'true' });
  const cards = [
    { key: 'persons', to: '/persons', count: all.data, label: 'home.personsCount' },
    { key: 'presumed', to: '/persons?status=presumed', count: presumed.data, label: 'home.presumedCount' },
    { key: 'overdue', to: '/persons?overdue=true', count: overdue.data, label: 'home.overdueCount' },
  ] as const;
  if (cards.every((card) => card.count === undefined)) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {cards.map((card) =>
        card.count === undefined ? null : (
          <Paper key={card.key} withBorder p="md" data-testid={`summary-${card.key}`}>
            <Anchor component={Link} to={card.to} fw={600}>
              {t(card.label, { total: format.number(card.count) })}
            </Anchor>
          </Paper>
        ),
      )}
    </SimpleGrid>
  );
}
