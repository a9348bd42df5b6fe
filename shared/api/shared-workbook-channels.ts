import { z } from 'zod';
import type { WorkbookInfo } from '../domain/workbook';
import type { SharedWorkbookOverview } from '../domain/shared-workbook';
import { query } from './channel';
import { noInput, requiredText, strictInput } from './validation';

const WORKBOOK_EXTENSION = '.arbejdsbog';
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Why an address typed by the user cannot be a server's, or null. */
export function serverAddressProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Serverens adresse skal være en internetadresse som https://arbejdsbog.kommune.dk';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Serverens adresse skal begynde med https://';
  if (url.username || url.password) return 'Serverens adresse må ikke indeholde brugernavn eller adgangskode';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return 'Serverens adresse er kun navnet og evt. porten, fx https://arbejdsbog.kommune.dk:8443';
  }
  // The invitation code goes in the login: over the network only encrypted.
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return 'Brug https://, så invitationskoden ikke sendes ukrypteret (http:// kun til en server på denne computer)';
  return null;
}

/** The server's origin (scheme, host and port), the one address the app connects to. */
export const serverAddress = requiredText('Serverens adresse', 300)
  .superRefine((value, ctx) => {
    const problem = serverAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => new URL(value.trim()).origin);

/** A workbook's file name on the server (with or without .arbejdsbog), never a path. */
export const sharedWorkbookName = requiredText('Arbejdsbogens navn', 200)
  .refine((value) => !/[/\\]/.test(value) && !value.trim().startsWith('.') && !/\p{Cc}/u.test(value), {
    error: 'Arbejdsbogens navn er filens navn på serveren, fx »Social balance i Mørkhøj«, uden mapper',
  })
  .transform((value) => {
    const name = value.trim();
    return name.toLowerCase().endsWith(WORKBOOK_EXTENSION) ? name : `${name}${WORKBOOK_EXTENSION}`;
  });

const invitationCode = requiredText('Invitationskoden', 200);

/**
 * Shared workbooks, hosted by `npm run server`. The app's main process holds the connection and
 * the code; the window only names the server, the workbook and (once) the code.
 */
export const sharedWorkbookChannels = {
  /** Logs in with an invitation code and shows the shared workbook; remember keeps the code encrypted. */
  'workbook.openShared': query<WorkbookInfo>()(
    strictInput({ server: serverAddress, workbook: sharedWorkbookName, code: invitationCode, remember: z.boolean({ error: 'Husk koden skal være ja eller nej' }) }),
  ),
  /** Opens a shared workbook opened before whose code is remembered on this machine. */
  'workbook.openRecentShared': query<WorkbookInfo>()(strictInput({ id: requiredText('Delt arbejdsbog', 100) })),
  /** The shared workbooks opened before (without their codes) and whether a code can be kept safely. */
  'workbook.sharedWorkbooks': query<SharedWorkbookOverview>()(noInput),
};
