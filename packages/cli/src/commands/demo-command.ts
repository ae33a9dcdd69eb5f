import { demoPassword } from '../demo/demo-country.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { defaultScaleSeed, generateScaleCountry } from '../demo/scale/index.ts';
import { createScaleProgress, describeScaleSummary } from '../demo/scale/scale-progress.ts';
import { withRuntime } from '../runtime/open-runtime.ts';
import { UsageError } from '../usage-error.ts';

export interface DemoOptions {
  /** Number of synthetic persons to add after the demo country (benchmarks at national scale). */
  scale?: string;
  seed?: string;
}

/** `opennrm demo [--scale N [--seed S]]`: loads the demo country (idempotent), then scale data. */
export async function demoCommand(options: DemoOptions = {}): Promise<void> {
  const persons = options.scale === undefined ? null : wholeNumber('--scale', options.scale, 1);
  const seed = options.seed === undefined ? defaultScaleSeed : wholeNumber('--seed', options.seed, 0);
  if (persons === null && options.seed !== undefined) throw new UsageError('--seed goes with --scale.');
  await withRuntime(async (runtime) => {
    const added = await loadDemo(runtime.deps);
    console.log(
      `Demo country loaded: ${added.organisations} organisations, ${added.users} users and ${added.persons} persons added.`,
    );
    if (persons !== null) {
      const progress = createScaleProgress(persons);
      const summary = await generateScaleCountry(runtime, {
        persons,
        seed,
        deps: runtime.deps,
        onProgress: progress.update,
      });
      progress.done();
      console.log(describeScaleSummary(summary));
    }
    console.log(`Demo users sign in with the password ${demoPassword}.`);
  });
}

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`${option} must be a whole number${min > 0 ? `, ${min} or more` : ''}: ${value}`);
  return n;
}
