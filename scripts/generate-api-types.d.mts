/** Types of scripts/generate-api-types.mjs, for the test that holds the committed file to it. */
export declare const generatedPath: string;
/** The whole text of packages/web/src/api/generated/openapi.d.ts, made in memory. */
export declare function generateApiTypes(): Promise<string>;
export declare function readCommittedApiTypes(): string;
