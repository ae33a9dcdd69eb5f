import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { setUnauthenticatedHandler, unwrap } from './client.ts';

/** What openapi-fetch resolves to: the parsed body as data or error, and the response. */
function answer(status: number, body?: unknown) {
  const response = new Response(body === undefined ? null : JSON.stringify(body), { status });
  return Promise.resolve(response.ok ? { data: body, response } : { error: body, response });
}

async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => setUnauthenticatedHandler(null));

describe('unwrap', () => {
  it('gives the data of a successful answer', async () => {
    expect(await unwrap(answer(200, { marked: 2 }))).toEqual({ marked: 2 });
  });

  it("turns the server's error body into an ApiError with its code, message and details", async () => {
    const body = { error: { code: 'validation_failed', message: 'Check the form.', details: { a: 1 } } };
    const error = await failure(unwrap(answer(400, body)));
    expect([error.status, error.code, error.message, error.details]).toEqual([
      400,
      'validation_failed',
      'Check the form.',
      { a: 1 },
    ]);
  });

  it('names answers without a JSON body by their status (a proxy error)', async () => {
    expect((await failure(unwrap(answer(502)))).code).toBe('internal');
    expect((await failure(unwrap(answer(429)))).code).toBe('rate_limited');
  });

  it('sends the user to sign in on 401, except where 401 is an expected answer', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    await failure(unwrap(answer(401)));
    expect(handler).toHaveBeenCalledTimes(1);
    await failure(unwrap(answer(401), { ignoreUnauthenticated: true }));
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure as status 0 and lets an abort through as it is', async () => {
    const offline = await failure(unwrap(Promise.reject(new TypeError('Failed to fetch'))));
    expect([offline.status, offline.code]).toEqual([0, 'network']);
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    await expect(unwrap(Promise.reject(abort))).rejects.toBe(abort);
  });
});
