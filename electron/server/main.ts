// `npm run server -- <mappe> [--port 8443] [--host 127.0.0.1] [--cert fil --key fil] [--origin url] [--trust-proxy adresse]`
// hosts every workbook in the folder; `add` copies a local workbook there with its chair's invitation;
// `invite`, `members` and `revoke` manage who may log in.
// Exit codes: 0 ok, 1 refused, 64 wrong usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { USER_ROLES, type UserRole } from '../../shared/domain/user';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';
import { addWorkbook } from './add-workbook';
import { MemberStore } from './members';
import { startServer } from './server';

const USAGE = `Brug:
  npm run server -- <mappe> [--port 8443] [--host 127.0.0.1] [--cert <fil> --key <fil>] [--origin https://<adresse>] [--trust-proxy <proxyens adresse>]
  npm run server -- add <arbejdsbog> --chair "<navn>" --folder <serverens mappe> [--email <adresse>]
  npm run server -- invite <mappe>/<arbejdsbog> --name "<navn>" --role "<${USER_ROLES.join('|')}>" [--email <adresse>]
  npm run server -- members <mappe>/<arbejdsbog>
  npm run server -- revoke <mappe>/<arbejdsbog> <id eller navn>
`;

class UsageError extends Error {}

function workbookArgument(value: string | undefined): string {
  if (!value) throw new UsageError();
  const file = path.resolve(value.endsWith(WORKBOOK_EXTENSION) ? value : `${value}${WORKBOOK_EXTENSION}`);
  if (!fs.existsSync(file)) throw new Error(`Arbejdsbogen "${file}" findes ikke`);
  return file;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string' }, host: { type: 'string' }, origin: { type: 'string' }, 'trust-proxy': { type: 'string' }, cert: { type: 'string' }, key: { type: 'string' },
      name: { type: 'string' }, role: { type: 'string' }, email: { type: 'string' }, chair: { type: 'string' }, folder: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  const out = (line: string) => process.stdout.write(`${line}\n`);

  const printInvitation = (member: { name: string; role: string }, workbookPath: string, code: string) => {
    out(`${member.name} (${member.role}) er inviteret til ${path.basename(workbookPath)}.`);
    out(`Personlig invitationskode – vises kun denne ene gang, giv den videre ad en sikker vej:`);
    out(`  ${code}`);
  };

  if (command === 'invite') {
    const store = new MemberStore(workbookArgument(rest[0]));
    const name = values.name?.trim();
    if (!name || rest.length !== 1) throw new UsageError();
    if (!USER_ROLES.includes(values.role as UserRole)) throw new Error(`Rolle skal være en af: ${USER_ROLES.join(', ')}`);
    const { member, code } = await store.invite({ name, role: values.role as UserRole }, values.email?.trim() || null);
    printInvitation(member, store.workbookPath, code);
    return 0;
  }
  if (command === 'add') {
    const chair = values.chair?.trim();
    if (!chair || rest.length !== 1) throw new UsageError();
    if (!values.folder) throw new Error('Angiv serverens mappe med --folder <mappe>');
    const added = await addWorkbook(workbookArgument(rest[0]), values.folder, { name: chair, email: values.email?.trim() || null });
    out(`${path.basename(added.file)} er kopieret til serverens mappe som ${added.file}; serveren arbejder i sin egen kopi, den lokale fil er uændret.`);
    printInvitation(added.chair, added.file, added.code);
    return 0;
  }
  if (command === 'members') {
    const store = new MemberStore(workbookArgument(rest[0]));
    const members = store.list();
    if (!members.length) out('Ingen inviterede medlemmer.');
    for (const m of members) out(`${m.id}  ${m.name} (${m.role})${m.email ? ` <${m.email}>` : ''}  inviteret ${m.invitedAt.slice(0, 10)}${m.revokedAt ? `  TRUKKET TILBAGE ${m.revokedAt.slice(0, 10)}` : ''}`);
    return 0;
  }
  if (command === 'revoke') {
    const store = new MemberStore(workbookArgument(rest[0]));
    if (rest.length !== 2) throw new UsageError();
    const revoked = store.revoke(rest[1]!);
    if (!revoked.length) throw new Error(`Intet aktivt medlem med id eller navn "${rest[1]}"`);
    for (const m of revoked) out(`Invitationen til ${m.name} (${m.role}) er trukket tilbage.`);
    return 0;
  }

  if (!command || rest.length) throw new UsageError();
  if (!fs.existsSync(command) || !fs.statSync(command).isDirectory()) throw new Error(`Mappen "${command}" findes ikke`);
  if (Boolean(values.cert) !== Boolean(values.key)) throw new Error('Angiv både --cert og --key (eller ingen af dem)');
  const port = values.port === undefined ? 8443 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port skal være et tal mellem 0 og 65535');
  const server = await startServer({
    folder: command,
    host: values.host ?? '127.0.0.1',
    port,
    publicOrigin: values.origin,
    trustProxy: values['trust-proxy'],
    tls: values.cert && values.key ? { cert: fs.readFileSync(values.cert), key: fs.readFileSync(values.key) } : undefined,
  });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(USAGE);
      process.exitCode = 64;
      return;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
