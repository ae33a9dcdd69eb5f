import { createRoute, z } from '@hono/zod-openapi';
import { errors, json } from './route-helpers.ts';

export const todayItemKeys = [
  'decisions_overdue',
  'referrals_to_answer',
  'referrals_to_answer_overdue',
  'alerts_to_acknowledge',
  'unread_messages',
  'reflection_periods_ending',
] as const;

export const TodayResponse = z
  .object({
    items: z.array(z.object({ key: z.enum(todayItemKeys), count: z.int() })),
  })
  .openapi('Today');

export const getTodayRoute = createRoute({
  method: 'get',
  path: '/api/me/today',
  tags: ['me'],
  summary: 'What needs my organisation now: counts of the work lists my role may open',
  responses: { 200: json(TodayResponse, 'The counts.'), ...errors() },
});
