import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  /** Requests seen per path, to check retries and the cache. */
  hits: Map<string, number>;
  /** Most requests in flight at once per path prefix (first path segment). */
  peak: Map<string, number>;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 and a free port, routing by exact path. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const peak = new Map<string, number>();
  const active = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const group = path.split('/')[1] ?? '';
    active.set(group, (active.get(group) ?? 0) + 1);
    peak.set(group, Math.max(peak.get(group) ?? 0, active.get(group)!));
    res.on('close', () => active.set(group, active.get(group)! - 1));
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
