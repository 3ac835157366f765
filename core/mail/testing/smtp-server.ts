import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** A message as the test mail server received it, with just enough MIME parsing to check it. */
export interface ReceivedMail {
  raw: string;
  envelopeTo: string[];
  authenticatedAs: string | null;
  header(name: string): string | undefined;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

export interface SmtpAnswer {
  responseCode: number;
  message: string;
}

export interface TestSmtpServer {
  port: number;
  received: ReceivedMail[];
  /** Answer the next messages with this error instead of accepting them (null: accept again). */
  refuseWith(answer: SmtpAnswer | null, stage?: 'recipient' | 'data'): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 (smtp-server, the nodemailer project's own), without TLS. With
 * `users`, it demands AUTH with one of them (allowed in plain text here, as on an internal relay);
 * without, any login is accepted.
 */
export async function startTestSmtpServer(options: { port?: number; users?: Record<string, string> } = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refusal: { answer: SmtpAnswer; stage: 'recipient' | 'data' } | null = null;
  const users = options.users;

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !users,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (!users || users[auth.username ?? ''] === auth.password) callback(null, { user: auth.username });
      else callback(smtpError({ responseCode: 535, message: 'Authentication failed' }));
    },
    onRcptTo(_address, _session, callback) {
      if (refusal?.stage === 'recipient') callback(smtpError(refusal.answer));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusal?.stage === 'data') return callback(smtpError(refusal.answer));
        received.push(parseMail(Buffer.concat(chunks).toString('latin1'), session));
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP test server has no port');

  return {
    port: address.port,
    received,
    refuseWith(answer, stage = 'data') {
      refusal = answer ? { answer, stage } : null;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function smtpError(answer: SmtpAnswer): Error {
  return Object.assign(new Error(answer.message), { responseCode: answer.responseCode });
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parseMail(raw: string, session: SMTPServerSession): ReceivedMail {
  const root = parsePart(raw);
  const leaves = flatten(root);
  const text = leaves
    .filter((p) => (p.headers.get('content-type') ?? 'text/plain').startsWith('text/plain') && !isAttachment(p))
    .map((p) => decodeBody(p).toString('utf8'))
    .join('\n');
  const attachments = leaves.filter(isAttachment).map((p) => ({
    filename: param(p.headers.get('content-disposition') ?? '', 'filename') ?? '',
    contentType: (p.headers.get('content-type') ?? '').split(';')[0]!.trim(),
    content: decodeBody(p),
  }));
  return {
    raw,
    envelopeTo: session.envelope.rcptTo.map((r) => r.address),
    authenticatedAs: (session.user as string | undefined) ?? null,
    header: (name) => root.headers.get(name.toLowerCase()),
    subject: decodeWords(root.headers.get('subject') ?? ''),
    text,
    attachments,
  };
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function flatten(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/')) return [part];
  const boundary = param(type, 'boundary');
  if (!boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1);
  return sections.filter((s) => !s.startsWith('--')).flatMap((s) => flatten(parsePart(s.replace(/^\r\n/, ''))));
}

function isAttachment(part: Part): boolean {
  return (part.headers.get('content-disposition') ?? '').startsWith('attachment');
}

function param(header: string, name: string): string | undefined {
  return new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header)?.[1];
}

function decodeBody(part: Part): Buffer {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body = part.body.replace(/\r\n$/, '');
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return quotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

function quotedPrintable(text: string): Buffer {
  const unwrapped = text.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(unwrapped, 'latin1');
}

/** RFC 2047 encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=), as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : quotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    );
}
