import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY, HEADER_ONLY_DIRECTIVES, isTrustedSender, mayGrantPermission, mayNavigate, ownPageMatcher, refuseToOpen, workbookWebPreferences,
} from '../../electron/security-policy';
import { tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)]));

describe('the window’s web preferences follow Electron’s security checklist', () => {
  const prefs = workbookWebPreferences('/app/preload.cjs');
  it('isolates the page: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });
  it('keeps web security on and every risky feature off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, navigateOnDragDrop: false, enableWebSQL: false,
      disableBlinkFeatures: 'Auxclick', safeDialogs: true,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
  it('the shell files set no other web preferences and never enable Node or remote content', () => {
    for (const file of ['electron/main.ts', 'electron/window.ts', 'electron/ipc.ts', 'electron/menu.ts', 'electron/dialogs.ts', 'electron/preload.ts']) {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false|allowRunningInsecureContent:\s*true/);
      expect(source, file).not.toMatch(/openExternal|loadURL\(\s*['"`]https?:|executeJavaScript|insertCSS|enableRemoteModule/);
    }
  });
  it('window.ts creates its window with exactly these preferences', () => {
    const source = fs.readFileSync(path.join(ROOT, 'electron/window.ts'), 'utf8');
    const file = ts.createSourceFile('window.ts', source, ts.ScriptTarget.Latest, true);
    const found: Array<Record<string, unknown>> = [];
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
        const options = node.arguments?.[0];
        const prefs = options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'webPreferences')
          : undefined;
        if (prefs && ts.isPropertyAssignment(prefs) && ts.isObjectLiteralExpression(prefs.initializer)) {
          const values: Record<string, unknown> = {};
          for (const p of prefs.initializer.properties) {
            if (!ts.isPropertyAssignment(p)) continue;
            const v = p.initializer;
            values[p.name.getText()] = v.kind === ts.SyntaxKind.TrueKeyword ? true : v.kind === ts.SyntaxKind.FalseKeyword ? false : ts.isStringLiteral(v) ? v.text : v.getText();
          }
          found.push(values);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({ ...workbookWebPreferences('preloadPath') });
  });
});

describe('the Content Security Policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);
  it('allows nothing from outside and no inline or evaluated script', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*|wasm-unsafe-eval/);
    for (const [name, sources] of csp) if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
  });
  it('lets the page connect to nothing but its own origin: a shared workbook\'s server is reached by the main process only', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // The socket and the invitation code live in electron/remote (main process); the preload gives
    // the page invoke and on, nothing that opens a connection.
    for (const file of fs.readdirSync(path.join(ROOT, 'electron/remote'))) {
      expect(fs.readFileSync(path.join(ROOT, 'electron/remote', file), 'utf8'), file).not.toMatch(/from 'electron'/);
    }
    expect(fs.readFileSync(path.join(ROOT, 'electron/preload.ts'), 'utf8')).not.toMatch(/WebSocket|fetch\(|net\./);
  });
  it('is the same in the page’s meta tag (for file:// loads) as in the header', () => {
    const html = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = new Map([...csp].filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));
    expect(directives(meta!)).toEqual(expected);
  });
});

