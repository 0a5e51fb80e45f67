/**
 * A build step that writes a brotli (.br) and a gzip (.gz) copy beside every
 * file in the output folder, so a server sends them as they are (nginx
 * `gzip_static`/`brotli_static`, Caddy `precompressed`) instead of compressing
 * on each request, at the strongest settings, which no server does on the fly.
 *
 * It runs last and walks the folder, because files come from three places:
 * the bundle, the public folder (the data build's output) and plugins that
 * write after the bundle (the service worker).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Already compressed, or a copy we wrote. */
const SKIP = /\.(br|gz|png|jpe?g|webp|avif|woff2?|zip)$/i;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !SKIP.test(e.name)).map((e) => join(e.parentPath, e.name));
}

export async function precompressFolder(dir: string): Promise<number> {
  const files = await filesUnder(dir);
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gzipAsync(bytes, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    }),
  );
  return files.length;
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'bbv-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const count = await precompressFolder(outDir);
        this.info(`wrote brotli and gzip copies of ${count} files in ${outDir}`);
      },
    },
  };
}
