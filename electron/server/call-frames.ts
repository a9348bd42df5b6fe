// Reading one frame a member's socket sent: one too large, binary, not JSON or not shaped as a
// call is answered in Danish and nothing runs. Split out of server.ts so the socket handler
// there holds only the checks on a call it can read (login, channel, calls waiting).
import type { RawData } from 'ws';
import type { z } from 'zod';
import { failure, type Envelope } from '../../shared/api/envelope';
import { callFrameSchema } from '../../shared/api/socket-protocol';

export type ReadFrame =
  | { ok: true; frame: z.infer<typeof callFrameSchema> }
  /** id: the call's own id when it could be read, so the client can match the refusal. */
  | { ok: false; id: string | number | null; envelope: Envelope<never> };

/** "4 MB", "16 kB": a limit as a member reads it. */
function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.floor(bytes / 1024)} kB`;
}

export function readCallFrame(data: RawData, isBinary: boolean, maxFrameBytes: number): ReadFrame {
  const bytes = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer | ArrayBuffer).byteLength;
  if (bytes > maxFrameBytes) return { ok: false, id: null, envelope: failure('invalid_input', `Kaldet er for stort (højst ${describeBytes(maxFrameBytes)}). Intet er ændret`) };
  if (isBinary) return { ok: false, id: null, envelope: failure('invalid_input', 'Kaldet skal være tekst (JSON). Intet er ændret') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
  } catch {
    return { ok: false, id: null, envelope: failure('invalid_input', 'Kaldet er ikke gyldig JSON. Intet er ændret') };
  }
  const frame = callFrameSchema.safeParse(parsed);
  if (!frame.success) {
    const id = typeof parsed === 'object' && parsed && 'id' in parsed && (typeof parsed.id === 'string' || typeof parsed.id === 'number') ? parsed.id : null;
    return { ok: false, id, envelope: failure('invalid_input', 'Kaldet har ikke formen {id, channel, input}. Intet er ændret') };
  }
  return { ok: true, frame: frame.data };
}
