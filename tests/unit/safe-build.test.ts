import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { leftovers, lockHolder, missingOutputs, previousDir, REQUIRED_OUTPUTS, stagingDir } from '../../tools/build/staging.ts';

describe('safe build names', () => {
  it('stages and sets aside beside the site, hidden, one folder per build process', () => {
    assert.equal(stagingDir('/blog/dist', 41), '/blog/.dist-staging-41');
    assert.equal(previousDir('/blog/dist', 41), '/blog/.dist-old-41');
  });

  it('finds what interrupted builds of a site left, and nothing of another site', () => {
    const entries = ['dist', '.dist-staging-41', '.dist-old-7', '.dist-fixtures-staging-9', '.dist-staging-', 'src', '.dist-old-7x'];
    assert.deepEqual(leftovers('/blog/dist', entries), {
      staging: [join('/blog', '.dist-staging-41')],
      previous: [join('/blog', '.dist-old-7')],
    });
    assert.deepEqual(leftovers('/blog/dist-fixtures', entries), {
      staging: [join('/blog', '.dist-fixtures-staging-9')],
      previous: [],
    });
  });
});

describe('safe build checks', () => {
  it('names each required output a build did not write', () => {
    assert.deepEqual(
      missingOutputs(() => true),
      [],
    );
    assert.deepEqual(
      missingOutputs((path) => path === 'index.html'),
      REQUIRED_OUTPUTS.filter((path) => path !== 'index.html'),
    );
    assert.ok(REQUIRED_OUTPUTS.includes('_headers') && REQUIRED_OUTPUTS.some((path) => path.startsWith('pagefind/')));
  });

  it('reads the PID a lock names, and none from an empty or garbled lock', () => {
    assert.equal(lockHolder('1234\n'), 1234);
    assert.equal(lockHolder(''), undefined);
    assert.equal(lockHolder('12ab'), undefined);
    assert.equal(lockHolder('-5'), undefined);
  });
});
