import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2 A and AA violations that would stop or seriously hinder someone, printed in full. */
export async function seriousViolations(page: Page, name: string): Promise<string[]> {
  // A popover or drawer still fading in has the colours of its opacity: axe would measure the
  // contrast of a frame nobody reads. Let every finite transition end first (a spinner never does).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length) {
    console.error(
      `axe on ${name}:\n${serious
        .map(
          (v) =>
            `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes
              .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
              .join('\n')}`,
        )
        .join('\n')}`,
    );
  }
  return serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
