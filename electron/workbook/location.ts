import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a workbook file lives decides how SQLite may journal it. WAL needs shared memory between
 * every process that opens the file, which network file systems (SMB/CIFS, NFS, sshfs, WebDAV)
 * cannot give across machines: two machines in WAL mode on a share can corrupt the file. On such
 * a location the workbook uses a rollback journal and holds SQLite's lock exclusively instead.
 */
export type StorageKind = 'local' | 'network';

/** File-system types (as /proc/mounts and `mount` name them) that are network file systems. */
const NETWORK_FS_TYPES = new Set([
  'nfs', 'nfs4', 'cifs', 'smb', 'smb2', 'smb3', 'smbfs', 'ncpfs', 'afs', 'afpfs', 'webdav', 'davfs', 'fuse.davfs',
  'fuse.sshfs', 'sshfs', 'fuse.smbnetfs', 'fuse.rclone', 'fuse.s3fs', 'fuse.gvfsd-fuse', '9p', 'ceph', 'glusterfs', 'fuse.glusterfs', 'lustre', 'gpfs',
]);

export function isNetworkFsType(type: string): boolean {
  return NETWORK_FS_TYPES.has(type.toLowerCase());
}

export interface MountEntry {
  mountPoint: string;
  type: string;
}

/** Parses /proc/mounts (Linux): "device mountpoint type options 0 0", spaces escaped as \040. */
export function parseProcMounts(text: string): MountEntry[] {
  const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length >= 3)
    .map((parts) => ({ mountPoint: unescape(parts[1]!), type: parts[2]! }));
}

/** Parses macOS `mount` output: "//user@server/share on /Volumes/share (smbfs, nodev, …)". */
export function parseBsdMount(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const match = / on (.+) \(([^,)]+)/.exec(line);
    if (match) entries.push({ mountPoint: match[1]!, type: match[2]! });
  }
  return entries;
}

/** The mount that holds a path: the longest mount point that is a prefix of it. */
export function mountFor(filePath: string, mounts: MountEntry[]): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const mount of mounts) {
    const point = mount.mountPoint.endsWith('/') ? mount.mountPoint : `${mount.mountPoint}/`;
    const inside = filePath === mount.mountPoint || filePath.startsWith(point) || mount.mountPoint === '/';
    if (inside && (!best || mount.mountPoint.length >= best.mountPoint.length)) best = mount;
  }
  return best;
}

/** Windows: a UNC path (\\server\share\…, also \\?\UNC\…) is always on the network. */
export function isUncPath(filePath: string): boolean {
  return /^(\\\\|\/\/)(\?\\UNC\\)?[^\\/?.][^\\/]*[\\/]/i.test(filePath);
}

export interface LocationProbe {
  platform: NodeJS.Platform;
  /** Linux: the mount table text; macOS: `mount` output. */
  mountTable?: () => string;
  /** Windows: the drive type of "Z:" (4 = network drive, as Win32_LogicalDisk.DriveType says). */
  windowsDriveType?: (drive: string) => number | null;
}

/**
 * The one name of a workbook file: absolute, with every symbolic link resolved, so that the
 * lock beside it is the same lock whichever link the file was opened through. A file that does
 * not exist yet (a new workbook) gets its folder resolved.
 */
export function canonicalWorkbookPath(filePath: string): string {
  const resolved = path.resolve(filePath);
  try {
    return fs.realpathSync(resolved);
  } catch {
    return path.join(realDirectory(resolved), path.basename(resolved));
  }
}

function realDirectory(filePath: string): string {
  // The file may not exist yet (a new workbook): its folder decides.
  let dir = path.dirname(path.resolve(filePath));
  try {
    dir = fs.realpathSync(dir);
  } catch {
    // A folder that cannot be resolved is judged by its name.
  }
  return dir;
}

function windowsDriveType(drive: string): number | null {
  try {
    const out = execFileSync(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', `(Get-CimInstance Win32_LogicalDisk -Filter "DeviceID='${drive}'").DriveType`],
      { encoding: 'utf8', timeout: 5000, windowsHide: true },
    );
    const value = Number.parseInt(out.trim(), 10);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

export const systemProbe: LocationProbe = {
  platform: process.platform,
  mountTable: () => {
    if (process.platform === 'linux') return fs.readFileSync('/proc/mounts', 'utf8');
    if (process.platform === 'darwin') return execFileSync('mount', { encoding: 'utf8', timeout: 5000 });
    return '';
  },
  windowsDriveType,
};

/** Whether a workbook path is on a network file system. Unknown counts as local. */
export function detectStorage(filePath: string, probe: LocationProbe = systemProbe): StorageKind {
  if (probe.platform === 'win32') {
    const resolved = path.win32.resolve(filePath);
    if (isUncPath(resolved) || isUncPath(filePath)) return 'network';
    const drive = /^([a-z]):/i.exec(resolved)?.[1];
    if (drive && probe.windowsDriveType?.(`${drive.toUpperCase()}:`) === 4) return 'network';
    return 'local';
  }
  let mounts: MountEntry[];
  try {
    const table = probe.mountTable?.() ?? '';
    mounts = probe.platform === 'darwin' ? parseBsdMount(table) : parseProcMounts(table);
  } catch {
    return 'local';
  }
  const mount = mountFor(realDirectory(filePath), mounts);
  return mount && isNetworkFsType(mount.type) ? 'network' : 'local';
}
