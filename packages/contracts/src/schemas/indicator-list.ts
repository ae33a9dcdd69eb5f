import { z } from '@hono/zod-openapi';
import { dimensionRoles } from '@opennrm/core/screening';
import { IsoDate } from './person.ts';

const Localized = z.object({ en: z.string(), az: z.string(), ru: z.string() });

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
      }),
    ),
  })
  .openapi('IndicatorList');

export const IndicatorListSummary = IndicatorList.pick({
  key: true,
  version: true,
  title: true,
  population: true,
  exploitation: true,
  rule: true,
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