describe('IPC only from the app’s own frame', () => {
  const built = ownPageMatcher(undefined);
  const dev = ownPageMatcher('http://localhost:5173/');
  it('accepts the main frame of our window showing our page', () => {
    expect(isTrustedSender({ frameUrl: 'app://arbejdsbogen/index.html', isOurMainFrame: true }, built)).toBe(true);
    expect(isTrustedSender({ frameUrl: 'app://arbejdsbogen/index.html#/budget', isOurMainFrame: true }, built)).toBe(true);
    expect(isTrustedSender({ frameUrl: 'http://localhost:5173/index.html', isOurMainFrame: true }, dev)).toBe(true);
  });
  it('refuses sub-frames, other windows, other pages and look-alike addresses', () => {
    expect(isTrustedSender({ frameUrl: 'app://arbejdsbogen/index.html', isOurMainFrame: false }, built)).toBe(false);
    for (const frameUrl of [
      '', 'about:blank', 'file:///opt/arbejdsbogen/out/renderer/index.html', 'file:///tmp/index.html', 'app://arbejdsbogen.evil.html/',
      'https://example.com/', 'data:text/html,<script>1</script>',
    ]) {
      expect(isTrustedSender({ frameUrl, isOurMainFrame: true }, built), frameUrl).toBe(false);
    }
    for (const frameUrl of ['http://localhost:5173.evil.com/', 'http://localhost:51730/', 'https://localhost:5173/', 'http://evil.com/?http://localhost:5173/', 'app://arbejdsbogen/index.html']) {
      expect(isTrustedSender({ frameUrl, isOurMainFrame: true }, dev), frameUrl).toBe(false);
    }
  });
  it('does not depend on the install folder: a folder with a space or æøå changes nothing, and its file: URL is refused', () => {
    for (const folder of ['/opt/Program Files/Arbejdsbogen', '/home/Søren/Mine programmer/Arbejdsbogen æøå ÆØÅ', '/tmp/100% #1?']) {
      const href = pathToFileURL(path.join(folder, 'resources/app/out/renderer/index.html')).href;
      expect(href, folder).toMatch(/%/);
      expect(isTrustedSender({ frameUrl: href, isOurMainFrame: true }, built), href).toBe(false);
    }
    // The files themselves are served from such folders: tests/unit/app-protocol.test.ts.
  });
  it('never navigates and never grants a permission', () => {
    for (const url of ['https://gladsaxe.dk', 'file:///etc/passwd', 'javascript:alert(1)', 'http://localhost:5173/']) expect(mayNavigate(url)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) expect(mayGrantPermission(permission)).toBe(false);
  });
});

describe('shell.openPath only for documents', () => {
  const dir = tempDir('arbejdsbogen-aabn-');
  const doc = path.join(dir, 'Referat 2026-11-23.docx');
  fs.writeFileSync(doc, 'x');
  it('opens an existing document given by its full path', () => {
    expect(refuseToOpen(doc)).toBeNull();
  });
  it('refuses programs, scripts, folders, web addresses, relative and missing paths', () => {
    const exe = path.join(dir, 'bilag.exe');
    fs.writeFileSync(exe, 'MZ');
    const sneaky = path.join(dir, 'bilag.docx.lnk');
    fs.writeFileSync(sneaky, 'x');
    const runnable = path.join(dir, 'bilag.pdf');
    fs.writeFileSync(runnable, '#!/bin/sh');
    fs.chmodSync(runnable, 0o755);
    expect(refuseToOpen(exe)).toMatch(/åbner ikke programmer og scripts \(\.exe\)/);
    expect(refuseToOpen(sneaky)).toMatch(/\(\.lnk\)/);
    expect(refuseToOpen(`${exe}. . `)).toMatch(/\(\.exe\)/);
    if (process.platform !== 'win32') expect(refuseToOpen(runnable)).toMatch(/kan køres som et program/);
    expect(refuseToOpen(dir)).toMatch(/åbner kun dokumenter og billeder .* ikke filer uden filtype/);
    fs.mkdirSync(path.join(dir, 'mappe.docx'));
    expect(refuseToOpen(path.join(dir, 'mappe.docx'))).toMatch(/er ikke en fil/);
    expect(refuseToOpen('https://evil.example/x.docx')).toBe('Kun filer kan åbnes, ikke internetadresser');
    expect(refuseToOpen('Referat.docx')).toBe('Filen skal angives med fuld sti');
    expect(refuseToOpen(path.join(dir, 'findes-ikke.docx'))).toMatch(/findes ikke/);
    expect(refuseToOpen('')).toBe('Der er ingen fil at åbne');
  });
});
