import path from 'node:path';
import { UsageError, type CliCommand } from './command';
import { EXPORT_KINDS } from './exports';

/** "--out x --møde 3" → { out: 'x', møde: '3' }; anything else is a usage error. */
function parseOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!flag.startsWith('--') || flag.length < 3 || value === undefined || value.startsWith('--')) throw new UsageError();
    const name = flag.slice(2);
    if (name in options) throw new UsageError();
    options[name] = value;
  }
  return options;
}

function kindsText(): string {
  return EXPORT_KINDS.map((k) => {
    const extra = Object.entries(k.options ?? {}).map(([name, text]) => ` --${name} <${text}>`).join('');
    return `${k.name}${extra} (${k.description})`;
  }).join('; ');
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export <${EXPORT_KINDS.map((k) => k.name).join('|')}> <fil> --out <sti>`,
  description: `skriv et dokument fra arbejdsbogen: ${kindsText()}`,
  async run(args, ctx) {
    const [kindName, file, ...rest] = args;
    const kind = EXPORT_KINDS.find((k) => k.name === kindName);
    if (!kind || !file || file.startsWith('--')) throw new UsageError();
    const { out, ...options } = parseOptions(rest);
    if (!out) throw new UsageError();
    const allowed = new Set(Object.keys(kind.options ?? {}));
    if (Object.keys(options).some((name) => !allowed.has(name))) throw new UsageError();
    ctx.session.open(file);
    const written = await kind.write({ ...ctx, target: out, options });
    ctx.out(`${path.basename(file)}: ${kind.name} skrevet til ${written}\n`);
    return 0;
  },
};
