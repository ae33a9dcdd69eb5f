import { demoPassword } from '../demo/demo-country.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { withRuntime } from '../runtime/open-runtime.ts';

/** `opennrm demo`: loads the demo country into this installation (idempotent). */
export async function demoCommand(): Promise<void> {
  await withRuntime(async ({ deps }) => {
    const added = await loadDemo(deps);
    console.log(
      `Demo country loaded: ${added.organisations} organisations, ${added.users} users and ${added.persons} persons added.`,
    );
    console.log(`Demo users sign in with the password ${demoPassword}.`);
  });
}
