/**
 * The policy index.html carries as a <meta http-equiv> (so dist/ has it on
 * any static host) is the one the shipped server configuration
 * (deploy/nginx.conf, copied into the README and docs/deploy.md) sends as a
 * header, apart from what a meta tag cannot carry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/readSharedGeo';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d]));
const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(REPO_ROOT, 'index.html'), 'utf8'))?.[1];
const headerPolicy = /add_header Content-Security-Policy "([^"]+)"/.exec(readFileSync(join(REPO_ROOT, 'deploy/nginx.conf'), 'utf8'))?.[1];

describe('the Content-Security-Policy meta tag', () => {
  it('is in index.html, before any script', () => {
    const html = readFileSync(join(REPO_ROOT, 'index.html'), 'utf8');
    expect(metaPolicy).toBeDefined();
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });

  it('has every directive of the documented header that a meta tag can carry, and nothing looser', () => {
    const meta = directives(metaPolicy!);
    expect(headerPolicy).toBeDefined();
    const header = directives(headerPolicy!);
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) header.delete(name);
    expect(meta).toEqual(header);
    expect(metaPolicy).not.toMatch(/unsafe-(inline|eval)/);
  });
});
