import net from 'node:net';

/**
 * A TCP proxy between desktops and the sync server, for faults a fetch wrapper cannot make: bytes
 * really leave the desktop, the server really answers, and the proxy cuts the sockets in between.
 *
 * One request per connection: the proxy rewrites each request's `Connection` header to `close`,
 * so the server closes its socket after answering and the client opens a new one for the next
 * request. That holds whatever the client's keep-alive habits are, so the request line read at
 * the start of a connection is the only one on it, and "the response is complete" is simply
 * "the server closed". Parsing HTTP framing (chunked bodies, pipelining) is never needed.
 */
export type ProxyFault =
  | { kind: 'pass' }
  /** The server receives the whole request and answers in full; the client gets none of it. */
  | { kind: 'lose-response' }
  /** The client's socket dies after this many bytes of the request body: the server never gets it whole. */
  | { kind: 'cut-upload'; afterBodyBytes: number }
  /** The client's socket dies after the response head and this many bytes of the body. */
  | { kind: 'cut-download'; afterBodyBytes: number };

export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/v1/pull?cursor=0&limit=2`. */
  path: string;
  fault: ProxyFault['kind'];
  /** Set once the fault struck (or, for 'pass', once the response went through whole). */
  done: boolean;
}

export interface TcpProxy {
  /** The address desktops use as their server URL. */
  url: string;
  /** Every request seen, in order. */
  requests: ProxiedRequest[];
  /** Decides each request's fate from its method and path; everything passes unless set. */
  plan(decide: (request: { method: string; path: string }) => ProxyFault): void;
  /** Where requests go, e.g. after the server restarted on another port. */
  setUpstream(serverUrl: string): void;
  /** While down, every connection is reset as soon as it is accepted: the server is unreachable. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

const HEAD_END = Buffer.from('\r\n\r\n');

export async function startTcpProxy(serverUrl: string): Promise<TcpProxy> {
  let upstream = new URL(serverUrl);
  let decide: (request: { method: string; path: string }) => ProxyFault = () => ({ kind: 'pass' });
  let down = false;
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    track(client);
    if (down) {
      client.resetAndDestroy();
      return;
    }
    let head = Buffer.alloc(0);
    client.on('data', function readHead(chunk: Buffer) {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(HEAD_END);
      if (end < 0) return;
      client.off('data', readHead);
      client.pause();
      relay(client, head.subarray(0, end).toString('latin1'), head.subarray(end + HEAD_END.length));
    });
  });

  function track(socket: net.Socket) {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  function relay(client: net.Socket, rawHead: string, bodyStart: Buffer) {
    const [requestLine = '', ...headerLines] = rawHead.split('\r\n');
    const [method = '', path = ''] = requestLine.split(' ');
    const fault = decide({ method, path });
    const request: ProxiedRequest = { method, path, fault: fault.kind, done: false };
    requests.push(request);
    const headers = headerLines.filter((line) => !/^connection:/i.test(line));
    const forwardedHead = Buffer.from([requestLine, ...headers, 'connection: close', '', ''].join('\r\n'), 'latin1');

    const origin = net.connect({ host: upstream.hostname, port: Number(upstream.port) });
    track(origin);
    const cutBoth = () => {
      request.done = true;
      client.destroy();
      origin.destroy();
    };
    // Either side going away takes the other with it (a dead server leaves the client without an answer).
    client.on('close', () => origin.destroy());
    origin.on('close', () => {
      if (!client.writableEnded) client.destroy();
    });

    // Upstream: the head, then the body as it comes, unless the upload is to be cut.
    let uploaded = 0;
    const upload = (chunk: Buffer) => {
      if (fault.kind === 'cut-upload' && uploaded + chunk.length >= fault.afterBodyBytes) {
        origin.write(chunk.subarray(0, fault.afterBodyBytes - uploaded), cutBoth);
        return;
      }
      uploaded += chunk.length;
      origin.write(chunk);
    };
    origin.write(forwardedHead);
    if (bodyStart.length > 0) upload(bodyStart);
    if (!request.done) client.on('data', upload).resume();

    // Downstream: 'pass' forwards, 'cut-download' forwards up to its cut, 'lose-response' drops it all.
    let response = Buffer.alloc(0);
    let cutAt = Infinity; // known once the response head has arrived
    origin.on('data', (chunk: Buffer) => {
      if (fault.kind === 'pass') client.write(chunk);
      if (fault.kind !== 'cut-download' || request.done) return;
      const sent = response.length;
      response = Buffer.concat([response, chunk]);
      const headEnd = response.indexOf(HEAD_END);
      if (headEnd >= 0) cutAt = headEnd + HEAD_END.length + fault.afterBodyBytes;
      client.write(response.subarray(sent, Math.min(response.length, cutAt)));
      if (response.length >= cutAt) {
        request.done = true;
        client.end(cutBoth); // flush what the client may see, then kill it
      }
    });
    origin.on('end', () => {
      if (fault.kind === 'pass') {
        request.done = true;
        client.end();
      } else {
        // 'lose-response': the server has answered in full, so it committed; the client never hears.
        // The others: the answer ended before their cut, and the client must still not get it whole.
        cutBoth();
        request.done = fault.kind === 'lose-response';
      }
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    plan(fn) {
      decide = fn;
    },
    setUpstream(url) {
      upstream = new URL(url);
    },
    setDown(value) {
      down = value;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
