import { signIn } from '../auth/sign-in.ts';
import type { StartedSession } from '../auth/start-session.ts';

/** signIn for tests of users without a second factor: the session, or a failure saying why not. */
export async function signInWithPassword(...args: Parameters<typeof signIn>): Promise<StartedSession> {
  const result = await signIn(...args);
  if (result.step !== 'signed_in') throw new Error('This user has a second factor: complete it.');
  return result;
}
