// For integration tests: a real SMTP server and a real HTTP receiver on loopback, each
// recording what reached it. Never a mock of nodemailer or fetch.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  parsed: ParsedMail;
}

export async function startSmtpServer(): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = (server.server as Server).address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  at: Date;
}

/** Answers each POST with the next status in `statuses` (then 200), recording every request. */
export async function startReceiver(statuses: number[] = []): Promise<{ url: string; requests: ReceivedRequest[]; answers: number[]; hold: (p: Promise<void> | null) => void; close: () => Promise<void> }> {
  const requests: ReceivedRequest[] = [];
  const answers = [...statuses];
  let holding: Promise<void> | null = null;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: new Date() });
      if (holding) await holding;
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/claimdesk`,
    requests,
    answers,
    hold: (p) => {
      holding = p;
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
