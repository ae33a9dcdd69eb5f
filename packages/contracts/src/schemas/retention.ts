import { z } from '@hono/zod-openapi';
import { erasureBases, holdKinds, retentionRecordTypes } from '@opennrm/core/vocabulary';
import { Timestamp, text } from './common.ts';

export const RetentionRule = z
  .strictObject({
    years: z.number().int().min(1).max(100),
    legalBasis: text(1000),
  })
  .openapi('RetentionRule');

const Rules = z.strictObject(
  Object.fromEntries(retentionRecordTypes.map((t) => [t, RetentionRule])) as Record<
    (typeof retentionRecordTypes)[number],
    typeof RetentionRule
  >,
);

export const RetentionSettings = z
  .strictObject({
    enabled: z.boolean().openapi({ description: 'Whether the daily run applies the rules.' }),
    rules: Rules,
  })
  .openapi('RetentionSettings');

export const RetentionSettingsUpdate = z
  .strictObject({ enabled: z.boolean().optional(), rules: Rules.partial().optional() })
  .openapi('RetentionSettingsUpdate');

const HoldKind = z.enum(holdKinds);

export const RetentionPlan = z
  .strictObject({
    asOf: Timestamp,
    enabled: z.boolean(),
    rules: Rules,
    persons: z.strictObject({
      due: z.number().int(),
      held: z.number().int(),
      dueCodes: z.array(z.string()),
      heldCodes: z.array(z.strictObject({ code: z.string(), holds: z.array(HoldKind) })),
    }),
    hotlineContacts: z.number().int(),
    defendants: z.number().int(),
    notifications: z.number().int(),
  })
  .openapi('RetentionPlan');

/** A person's code (NRM-2026-000123): what the administrator and the officer work with. */
export const PersonCode = z
  .string()
  .max(60)
  .regex(/^[A-Za-z0-9-]+$/, 'a person code');

export const CodeParams = z.object({ code: PersonCode.openapi({ param: { name: 'code', in: 'path' } }) });

export const LegalHoldInput = z.strictObject({ reason: text(500) });

export const LegalHolds = z
  .strictObject({
    holds: z.array(
      z.strictObject({ code: z.string(), reason: z.string(), setBy: z.string(), setAt: Timestamp }),
    ),
  })
  .openapi('LegalHolds');

/** A reference in the officer's register of requests: a code, never a name. */
const RequestReference = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._/-]+$/, 'letters, digits and . _ / - only (a register reference, not a name)');

export const ErasureRequest = z
  .strictObject({ code: PersonCode, legalBasis: z.enum(erasureBases), requestReference: RequestReference })
  .openapi('ErasureRequest');

export const ErasureResult = z.strictObject({ erasedAt: Timestamp }).openapi('ErasureResult');

export const SubjectAccessRequest = z
  .strictObject({ code: PersonCode, requestReference: RequestReference })
  .openapi('SubjectAccessRequest');
