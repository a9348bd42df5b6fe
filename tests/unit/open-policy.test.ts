// Bilag and produced documents are handed to the system (shell.openPath) only when they are an
// allow-listed document type – by the name as given and by the file a link really points at – and
// never a network (UNC), device or URL path, which are refused before any file-system call.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeFileProbe, openRefusal, refuseToOpen, type FileProbe } from '../../electron/open-policy';
import { createTestWorkbook, tempDir, type TestWorkbook } from '../support/workbooks';

const dir = tempDir('arbejdsbogen-bilag-');
const write = (name: string, mode = 0o644) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, 'x');
  fs.chmodSync(file, mode);
  return file;
};

/** A probe that records every call and has no file system behind it. */
function recordingProbe(): FileProbe & { calls: string[] } {
  const calls: string[] = [];
  const fail = (name: string) => (p: string): never => {
    calls.push(`${name} ${p}`);
    throw new Error('no file system here');
  };
  return { calls, lstat: fail('lstat'), stat: fail('stat'), readlink: fail('readlink'), realpath: fail('realpath') };
}

/** Spies on every fs function the policy or the handlers could use to touch a path. */
function spyOnFs(): { touched: () => string[]; restore: () => void } {
  const names = ['existsSync', 'statSync', 'lstatSync', 'realpathSync', 'readlinkSync', 'openSync', 'accessSync', 'readFileSync'] as const;
  const spies = names.map((name) => vi.spyOn(fs, name as 'statSync'));
  return {
    touched: () => spies.flatMap((s) => s.mock.calls.map((c) => String(c[0]))),
    restore: () => spies.forEach((s) => s.mockRestore()),
  };
}

describe('only documents are opened', () => {
  it('opens the allow-listed document and picture types', () => {
    for (const ext of ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'txt', 'csv', 'png', 'jpg', 'jpeg', 'gif', 'eml', 'ics', 'PDF', 'Docx']) {
      expect(refuseToOpen(write(`Referat æøå.${ext}`)), ext).toBeNull();
    }
  });

  it('refuses every other type by its name, before any file-system call, saying why in Danish', () => {
    const names = [
      'side.html', 'side.htm', 'tegning.svg', 'app.msix', 'app.appinstaller', 'fjern.rdp', 'fejl.diagcab', 'noter.one', 'arkiv.mht', 'link.website',
      'komp.wsc', 'script.sct', 'start.jnlp', 'tema.theme', 'søg.searchConnector-ms', 'pakke.cab', 'makro.docm', 'makro.xlsm', 'makro.pptm',
      'adresse.webloc', 'install.pkg', 'program.desktop', 'bilag.exe', 'bilag.docx.lnk', 'uden-filtype', 'bilag.pdf.', 'notat.rtf', 'gammel.doc',
    ];
    for (const name of names) {
      const probe = recordingProbe();
      const refusal = refuseToOpen(path.join(dir, name), probe);
      expect(refusal, name).toMatch(/^Arbejdsbogen åbner (kun dokumenter og billeder|ikke programmer og scripts)/);
      expect(probe.calls, name).toEqual([]);
    }
    expect(refuseToOpen(path.join(dir, 'tegning.svg'))).toBe(
      'Arbejdsbogen åbner kun dokumenter og billeder (pdf, docx, xlsx, pptx, odt, ods, odp, txt, csv, png, jpg, jpeg, gif, eml, ics) – ikke .svg-filer',
    );
  });

  it('refuses an NTFS stream name (evil.exe::$DATA) before any file-system call', () => {
    for (const name of ['C:\\Bilag\\evil.exe::$DATA', 'C:\\Bilag\\notat.pdf:skjult.exe', path.join(dir, 'evil.exe::$DATA')]) {
      const probe = recordingProbe();
      expect(refuseToOpen(name, probe), name).toMatch(/kolon/);
      expect(probe.calls).toEqual([]);
    }
  });

  it('refuses network (UNC), device and URL paths before any file-system call', () => {
    const cases: Array<[string, RegExp]> = [
      ['\\\\fileserver\\fælles\\Referat.pdf', /netværksadresse/],
      ['//fileserver/fælles/Referat.pdf', /netværksadresse/],
      ['\\/fileserver/Referat.pdf', /netværksadresse/],
      ['\\\\?\\C:\\Bilag\\Referat.pdf', /netværksadresse eller en enhed/],
      ['\\\\.\\pipe\\Referat.pdf', /netværksadresse eller en enhed/],
      ['C:\\Bilag\\CON.pdf', /enhed/],
      ['C:\\Bilag\\nul', /enhed/],
      ['/dev/tcp/10.0.0.1/445.pdf', /enhed/],
      ['/proc/self/fd/3.pdf', /enhed/],
      ['file:///C:/Bilag/Referat.pdf', /ikke internetadresser/],
      ['file://fileserver/fælles/Referat.pdf', /ikke internetadresser/],
      ['http://evil.example/Referat.pdf', /ikke internetadresser/],
      ['smb://fileserver/Referat.pdf', /ikke internetadresser/],
      ['ms-word:ofe|u|https://evil.example/a.docx', /ikke internetadresser/],
    ];
    const spy = spyOnFs();
    try {
      for (const [p, reason] of cases) {
        const probe = recordingProbe();
        expect(refuseToOpen(p, probe), p).toMatch(reason);
        expect(refuseToOpen(p), p).toMatch(reason);
        expect(probe.calls, p).toEqual([]);
      }
      expect(spy.touched()).toEqual([]);
    } finally {
      spy.restore();
    }
  });

  it('checks where a link really points: a .pdf link to a .desktop file is refused', () => {
    const desktop = write('evil.desktop');
    const html = write('evil.html');
    const real = write('rigtig.pdf');
    const link = (name: string, target: string) => {
      const file = path.join(dir, name);
      fs.symlinkSync(target, file);
      return file;
    };
    expect(refuseToOpen(link('Referat.pdf', desktop))).toBe('"Referat.pdf" peger på "evil.desktop": Arbejdsbogen åbner ikke programmer og scripts (.desktop) – kun dokumenter');
    expect(refuseToOpen(link('relativ.pdf', 'evil.html'))).toMatch(/^"relativ\.pdf" peger på "evil\.html": Arbejdsbogen åbner kun dokumenter/);
    expect(refuseToOpen(link('led1.pdf', link('led2.pdf', html)))).toMatch(/peger på "evil\.html"/);
    expect(refuseToOpen(link('netværk.pdf', '//fileserver/fælles/x.pdf'))).toMatch(/peger på en netværksadresse/);
    expect(refuseToOpen(link('god.pdf', real))).toBeNull();
    const folder = path.join(dir, 'mappe.pdf');
    fs.mkdirSync(folder);
    expect(refuseToOpen(folder)).toBe('"mappe.pdf" er ikke en fil');
    if (process.platform !== 'win32') expect(refuseToOpen(write('kørbar.pdf', 0o755))).toMatch(/kan køres som et program/);
  });

  it('a missing file is not_found; a refused one is refused', () => {
    expect(openRefusal(path.join(dir, 'findes-ikke.pdf'))).toEqual({ code: 'not_found', message: 'Filen "findes-ikke.pdf" findes ikke (længere)' });
    expect(openRefusal(path.join(dir, 'x.html'))?.code).toBe('refused');
    expect(nodeFileProbe.lstat(dir).isDirectory()).toBe(true);
  });
});

