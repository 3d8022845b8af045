import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findChromium } from '../support/find-chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    assert.equal(
      findChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => false),
      '/opt/chrome',
    );
  });

  it('takes the first existing candidate', () => {
    const present = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']);
    assert.equal(
      findChromium({}, (path) => present.has(path)),
      '/usr/bin/chromium-browser',
    );
  });

  it("prefers Debian's headless shell to the full browser", () => {
    const present = new Set(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']);
    assert.equal(
      findChromium({}, (path) => present.has(path)),
      '/usr/bin/chromium-headless-shell',
    );
  });

  it('explains how to get one when none exists', () => {
    assert.throws(() => findChromium({}, () => false), {
      message:
        'no Chromium found; install it with `sudo apt-get install chromium-headless-shell` (Debian; or chromium, on Ubuntu too) or set CHROMIUM_PATH',
    });
  });
});
