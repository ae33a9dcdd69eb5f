import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  getReleaseFileRoute,
  getReleaseRoute,
  listReleasesRoute,
  publishReleaseRoute,
} from '@opennrm/contracts';
import {
  downloadReleaseFile,
  getStatisticsRelease,
  listStatisticsReleases,
  publishStatisticsRelease,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { presentRelease, presentReleaseSummary } from '../presenters/statistics-release-presenters.ts';
import { renderReleaseFiles } from '../releases/render-release-files.ts';

export function registerStatisticsReleaseRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listReleasesRoute, async (c) => {
    const releases = await listStatisticsReleases(ctxOf(c));
    return c.json({ releases: releases.map(presentReleaseSummary) }, 200);
  });

  app.openapi(publishReleaseRoute, async (c) => {
    const { dataset, ...body } = c.req.valid('json');
    const release = await publishStatisticsRelease(
      ctxOf(c),
      { ...body, datasetId: dataset },
      renderReleaseFiles,
    );
    // Cells named in the release's first language (the one the form was sent in).
    return c.json({ release: presentRelease(release, body.locales[0]) }, 201);
  });

  app.openapi(getReleaseRoute, async (c) => {
    const release = await getStatisticsRelease(ctxOf(c), c.req.valid('param').id);
    return c.json({ release: presentRelease(release, c.req.valid('query').locale ?? 'en') }, 200);
  });

  app.openapi(getReleaseFileRoute, async (c) => {
    const { id, name } = c.req.valid('param');
    const { release, file } = await downloadReleaseFile(ctxOf(c), id, name);
    // The stored bytes, exactly; the hashes let the reader check them (sha256sum -c SHA256SUMS).
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.name}"`,
        'x-opennrm-sha256': file.sha256,
        'x-opennrm-release-sha256': release.sha256,
        // Never changes: a correction is another release with other names.
        'cache-control': 'private, max-age=31536000, immutable',
      },
    });
  });
}
