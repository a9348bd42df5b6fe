// A hosted workbook that someone has open in the desktop app is served read-only (the lock
// says so, and every change is refused naming who has it). Without this it would stay read-only
// until the server restarted; here the server looks again, at most once a second, whenever a
// member calls, and takes the workbook back for writing as soon as the desktop let go of it –
// or when the lock was left by an app that stopped (stale), which no one else will take over.
import fs from 'node:fs';
import type { Session } from '../app/session';
import { lockPathFor, readLockOwner, staleReason } from '../workbook/lock';

const RECHECK_MS = 1000;

export interface HostedLock {
  /** Before a call: reopen for writing if the lock that made the workbook read-only is gone. */
  refresh(): void;
}

export function watchHostedLock(session: Session, file: string, name: string, log: (line: string) => void, now: () => number = Date.now): HostedLock {
  let checkedAt = 0;

  const reportReadOnly = () => {
    const info = session.info();
    if (info.readOnly) log(`${name} kan kun læses: ${info.readOnlyReason ?? info.lock?.message ?? 'ukendt årsag'}`);
    return info;
  };

  const takeOverStale = () => {
    const info = session.info();
    if (info.lock?.state !== 'stale') return;
    try {
      session.takeOverLock();
      log(`${name}: efterladt lås (${info.lock.user ?? 'ukendt'}) overtaget – kan ændres igen`);
    } catch (error) {
      log(`${name}: efterladt lås kunne ikke overtages: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  takeOverStale();
  reportReadOnly();

  return {
    refresh() {
      const info = session.info();
      if (!info.readOnly || !info.lock || now() - checkedAt < RECHECK_MS) return;
      checkedAt = now();
      if (info.lock.state === 'stale') return takeOverStale();
      if (info.lock.state !== 'held') return;
      const owner = readLockOwner(file);
      if (owner === 'none') {
        session.open(file);
        if (!reportReadOnly().readOnly) log(`${name} er lukket i skrivebordsprogrammet og kan ændres igen`);
        return;
      }
      // The desktop app stopped without letting go (a crash, a pulled plug): once its lock has
      // gone stale, open again (which sees it as stale) and take it over.
      let ageMs: number;
      try {
        ageMs = now() - fs.statSync(lockPathFor(file)).mtimeMs;
      } catch {
        return;
      }
      if (staleReason(owner, ageMs, session.lockEnvironment) === null) return;
      session.open(file);
      takeOverStale();
    },
  };
}
