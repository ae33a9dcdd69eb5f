import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  getCountryReportReleaseFileRoute,
  listCountryReportReleasesRoute,
  releaseCountryReportRoute,
} from '@opennrm/contracts';
import {
  type CountryReportRelease,
  downloadCountryReportReleaseFile,
  listCountryReportReleases,
  releaseCountryReport,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { countryReportRenderers } from '../country-report/country-report-renderers.ts';

/** A release as the API shows it: who released it by name only (the user id is in the audit trail). */
function presentCountryReportRelease(release: CountryReportRelease) {
  return {
    ...release,
    releasedAt: release.releasedAt.toISOString(),
    releasedBy: { name: release.releasedBy.name },
    files: release.files.map((file) => ({ ...file })),
  };
}

export function registerCountryReportReleaseRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listCountryReportReleasesRoute, async (c) => {
    const releases = await listCountryReportReleases(ctxOf(c), c.req.valid('query'));
    return c.json({ releases: releases.map(presentCountryReportRelease) }, 200);
  });

  app.openapi(releaseCountryReportRoute, async (c) => {
    const release = await releaseCountryReport(ctxOf(c), c.req.valid('json'), countryReportRenderers);
    return c.json({ release: presentCountryReportRelease(release) }, 201);
  });

  app.openapi(getCountryReportReleaseFileRoute, async (c) => {
    const { id, name } = c.req.valid('param');
    const { release, file, bytes } = await downloadCountryReportReleaseFile(ctxOf(c), {
      releaseId: id,
      name,
    });
    // The stored bytes, exactly; the hashes let the reader check them (sha256sum -c SHA256SUMS).
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.name}"`,
        'x-opennrm-sha256': file.sha256,
        'x-opennrm-release-sha256': release.sha256,
        // Exact national figures: never kept by a shared cache.
        'cache-control': 'private, no-store',
      },
    });
  });
}
