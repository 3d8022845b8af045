import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy('https://giscus.app'));

  it('lets giscus run scripts and frames', () => {
    assert.ok(policy.get('script-src')?.includes('https://giscus.app'));
    assert.deepEqual(policy.get('frame-src'), ['https://giscus.app']);
  });

  it('names no other host anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources.filter((s) => s.includes('.') || s.includes('//'))) {
        assert.equal(source, 'https://giscus.app', `${name} allows ${source}`);
      }
    }
  });

  it('falls back to the site itself and blocks plugins', () => {
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
  });

  it('uses the origin of a self-hosted giscus', () => {
    const own = directives(contentSecurityPolicy('https://comments.example.org'));
    assert.deepEqual(own.get('frame-src'), ['https://comments.example.org']);
  });

  it('allows no frames and no third-party script when comments are off', () => {
    const off = directives(contentSecurityPolicy(undefined));
    assert.deepEqual(off.get('frame-src'), ["'none'"]);
    assert.ok(!off.get('script-src')?.some((source) => source.includes('giscus')));
  });
});
