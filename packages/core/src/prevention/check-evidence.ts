import type { Ctx } from '../context.ts';
import { tables } from '../statistics/catalogue.ts';
import { invalid } from '../support/errors.ts';
import type { EvidenceLink } from './action-plan.ts';

/**
 * Evidence links name a statistics table of the catalogue, a prevention record by id, or a
 * document by an http(s) address. A record link says only that a record exists: it opens nothing
 * (each record's page asks the policy again), and no person can be linked.
 */
export async function checkEvidence(_ctx: Ctx, links: readonly EvidenceLink[]): Promise<EvidenceLink[]> {
  if (links.length > 50) throw invalid('At most 50 evidence links.', { fields: { evidence: 'too_many' } });
  return links.map((link, i) => {
    const field = `evidence.${i}`;
    switch (link.kind) {
      case 'statistic':
        if (!tables.some((t) => t.key === link.tableKey))
          throw invalid('Unknown statistics table.', { fields: { [field]: 'unknown' } });
        return {
          kind: 'statistic',
          tableKey: link.tableKey,
          ...(link.row ? { row: link.row } : {}),
          ...(link.column ? { column: link.column } : {}),
        };
      case 'record':
        if (!/^[0-9a-f-]{36}$/i.test(link.id))
          throw invalid('Unknown record.', { fields: { [field]: 'invalid' } });
        return { kind: 'record', recordType: link.recordType, id: link.id };
      case 'document':
        if (!/^https?:\/\/\S+$/.test(link.url))
          throw invalid('A document is linked by its http(s) address.', { fields: { [field]: 'invalid' } });
        return { kind: 'document', url: link.url.slice(0, 500), label: link.label.trim().slice(0, 200) };
    }
    throw invalid('Unknown evidence.', { fields: { [field]: 'invalid' } });
  });
}
