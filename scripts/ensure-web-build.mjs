#!/usr/bin/env node
// Before `npm start`: build the web app when it has never been built or its sources changed
// since, so a fresh clone needs nothing but `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'packages/web');
const built = join(web, 'dist/index.html');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const sources = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(root, 'packages/contracts/src'),
];
if (existsSync(built) && newest(built) >= Math.max(...sources.filter(existsSync).map(newest)))
  process.exit(0);
console.log('Building the web app (first start or sources changed)…');
const r = spawnSync(
  join(root, 'node_modules/.bin/vite'),
  ['build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
