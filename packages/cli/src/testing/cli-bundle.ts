import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../../../../', import.meta.url).pathname;
const entry = join(root, 'packages/cli/src/bin.ts');
/**
 * Beside open-runtime.ts on purpose: the few paths our code resolves from import.meta.url
 * (the web build, the root package.json) are relative to files four levels below the root, and
 * resolve the same from here.
 */
const bundle = join(root, 'packages/cli/src/runtime/opennrm.test-bundle.mjs');

/** npm packages stay outside the bundle (native addons, WASM, their own assets); ours go in. */
function externalPackages(): string[] {
  const names = new Set<string>();
  for (const pkg of ['core', 'db', 'server', 'cli', 'contracts']) {
    const json = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const name of Object.keys(json.dependencies ?? {})) {
      if (!name.startsWith('@opennrm/')) names.add(name);
    }
  }
  return [...names].flatMap((name) => [name, `${name}/*`]);
}

let built: Promise<string> | undefined;

/**
 * The command line as one ES module of our code, built once per test process. Spawning it
 * starts in about a quarter of the time `node --import tsx` takes (tsx resolves and transforms
 * hundreds of files at every start), which the CLI tests pay dozens of times. Same sources,
 * same Node; `npm start` itself still runs through tsx, and one test starts it that way.
 */
export function cliBundle(): Promise<string> {
  built ??= (async () => {
    // Several test processes build at once: each writes its own file and renames it in place.
    const temporary = `${bundle}.${process.pid}.tmp`;
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Node 20.10+ reads `import x from 'y.json' with { type: 'json' }` of an external package;
      // esbuild's table for node20 would drop the attribute, and Node then refuses the import.
      supported: { 'import-attributes': true },
      external: externalPackages(),
      outfile: temporary,
      logLevel: 'warning',
    });
    renameSync(temporary, bundle);
    return bundle;
  })();
  return built;
}
