// The built renderer is served from app://arbejdsbogen/…, never file://: under file:// the CSP's
// script-src 'self' admits a script from any local folder. The protocol serves only files inside
// the built renderer folder; the IPC own-page check accepts only that origin (or the dev server).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolResponse, resolveAppRequest,
} from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY, isTrustedSender, ownPageMatcher, workbookWebPreferences } from '../../electron/security-policy';
import { tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A built renderer in an install folder with a space and æøå, with a secret file beside it. */
function installation() {
  const install = path.join(tempDir('arbejdsbogen-app-'), 'Program Files', 'Søren æøå');
  const renderer = path.join(install, 'out', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Arbejdsbogen</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(renderer, 'assets', 'Søren æøå.png'), 'png');
  const secret = path.join(install, 'out', 'secret.txt');
  fs.writeFileSync(secret, 'hemmelig');
  fs.symlinkSync(secret, path.join(renderer, 'assets', 'leak.js'));
  fs.symlinkSync(path.join(install, 'out'), path.join(renderer, 'linked'));
  return { renderer, secret };
}

describe('app://arbejdsbogen serves only the built renderer folder', () => {
  const { renderer } = installation();

  it('serves the page and its assets, also in an install folder with a space or æøå', () => {
    expect(APP_ORIGIN).toBe('app://arbejdsbogen');
    expect(APP_INDEX_URL).toBe('app://arbejdsbogen/index.html');
    expect(resolveAppRequest(APP_INDEX_URL, renderer)).toEqual({ ok: true, file: path.join(renderer, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://arbejdsbogen/', renderer)).toMatchObject({ ok: true, file: path.join(renderer, 'index.html') });
    expect(resolveAppRequest('app://arbejdsbogen/index.html#/budget', renderer)).toMatchObject({ ok: true, file: path.join(renderer, 'index.html') });
    expect(resolveAppRequest('app://arbejdsbogen/assets/index-abc.js?v=1', renderer)).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveAppRequest('app://arbejdsbogen/assets/S%C3%B8ren%20%C3%A6%C3%B8%C3%A5.png', renderer)).toMatchObject({ ok: true, file: path.join(renderer, 'assets', 'Søren æøå.png') });
  });

  it('refuses path traversal: .., encoded %2e%2e, encoded slashes and backslashes, absolute paths, NUL', () => {
    for (const url of [
      'app://arbejdsbogen/../secret.txt', 'app://arbejdsbogen/%2e%2e/secret.txt', 'app://arbejdsbogen/%2E%2E%2Fsecret.txt', 'app://arbejdsbogen/assets/..%2f..%2fsecret.txt',
      'app://arbejdsbogen/..%5csecret.txt', 'app://arbejdsbogen/assets/%2e%2e/%2e%2e/secret.txt', 'app://arbejdsbogen//etc/passwd', 'app://arbejdsbogen/%2fetc%2fpasswd',
      'app://arbejdsbogen/C:%5cWindows%5cwin.ini', 'app://arbejdsbogen/C:/Windows/win.ini', 'app://arbejdsbogen/index.html%00.png', 'app://arbejdsbogen/%E0%A4%A',
      'app://arbejdsbogen/assets', 'app://arbejdsbogen/findes-ikke.js',
    ]) {
      expect(resolveAppRequest(url, renderer), url).toMatchObject({ ok: false });
    }
  });

  it('refuses symlinks that lead out of the folder', () => {
    expect(resolveAppRequest('app://arbejdsbogen/assets/leak.js', renderer)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('app://arbejdsbogen/linked/secret.txt', renderer)).toEqual({ ok: false, status: 403 });
  });

  it('refuses other hosts, schemes, ports and user names', () => {
    for (const url of [
      'app://evil/index.html', 'app://arbejdsbogen.evil/index.html', 'app://user@arbejdsbogen/index.html', 'app://arbejdsbogen:8080/index.html',
      `file://${path.join(renderer, 'index.html')}`, 'https://arbejdsbogen/index.html', 'ikke en adresse',
    ]) {
      expect(resolveAppRequest(url, renderer), url).toMatchObject({ ok: false });
    }
  });

  it('answers with the file, its type and the Content-Security-Policy; refusals without a body', async () => {
    const page = await appProtocolResponse(APP_INDEX_URL, renderer);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Arbejdsbogen</title>');
    const refused = await appProtocolResponse('app://arbejdsbogen/assets/leak.js', renderer);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('');
    expect((await appProtocolResponse('app://arbejdsbogen/findes-ikke.js', renderer)).status).toBe(404);
  });

  it('registers the scheme as standard and secure, without bypassing the CSP', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('IPC only from app://arbejdsbogen', () => {
  const built = ownPageMatcher(undefined);
  it('accepts the app origin, wherever the app is installed', () => {
    for (const url of ['app://arbejdsbogen/index.html', 'app://arbejdsbogen/index.html#/budget', 'app://arbejdsbogen/']) {
      expect(isTrustedSender({ frameUrl: url, isOurMainFrame: true }, built), url).toBe(true);
    }
  });
  it('refuses file:// (even the built page itself) and look-alike origins', () => {
    for (const url of [
      'file:///opt/Program%20Files/Arbejdsbogen/resources/app/out/renderer/index.html', 'file:///tmp/index.html', 'app://arbejdsbogen.evil/index.html',
      'app://evil/index.html', 'app://x@arbejdsbogen/index.html', 'app://arbejdsbogen:1/index.html', 'apps://arbejdsbogen/index.html', 'https://arbejdsbogen/',
    ]) {
      expect(isTrustedSender({ frameUrl: url, isOurMainFrame: true }, built), url).toBe(false);
    }
  });
});

describe('the shell uses the protocol', () => {
  const main = fs.readFileSync(path.join(ROOT, 'electron/main.ts'), 'utf8');
  const window = fs.readFileSync(path.join(ROOT, 'electron/window.ts'), 'utf8');
  it('main.ts registers the scheme privileged before ready and serves it with appProtocolResponse', () => {
    expect(main).toMatch(/protocol\.registerSchemesAsPrivileged\(\[\{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES \}\]\)/);
    expect(main.indexOf('registerSchemesAsPrivileged')).toBeLessThan(main.indexOf('whenReady'));
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME, \(request\) => appProtocolResponse\(request\.url, rendererDir\)\)/);
    expect(main).toMatch(/ownPageMatcher\(rendererUrl\)/);
  });
  it('window.ts loads app://arbejdsbogen/index.html, never a file', () => {
    expect(window).toMatch(/loadURL\(APP_INDEX_URL\)/);
    expect(window).not.toMatch(/loadFile\(/);
  });
  it('no spell-checker dictionary is downloaded: spellcheck off in the window and the session', () => {
    expect(workbookWebPreferences('x').spellcheck).toBe(false);
    expect(main).toMatch(/setSpellCheckerEnabled\(false\)/);
    expect(main).toMatch(/setSpellCheckerDictionaryDownloadURL\(/);
  });
});
