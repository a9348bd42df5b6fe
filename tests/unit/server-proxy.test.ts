// Behind a reverse proxy every request comes from the proxy's address. Told which address is
// the proxy (--trust-proxy), the server counts login attempts per member's own address (from
// X-Forwarded-For), so one guesser cannot lock everyone out; told nothing, it believes no header.
import { afterEach, describe, expect, it } from 'vitest';
import { hostFolder, WORKBOOK, type HostedFolder } from '../support/server-client';

let folder: HostedFolder;

afterEach(async () => {
  await folder.close();
});

async function loginFrom(forwardedFor: string): Promise<number> {
  const response = await fetch(`${folder.server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: folder.server.url, 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ workbook: WORKBOOK, code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' }),
  });
  await response.body?.cancel();
  return response.status;
}

describe('behind a reverse proxy', () => {
  it('with --trust-proxy counts guesses per forwarded address and logs that address', async () => {
    folder = await hostFolder({ loginsPerWindow: 3 }, { trustProxy: '127.0.0.1' });
    const guesser: number[] = [];
    for (let i = 0; i < 5; i++) guesser.push(await loginFrom('10.20.30.40'));
    expect(guesser).toEqual([401, 401, 401, 429, 429]);
    // Another member behind the same proxy is not locked out.
    expect(await loginFrom('10.20.30.41')).toBe(401);
    expect(folder.log.some((line) => line.includes('10.20.30.40'))).toBe(true);
  });

  it('without it believes no X-Forwarded-For: a guesser cannot dodge the limit by inventing addresses', async () => {
    folder = await hostFolder({ loginsPerWindow: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await loginFrom(`10.0.0.${i}`));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(folder.log.some((line) => line.includes('10.0.0.'))).toBe(false);
  });
});
