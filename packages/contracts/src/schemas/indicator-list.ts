import { z } from '@hono/zod-openapi';
import { dimensionRoles, provenanceStatuses } from '@opennrm/core/screening';
import { text } from './common.ts';
import { IsoDate } from './person.ts';

const Localized = z.object({ en: z.string(), az: z.string(), ru: z.string() });

const SourceReference = z.object({ publication: z.string(), page: z.string().nullable() });
/** Who checked the version against which document, and when (null `by`: OpenNRM's maintainers). */
export const ListVerification = z
  .object({
    by: z.string().nullable(),
    byName: z.string(),
    at: z.string(),
    document: z.string(),
    page: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('IndicatorListVerification');
/** Where a list comes from and how sure we are (docs/standards/indicators.md, "Provenance"). */
export const ListProvenance = z
  .object({
    source: SourceReference.nullable(),
    derivedFrom: z.string().optional(),
    note: Localized.optional(),
    verification: ListVerification.optional(),
  })
  .openapi('IndicatorListProvenance');
const IndicatorProvenance = z.object({
  status: z.enum(provenanceStatuses),
  source: SourceReference.optional(),
  derivedFrom: z.string().optional(),
  review: Localized.optional(),
});

/** The stored form of an indicator list (validated in full by core's validateIndicatorList). */
export const IndicatorList = z
  .object({
    key: z.string(),
    version: z.int(),
    title: Localized,
    description: Localized,
    population: z.enum(['adult', 'child', 'any']),
    exploitation: z.enum(['labour', 'sexual', 'any']),
    rule: z.enum(['ilo_ec_2009', 'presence_only']),
    dimensions: z.array(z.object({ key: z.string(), role: z.enum(dimensionRoles), title: Localized })),
    indicators: z.array(
      z.object({
        key: z.string(),
        dimension: z.string(),
        strength: z.enum(['strong', 'medium', 'weak']).nullable(),
        label: Localized,
        help: Localized.optional(),
        provenance: IndicatorProvenance.optional(),
      }),
    ),
    provenance: ListProvenance.optional(),
    /** The version's status as a whole (core's listStatusOf): verified only if every item is. */
    status: z.enum(provenanceStatuses),
    /** Keys of items flagged for review and not settled by a verification. */
    underReview: z.array(z.string()),
  })
  .openapi('IndicatorList');

export const IndicatorListSummary = IndicatorList.pick({
  key: true,
  version: true,
  title: true,
  population: true,
  exploitation: true,
  rule: true,
  provenance: true,
  status: true,
  underReview: true,
}).openapi('IndicatorListSummary');

export const IndicatorListsResponse = z.object({ lists: z.array(IndicatorListSummary) });
export const IndicatorListResponse = z.object({ list: IndicatorList });
/** A country's own list as an administrator uploads it; the version is assigned on load. */
export const LoadIndicatorListBody = z.record(z.string(), z.unknown()).openapi('LoadIndicatorList');
export const IndicatorListParams = z.object({
  key: z
    .string()
    .max(100)
    .openapi({ param: { name: 'key', in: 'path' } }),
});
export const IndicatorListQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export const IndicatorListVersionParams = IndicatorListParams.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'version', in: 'path' } }),
});
/** An administrator's record that a version matches a document, item by item. */
export const VerifyIndicatorListBody = z
  .strictObject({
    document: text(500),
    page: text(100).nullable().optional(),
    note: text(2000).nullable().optional(),
    flaggedItemsChecked: z.boolean().optional(),
  })
  .openapi('VerifyIndicatorList');

export const IdentificationSettings = z
  .object({
    countryCode: z.string().regex(/^[A-Z]{2}$/),
    firstDecisionWorkingDays: z.int().min(1).max(90),
    holidays: z.array(IsoDate).max(100),
  })
  .openapi('IdentificationSettings');
export const UpdateIdentificationSettingsBody = IdentificationSettings.partial()
  .strict()
  .openapi('UpdateIdentificationSettings');