describe('bilag: refused when attached and when opened', () => {
  let wb: TestWorkbook;
  afterEach(() => wb?.close());

  async function itemWithShell(chosen: string) {
    wb = createTestWorkbook();
    const { id } = await wb.call('meetings.add', { date: '2026-12-02' });
    const item = await wb.call('meetings.items.add', { meetingId: id, title: 'Midtvejsevaluering' });
    const opened: string[] = [];
    const shell = wb.session.shell as { chooseFileToOpen: () => Promise<string | null>; openPath: (p: string) => Promise<string | null> };
    shell.chooseFileToOpen = async () => chosen;
    shell.openPath = async (p) => {
      opened.push(p);
      return null;
    };
    return { item, opened };
  }
  const stored = () => wb.session.current!.db.prepare('SELECT COUNT(*) FROM attachment').pluck().get();

  it('a chosen .html, a .pdf link to a .desktop file and a UNC path are not attached', async () => {
    const desktop = write('bilag-evil.desktop');
    const link = path.join(dir, 'bilag-link.pdf');
    fs.symlinkSync(desktop, link);
    for (const [chosen, reason] of [
      [write('bilag.html'), /kun dokumenter og billeder/],
      [link, /peger på "bilag-evil\.desktop"/],
      ['\\\\fileserver\\fælles\\bilag.pdf', /netværksadresse/],
    ] as const) {
      const { item } = await itemWithShell(chosen);
      const before = stored();
      const spy = spyOnFs();
      const result = await wb.raw('meetings.attachments.add', { itemId: item.id });
      const touched = spy.touched();
      spy.restore();
      expect(result, chosen).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(reason) as unknown as string } });
      expect((result as { error: { message: string } }).error.message).toMatch(/^Bilaget ".*" kan ikke tilføjes: /);
      expect(stored()).toBe(before);
      if (chosen.startsWith('\\\\')) expect(touched.filter((p) => p.includes('fileserver'))).toEqual([]);
      wb.close();
    }
  });

  it('a stored UNC path or a .pdf link to a .desktop file is not opened, and the UNC path is never touched', async () => {
    const { item, opened } = await itemWithShell(write('ok.pdf'));
    const desktop = write('åbn-evil.desktop');
    const link = path.join(dir, 'åbn-link.pdf');
    fs.symlinkSync(desktop, link);
    const insert = wb.session.current!.db.prepare("INSERT INTO attachment (item_id, position, name, path) VALUES (?, 9, 'Bilag', ?)");
    const unc = Number(insert.run(item.id, '\\\\fileserver\\fælles\\bilag.pdf').lastInsertRowid);
    const linked = Number(insert.run(item.id, link).lastInsertRowid);
    const spy = spyOnFs();
    const result = await wb.raw('meetings.attachments.open', { id: unc });
    const touched = spy.touched();
    spy.restore();
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/^Bilaget "Bilag" kan ikke åbnes: .*netværksadresse/) as unknown as string } });
    expect(touched.filter((p) => p.includes('fileserver'))).toEqual([]);
    expect(await wb.raw('meetings.attachments.open', { id: linked })).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/peger på "åbn-evil\.desktop"/) as unknown as string } });
    expect(opened).toEqual([]);
    const ok = await wb.call('meetings.attachments.add', { itemId: item.id });
    await wb.call('meetings.attachments.open', { id: ok!.id });
    expect(opened).toEqual([path.join(dir, 'ok.pdf')]);
  });
});
