// Why the app could not reach a shared workbook's server, in Danish, from Node's and undici's
// error codes (fetch wraps the socket's error as its cause).

/** A failure to show the user. retry: a later attempt may succeed (the server is down, not refusing). */
export class RemoteFailure extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
    this.name = 'RemoteFailure';
  }
}

const TLS_REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certifikatet er selvsigneret',
  SELF_SIGNED_CERT_IN_CHAIN: 'certifikatet er udstedt af en ukendt udsteder',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certifikatets udsteder kan ikke bekræftes',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certifikatets udsteder kendes ikke på denne computer',
  CERT_HAS_EXPIRED: 'certifikatet er udløbet',
  CERT_NOT_YET_VALID: 'certifikatet er ikke gyldigt endnu',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certifikatet er udstedt til et andet navn end adressen',
};

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET', 'ABORT_ERR', 'ECONNABORTED']);
const UNKNOWN_NAME = new Set(['ENOTFOUND', 'EAI_AGAIN']);

/** The innermost error code of an error and its causes. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, name } = e as { code?: unknown; name?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (name === 'TimeoutError' || name === 'AbortError') codes.push('ABORT_ERR');
  }
  return codes;
}

/** A Danish failure for an error from fetch or ws while talking to `host`. */
export function describeConnectionError(error: unknown, host: string): RemoteFailure {
  if (error instanceof RemoteFailure) return error;
  const codes = errorCodes(error);
  const tls = codes.map((c) => TLS_REASONS[c]).find(Boolean);
  if (tls) return new RemoteFailure(`Forbindelsen til ${host} er ikke oprettet, fordi serverens certifikat ikke kan godkendes: ${tls}. Tjek adressen, eller spørg kommunens IT`, false);
  if (codes.some((c) => c.startsWith('ERR_SSL') || c === 'EPROTO' || c === 'ERR_TLS_HANDSHAKE_TIMEOUT')) {
    return new RemoteFailure(`Serveren ${host} svarer ikke med en sikker forbindelse (https). Tjek, om adressen skal begynde med https:// eller http://`, false);
  }
  if (codes.some((c) => UNKNOWN_NAME.has(c))) return new RemoteFailure(`Serveren ${host} kan ikke findes. Tjek adressen og netværksforbindelsen`, true);
  if (codes.some((c) => UNREACHABLE.has(c))) return new RemoteFailure(`Serveren ${host} svarer ikke. Tjek adressen og netværksforbindelsen, eller prøv igen om lidt`, true);
  return new RemoteFailure(`Serveren ${host} svarer ikke som forventet (${error instanceof Error ? error.message : String(error)})`, true);
}
