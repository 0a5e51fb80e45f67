/**
 * The server configurations in README.md and docs/deploy.md are the files in
 * deploy/ that tests/e2e/server.spec.ts runs, word for word; and the CSP they
 * send is the policy the end-to-end tests hold the app to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../e2e/helpers';

const read = (path: string) => readFileSync(path, 'utf8');
const fenced = (markdown: string, language: string) => [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

describe('documented server configurations', () => {
  for (const doc of ['README.md', 'docs/deploy.md']) {
    it(`${doc} shows deploy/nginx.conf and deploy/Caddyfile as they are`, () => {
      expect(fenced(read(doc), 'nginx')).toEqual([read('deploy/nginx.conf')]);
      expect(fenced(read(doc), 'caddyfile')).toEqual([read('deploy/Caddyfile')]);
    });
  }

  it('both send the CSP the app is tested under', () => {
    expect(read('deploy/nginx.conf')).toContain(`add_header Content-Security-Policy "${STRICT_CSP}" always;`);
    expect(read('deploy/Caddyfile')).toContain(`Content-Security-Policy "${STRICT_CSP}"`);
  });
});
