import fc from 'fast-check';

/** A JSON Schema node of the OpenAPI document, as @hono/zod-openapi writes it. */
export type JsonSchema = { [key: string]: unknown };

/**
 * Values that mostly satisfy a route's schema, read from the OpenAPI document, so a test can
 * send every route requests that pass validation but for one planted flaw. Covers what our
 * contracts use (refs, allOf/anyOf/oneOf, enums, formats, patterns, ranges, records); where a
 * value misses a rule the request is refused earlier, which a property test tolerates.
 */
export function arbitraryFromSchema(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  const next = (s: unknown) => arbitraryFromSchema(s as JsonSchema, components, depth + 1);
  if (depth > 8) return fc.constant(null);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return next(components[name] ?? {});
  }
  if (Array.isArray(schema.allOf))
    return next(Object.assign({}, ...schema.allOf.map((s) => resolve(s, components))));
  const alternatives = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map(next));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => next({ ...schema, type })));
  switch (schema.type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
    case 'number':
      return fc.integer({
        min: typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : 0,
        max: typeof schema.maximum === 'number' ? Math.floor(schema.maximum) : 1000,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return fc.array(next(schema.items ?? {}), { minLength, maxLength: Math.max(minLength, 3) });
    }
    case 'object':
      return objectFor(schema, next);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  if (typeof schema.$ref !== 'string') return schema;
  return components[schema.$ref.replace('#/components/schemas/', '')] ?? {};
}

function objectFor(schema: JsonSchema, next: (s: unknown) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  if (Object.keys(properties).length === 0 && schema.additionalProperties) {
    const values = schema.additionalProperties === true ? {} : schema.additionalProperties;
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), next(values), { maxKeys: 3 });
  }
  const required = new Set((schema.required ?? []) as string[]);
  return fc.record(Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, next(s)])), {
    requiredKeys: Object.keys(properties).filter((key) => required.has(key)),
  });
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.stringMatching(/^[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,8}\.org$/);
    case 'date':
      return isoDate().map((d) => d.slice(0, 10));
    case 'date-time':
      return isoDate();
  }
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, minLength + 40);
  // Letters and inner spaces: trimmed text keeps its length, names normalise to something.
  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzƏəÇçАаЯя');
  return fc
    .string({ unit: letters, minLength: Math.max(minLength, 1), maxLength: Math.max(maxLength, 1) })
    .map((s) => (s.length > 2 ? `${s.slice(0, 1)} ${s.slice(2)}` : s));
}

function isoDate(): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());
}
