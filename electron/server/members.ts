// Who may use a hosted workbook: the invited members, kept beside the workbook in
// `<workbook>.medlemmer.json` (never in the workbook itself, so never in its change log).
// The store holds a slow salted hash (scrypt) of each invitation code, never the code.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { USER_ROLES, type UserProfile } from '../../shared/domain/user';

const scrypt = promisify(crypto.scrypt) as (password: crypto.BinaryLike, salt: crypto.BinaryLike, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/** scrypt cost: 2^15 × 8 × 128 B = 32 MiB and ~0.1 s per login, so guessing offline is slow. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** The member's id: 6 base32 characters (30 bits), public, only to find the hash to check. */
const ID_LENGTH = 6;
/** The secret: 26 base32 characters = 130 bits. */
const SECRET_LENGTH = 26;

const memberSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  role: z.enum(USER_ROLES),
  email: z.string().nullable(),
  salt: z.string(),
  hash: z.string(),
  invitedAt: z.string(),
  revokedAt: z.string().nullable(),
});
const storeSchema = z.object({ version: z.literal(1), members: z.array(memberSchema) });

export type StoredMember = z.infer<typeof memberSchema>;
export type Member = Omit<StoredMember, 'salt' | 'hash'>;

export function memberStorePath(workbookPath: string): string {
  return `${workbookPath}.medlemmer.json`;
}

function randomBase32(length: number): string {
  // 256 is a multiple of 32, so every character is equally likely.
  return Array.from(crypto.randomBytes(length), (byte) => BASE32[byte % 32]).join('');
}

/** As printed: the id, then the secret, in groups of four for reading aloud or typing. */
function formatCode(id: string, secret: string): string {
  const groups = (id + secret).match(/.{1,4}/g) ?? [];
  return groups.join('-');
}

/** What the user typed, without spaces, dashes and case; null when it cannot be a code. */
function parseCode(code: string): { id: string; secret: string } | null {
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  if (clean.length !== ID_LENGTH + SECRET_LENGTH || ![...clean].every((c) => BASE32.includes(c))) return null;
  return { id: clean.slice(0, ID_LENGTH), secret: clean.slice(ID_LENGTH) };
}

async function hashSecret(secret: string, salt: Buffer): Promise<Buffer> {
  return scrypt(secret, salt, KEY_LENGTH, SCRYPT);
}

/** How long a change of the list waits for another process's change before giving up. */
const LOCK_WAIT_MS = 5000;
/** A lock file older than this belongs to a process that died mid-write (a write takes milliseconds). */
const STALE_LOCK_MS = 30_000;

function lockAgeMs(lock: string): number | null {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs;
  } catch {
    return null;
  }
}

/** Compared against when no member has the id, so that a wrong id takes as long as a wrong secret. */
const DUMMY_SALT = crypto.randomBytes(16);

export class MemberStore {
  readonly file: string;
  private cache: { mtimeMs: number; size: number; members: StoredMember[] } | null = null;

  constructor(readonly workbookPath: string) {
    this.file = memberStorePath(workbookPath);
  }

  /** The members as the file says now (re-read when it changed: `revoke` runs in another process). */
  private load(): StoredMember[] {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.file);
    } catch {
      this.cache = null;
      return [];
    }
    if (this.cache && this.cache.mtimeMs === stat.mtimeMs && this.cache.size === stat.size) return this.cache.members;
    const parsed = storeSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    if (!parsed.success) throw new Error(`Medlemslisten "${this.file}" kan ikke læses`);
    this.cache = { mtimeMs: stat.mtimeMs, size: stat.size, members: parsed.data.members };
    return parsed.data.members;
  }

  /**
   * Runs a read-change-write of the list with the list's lock file held, so that `invite` and
   * `revoke` in separate processes at the same moment never write over each other's change.
   * A lock older than STALE_LOCK_MS was left by a process that died while writing, and is broken.
   */
  private exclusively<T>(change: () => T): T {
    const lock = `${this.file}.lås`;
    const giveUpAt = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        fs.closeSync(fs.openSync(lock, 'wx', 0o600));
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const age = lockAgeMs(lock);
        if (age !== null && age > STALE_LOCK_MS) {
          fs.rmSync(lock, { force: true });
          continue;
        }
        if (Date.now() > giveUpAt) throw new Error(`Medlemslisten er optaget af et andet program (${lock}). Prøv igen om lidt`, { cause: error });
        // A synchronous pause: the whole change is synchronous, and the wait is short.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      }
    }
    try {
      this.cache = null;
      return change();
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }

  /** Written whole to a temporary file and renamed over, so a reader never sees half a list. */
  private save(members: StoredMember[]): void {
    const temporary = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
    const fd = fs.openSync(temporary, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, `${JSON.stringify({ version: 1, members }, null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, this.file);
    this.cache = null;
  }

  list(): Member[] {
    return this.load().map(({ salt: _salt, hash: _hash, ...member }) => member);
  }

  /** Invites a member; answers the member and the code, which is shown once and stored nowhere. */
  async invite(profile: UserProfile, email: string | null, now = new Date()): Promise<{ member: Member; code: string }> {
    const secret = randomBase32(SECRET_LENGTH);
    const salt = crypto.randomBytes(16);
    // The slow hash first, outside the lock, so that others wait only for the write.
    const hash = await hashSecret(secret, salt);
    const stored = this.exclusively(() => {
      const members = this.load();
      let id = randomBase32(ID_LENGTH);
      while (members.some((m) => m.id === id)) id = randomBase32(ID_LENGTH);
      const added: StoredMember = {
        id, name: profile.name, role: profile.role, email, salt: salt.toString('base64'), hash: hash.toString('base64'), invitedAt: now.toISOString(), revokedAt: null,
      };
      this.save([...members, added]);
      return added;
    });
    const { salt: _salt, hash: _hash, ...member } = stored;
    return { member, code: formatCode(stored.id, secret) };
  }

  /** Revokes by id or exact name; answers the revoked members (empty: none matched). */
  revoke(idOrName: string, now = new Date()): Member[] {
    const wanted = idOrName.trim();
    return this.exclusively(() => {
      const members = this.load();
      const hit = members.filter((m) => m.revokedAt === null && (m.id === wanted.toUpperCase() || m.name === wanted));
      if (!hit.length) return [];
      this.save(members.map((m) => (hit.includes(m) ? { ...m, revokedAt: now.toISOString() } : m)));
      return hit.map(({ salt: _salt, hash: _hash, ...member }) => ({ ...member, revokedAt: now.toISOString() }));
    });
  }

  /** The member a code belongs to, or null (wrong, revoked or malformed). */
  async verify(code: string): Promise<Member | null> {
    const parsed = parseCode(code);
    const member = parsed ? this.load().find((m) => m.id === parsed.id && m.revokedAt === null) : undefined;
    const salt = member ? Buffer.from(member.salt, 'base64') : DUMMY_SALT;
    const hash = await hashSecret(parsed?.secret ?? 'x', salt);
    if (!member) return null;
    const expected = Buffer.from(member.hash, 'base64');
    if (expected.length !== hash.length || !crypto.timingSafeEqual(expected, hash)) return null;
    // Revoked while we hashed?
    return this.isActive(member.id) ? this.list().find((m) => m.id === member.id) ?? null : null;
  }

  isActive(id: string): boolean {
    return this.load().some((m) => m.id === id && m.revokedAt === null);
  }
}
