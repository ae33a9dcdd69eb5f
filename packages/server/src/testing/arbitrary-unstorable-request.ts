import fc from 'fast-check';
import { arbitraryFromSchema, type JsonSchema } from './arbitrary-from-schema.ts';
import { plantUnstorableText } from './plant-unstorable-text.ts';

export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export type Place = 'body' | 'query' | 'path';

export interface PlantedRequest {
  method: string;
  /** The route as the document names it, e.g. /api/persons/{id}. */
  route: string;
  url: string;
  /** JSON text, or undefined for no body. */
  body: string | undefined;
  place: Place;
}

/** NUL in all its positions; a URL cannot carry an unpaired surrogate, a JSON body can. */
const nulVariants = ['\u0000', 'a\u0000', '\u0000\u0000', '%00\u0000'];
const bodyVariants = [...nulVariants, '\uD800', 'x\uDC00'];

/**
 * Requests to every route of the OpenAPI document (every one that takes a body, a query or a
 * path parameter) built from its own schemas, with text PostgreSQL cannot store planted in
 * exactly one place: a body string, a body key, a body number turned string, a query value or
 * a path parameter. A route added to the contracts is in here without anyone adding it.
 */
export function arbitraryUnstorableRequest(doc: OpenApiDoc): fc.Arbitrary<PlantedRequest> {
  const components = doc.components?.schemas ?? {};
  const arb = (schema: JsonSchema | undefined) => arbitraryFromSchema(schema ?? {}, components);
  const operations = Object.entries(doc.paths).flatMap(([route, ops]) =>
    Object.entries(ops).map(([method, operation]) => {
      const params = operation.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const body = operation.requestBody?.content?.['application/json']?.schema;
      const places: Place[] = [
        ...(body ? (['body'] as const) : []),
        ...(queryParams.length > 0 ? (['query'] as const) : []),
        ...(pathParams.length > 0 ? (['path'] as const) : []),
      ];
      const op = { route, method: method.toUpperCase(), pathParams, queryParams, body, places };
      // Built once per route, not per request: reading the schemas is most of the cost.
      return places.length === 0
        ? null
        : fc.record({
            op: fc.constant(op),
            place: fc.constantFrom(...places),
            pathValues: fc.tuple(...pathParams.map((p) => arb(p.schema))),
            query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, arb(p.schema)])), {
              requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
            }),
            body: body ? arb(body) : fc.constant(undefined),
            nul: fc.constantFrom(...nulVariants),
            bad: fc.constantFrom(...bodyVariants),
            pick: fc.nat(),
            at: fc.nat(),
          });
    }),
  );
  return fc
    .oneof(...operations.filter((arbitrary) => arbitrary !== null))
    .map(({ op, place, pathValues, query, body, nul, bad, pick, at }) => {
      const path = pathValues.map((v) => String(v));
      const search = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)]));
      if (place === 'path') {
        const i = pick % path.length;
        path[i] = insert(path[i] ?? '', nul, at);
      }
      if (place === 'query') {
        const name = op.queryParams[pick % op.queryParams.length]?.name ?? 'q';
        search[name] = insert(search[name] ?? 'x', nul, at);
      }
      let i = 0;
      const filled = op.route.replace(/\{[^}]+\}/g, () => encodeURIComponent(reachable(path[i++] ?? '')));
      const qs = new URLSearchParams(search).toString();
      const planted = place === 'body' ? plantUnstorableText(body, bad, pick, at) : body;
      return {
        method: op.method,
        route: op.route,
        url: qs ? `${filled}?${qs}` : filled,
        body: planted === undefined ? undefined : JSON.stringify(planted),
        place,
      };
    });
}

/**
 * A path segment that URL parsing removes ("", ".", "..") never reaches the route: the request
 * would be a 404 for a path the API does not have, not the planted text's test.
 */
function reachable(segment: string): string {
  return segment === '' || segment === '.' || segment === '..' ? `x${segment}` : segment;
}

function insert(text: string, bad: string, at: number): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + bad + text.slice(i);
}
