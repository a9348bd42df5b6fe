// What may be handed to the system to open (shell.openPath): bilag the user attached and documents
// the app wrote. Only an allow-list of document types, by the name as given and by the file it
// really is (links followed); never a network (UNC), device or URL path – those are refused from
// the string alone, before any file-system call, since merely looking at \\host\share makes
// Windows send the user's NTLM hash to that host. Plain Node; tested in tests/unit/open-policy.test.ts.
import fs from 'node:fs';
import path from 'node:path';

/** The document and picture types that are opened. Everything else is refused. */
// eml and ics: the e-mail drafts and calendar invitations "Send dagsorden" writes open in the mail
// program and the calendar, which show them; neither runs anything by being opened.
export const OPENABLE_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'txt', 'csv', 'png', 'jpg', 'jpeg', 'gif', 'eml', 'ics'] as const;
const OPENABLE = new Set<string>(OPENABLE_EXTENSIONS.map((e) => `.${e}`));

/** Types the system would run rather than show; named as programs in the refusal. */
const EXECUTABLE_EXTENSIONS = new Set([
  '.exe', '.com', '.bat', '.cmd', '.scr', '.pif', '.cpl', '.msi', '.msp', '.msc', '.ps1', '.psm1', '.vbs', '.vbe', '.js', '.jse', '.wsf', '.wsh',
  '.hta', '.jar', '.lnk', '.url', '.reg', '.inf', '.scf', '.application', '.appref-ms', '.gadget', '.dll', '.sys', '.app', '.command', '.sh',
  '.bash', '.zsh', '.csh', '.desktop', '.appimage', '.run', '.bin', '.py', '.pyw', '.pl', '.rb', '.action', '.workflow', '.terminal', '.iso', '.img', '.dmg',
  '.vhd', '.vhdx', '.library-ms', '.settingcontent-ms', '.search-ms', '.xll', '.chm', '.msix', '.appx', '.appinstaller', '.jnlp', '.wsc', '.sct', '.pkg',
]);

/** The file-system calls the policy makes, so that a test can prove none is made for a refused string. */
export interface FileProbe {
  lstat(p: string): fs.Stats;
  stat(p: string): fs.Stats;
  readlink(p: string): string;
  realpath(p: string): string;
}

export const nodeFileProbe: FileProbe = {
  lstat: (p) => fs.lstatSync(p),
  stat: (p) => fs.statSync(p),
  readlink: (p) => fs.readlinkSync(p),
  realpath: (p) => fs.realpathSync(p),
};

export interface OpenRefusal {
  code: 'refused' | 'not_found';
  message: string;
}

/** The last part of a path, split on both separators (a Windows path is judged the same on every system). */
export const fileNameOf = (p: string) => p.split(/[\\/]/).filter(Boolean).pop() ?? p;

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Refusals that need only the string: network, device and URL paths, colons, relative paths. */
function refuseByString(p: string): string | null {
  if (/^[\\/]{2}[?.][\\/]/.test(p)) return 'Arbejdsbogen åbner ikke stier til en netværksadresse eller en enhed (\\\\?\\ og \\\\.\\) – kun almindelige filer';
  if (/^[\\/]{2}/.test(p)) return 'Arbejdsbogen åbner ikke filer på en netværksadresse (\\\\server\\…) direkte – kopiér filen til en mappe på computeren først';
  if (/^[a-z][a-z0-9+.-]+:/i.test(p)) return 'Kun filer kan åbnes, ikke internetadresser';
  const stem = fileNameOf(p).replace(/[. ]+$/, '').split('.')[0] ?? '';
  if (/^\/(dev|proc|sys)(\/|$)/.test(p) || WINDOWS_DEVICE.test(stem.trim())) return `Arbejdsbogen åbner ikke en enhed ("${fileNameOf(p)}") – kun almindelige filer`;
  if (!path.isAbsolute(p) && !path.win32.isAbsolute(p)) return 'Filen skal angives med fuld sti';
  if (p.replace(/^[a-z]:/i, '').includes(':')) return `Filnavnet "${fileNameOf(p)}" indeholder et kolon og kan ikke åbnes`;
  return null;
}

/** Refusal by file name: programs by name, then anything outside the allow-list. */
function refuseByName(name: string): string | null {
  const trimmed = name.toLowerCase().replace(/[. ]+$/, '');
  const extension = path.extname(trimmed);
  if (EXECUTABLE_EXTENSIONS.has(extension)) return `Arbejdsbogen åbner ikke programmer og scripts (${extension}) – kun dokumenter`;
  const given = path.extname(name.toLowerCase());
  if (!OPENABLE.has(given) || given !== extension) {
    const what = given && given !== '.' ? `${given}-filer` : 'filer uden filtype';
    return `Arbejdsbogen åbner kun dokumenter og billeder (${OPENABLE_EXTENSIONS.join(', ')}) – ikke ${what}`;
  }
  return null;
}

const MAX_LINKS = 40;

/**
 * Whether a path may be handed to the system to open: an existing ordinary file, named by an
 * absolute local path, of an allow-listed document type both as named and as it really is.
 */
export function openRefusal(filePath: string, probe: FileProbe = nodeFileProbe): OpenRefusal | null {
  const refused = (message: string): OpenRefusal => ({ code: 'refused', message });
  if (typeof filePath !== 'string' || filePath.trim() === '') return refused('Der er ingen fil at åbne');
  const name = fileNameOf(filePath);
  const early = refuseByString(filePath) ?? refuseByName(name);
  if (early) return refused(early);

  const missing: OpenRefusal = { code: 'not_found', message: `Filen "${name}" findes ikke (længere)` };
  const pointsAt = (target: string, reason: string) => refused(`"${name}" peger på "${fileNameOf(target)}": ${reason}`);
  // Follow links one at a time, judging each target's string before touching it.
  let current = filePath;
  for (let hop = 0; ; hop++) {
    if (hop === MAX_LINKS) return refused(`"${name}" er en kæde af genveje, der ikke ender i en fil`);
    let link: fs.Stats;
    try {
      link = probe.lstat(current);
    } catch {
      return missing;
    }
    if (!link.isSymbolicLink()) break;
    let target: string;
    try {
      target = probe.readlink(current);
    } catch {
      return missing;
    }
    if (/^[\\/]{2}|^[a-z][a-z0-9+.-]+:/i.test(target)) return refused(`"${name}" peger på en netværksadresse, en enhed eller en internetadresse og åbnes ikke`);
    current = path.resolve(path.dirname(current), target);
    const byName = refuseByString(current) ?? refuseByName(fileNameOf(current));
    if (byName) return pointsAt(current, byName);
  }
  let real: string;
  let stat: fs.Stats;
  try {
    real = probe.realpath(filePath);
    const byReal = refuseByString(real) ?? refuseByName(fileNameOf(real));
    if (byReal) return pointsAt(real, byReal);
    stat = probe.stat(real);
  } catch {
    return missing;
  }
  if (!stat.isFile()) return refused(`"${name}" er ikke en fil`);
  if (process.platform !== 'win32' && (stat.mode & 0o111) !== 0) return refused(`Arbejdsbogen åbner ikke programmer og scripts – "${name}" kan køres som et program`);
  return null;
}

/** openRefusal's Danish message, or null when the file may be opened. */
export function refuseToOpen(filePath: string, probe: FileProbe = nodeFileProbe): string | null {
  return openRefusal(filePath, probe)?.message ?? null;
}
