// A stand-in for a PostgreSQL server older than the migrations support. No such server can be installed on the
// machines the tests run on, so this speaks just enough of the wire protocol (3.0, no TLS, no password) to be one:
// it reports its version at start-up (ParameterStatus server_version) and answers the queries that ask for the
// version. Every other statement gets an error response, as from a server that cannot do what is asked; a command
// that reaches past the version check therefore fails loudly instead of passing by accident.
import net from 'node:net';
import { expect } from 'vitest';

export interface OldServer {
  /** A connection URL for it (user postgres, database postgres). */
  url: string;
  port: number;
  /** The statements it was sent, in order: which ones a command ran before it stopped. */
  statements: string[];
  /** Fails the test unless every statement it was sent asked for the version: the command stopped at the check. */
  expectOnlyVersionAsked(): void;
  close(): Promise<void>;
}

const TEXT_OID = 25;

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8');
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};

function rowDescription(columns: string[]): Buffer {
  const fields = columns.map((name) => Buffer.concat([cstring(name), int32(0), int16(0), int32(TEXT_OID), int16(-1), int32(-1), int16(0)]));
  return message('T', Buffer.concat([int16(columns.length), ...fields]));
}

function dataRow(values: string[]): Buffer {
  const cells = values.map((value) => {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([int32(bytes.length), bytes]);
  });
  return message('D', Buffer.concat([int16(values.length), ...cells]));
}

function errorResponse(code: string, text: string): Buffer {
  return message('E', Buffer.concat([cstring(`SERROR`), cstring(`VERROR`), cstring(`C${code}`), cstring(`M${text}`), Buffer.from([0])]));
}

const readyForQuery = () => message('Z', Buffer.from('I', 'latin1'));

/** The columns and values a version query asks for, or undefined for any other statement. */
function answerTo(sql: string, version: string, versionNum: string): { columns: string[]; values: string[] } | undefined {
  const text = sql.trim().replace(/;$/, '');
  if (/^SHOW\s+server_version_num$/i.test(text)) return { columns: ['server_version_num'], values: [versionNum] };
  if (/^SHOW\s+server_version$/i.test(text)) return { columns: ['server_version'], values: [version] };
  // SELECT version(), current_setting('server_version_num') AS num, and the like: one column per item.
  const select = /^SELECT\s+(.+)$/is.exec(text);
  if (!select) return undefined;
  const columns: string[] = [];
  const values: string[] = [];
  for (const item of select[1]!.split(',').map((part) => part.trim())) {
    const alias = /\s+AS\s+"?(\w+)"?$/i.exec(item)?.[1];
    const expression = item.replace(/\s+AS\s+"?\w+"?$/i, '');
    if (/^version\(\)$/i.test(expression)) {
      columns.push(alias ?? 'version');
      values.push(`PostgreSQL ${version} on x86_64-pc-linux-gnu, a stand-in that answers only version queries`);
    } else if (/^current_setting\('server_version_num'\)$/i.test(expression)) {
      columns.push(alias ?? 'current_setting');
      values.push(versionNum);
    } else if (/^current_setting\('server_version'\)$/i.test(expression)) {
      columns.push(alias ?? 'current_setting');
      values.push(version);
    } else return undefined;
  }
  return { columns, values };
}

/** Speaks to one client: start-up, then one answer per message, as long as the client stays. */
function serve(socket: net.Socket, version: string, statements: string[]): void {
  const [major, minor = '0'] = version.split('.');
  const versionNum = String(Number(major) * 10000 + Number(minor));
  const cannot = () => errorResponse('0A000', `PostgreSQL ${version} (a test stand-in) cannot run this`);
  let buffer = Buffer.alloc(0);
  let started = false;
  let failedUntilSync = false;
  const startUp = (): boolean => {
    if (buffer.length < 8 || buffer.length < buffer.readInt32BE(0)) return false;
    const code = buffer.readInt32BE(4);
    buffer = buffer.subarray(buffer.readInt32BE(0));
    // No TLS, no GSS encryption: the client goes on in plain text.
    if (code === 80877103 || code === 80877104) return socket.write('N');
    started = true;
    const parameters: Array<[string, string]> = [
      ['server_version', version],
      ['server_encoding', 'UTF8'],
      ['client_encoding', 'UTF8'],
      ['DateStyle', 'ISO, MDY'],
      ['integer_datetimes', 'on'],
      ['standard_conforming_strings', 'on'],
    ];
    socket.write(
      Buffer.concat([
        message('R', int32(0)),
        ...parameters.map(([name, value]) => message('S', Buffer.concat([cstring(name), cstring(value)]))),
        message('K', Buffer.concat([int32(process.pid), int32(1)])),
        readyForQuery(),
      ]),
    );
    return true;
  };
  const answer = (type: string, body: Buffer) => {
    if (type === 'Q') {
      const sql = body.subarray(0, body.indexOf(0)).toString('utf8');
      statements.push(sql);
      const rows = answerTo(sql, version, versionNum);
      socket.write(
        rows
          ? Buffer.concat([rowDescription(rows.columns), dataRow(rows.values), message('C', cstring('SELECT 1')), readyForQuery()])
          : Buffer.concat([cannot(), readyForQuery()]),
      );
    } else if (type === 'P' || type === 'B' || type === 'D' || type === 'E') {
      // The extended protocol: fail the first message, skip the rest until Sync, as a server does.
      if (type === 'P') statements.push(body.subarray(body.indexOf(0) + 1, body.indexOf(0, body.indexOf(0) + 1)).toString('utf8'));
      if (!failedUntilSync) socket.write(cannot());
      failedUntilSync = true;
    } else if (type === 'S') {
      failedUntilSync = false;
      socket.write(readyForQuery());
    }
  };
  socket.on('error', () => {});
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (!startUp()) return;
        continue;
      }
      if (buffer.length < 5 || buffer.length < buffer.readInt32BE(1) + 1) return;
      const type = String.fromCharCode(buffer[0]!);
      const length = buffer.readInt32BE(1);
      const body = buffer.subarray(5, length + 1);
      buffer = buffer.subarray(length + 1);
      if (type === 'X') {
        socket.end();
        return;
      }
      answer(type, body);
    }
  });
}

/** Starts the stand-in on a free port of 127.0.0.1, reporting `version` (e.g. "13.16"). */
export async function startOldServer(version = '13.16'): Promise<OldServer> {
  const statements: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serve(socket, version, statements);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    statements,
    expectOnlyVersionAsked: () =>
      expect(
        statements.every((sql) => /version/i.test(sql)),
        statements.join('\n'),
      ).toBe(true),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
