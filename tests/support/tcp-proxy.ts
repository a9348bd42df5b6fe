// A TCP proxy on 127.0.0.1 in front of a test server: it can cut every connection, refuse new
// ones and swallow the server's answers, as a lost network does.
import net from 'node:net';

/** A TCP proxy on 127.0.0.1 in front of the server. */
export interface Proxy {
  url: string;
  /** Closes every connection and refuses new ones until restored. */
  cut(): void;
  restore(): void;
  /** While on, what the server sends is dropped (the answer to a stored change is lost). */
  swallowReplies: boolean;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  let down = false;
  const proxy: Proxy = {
    url: '',
    swallowReplies: false,
    cut: () => {
      down = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore: () => {
      down = false;
    },
    close: () => new Promise((resolve) => {
      proxy.cut();
      server.close(() => resolve());
    }),
  };
  const server = net.createServer((client) => {
    if (down) return client.destroy();
    const upstream = net.connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (!proxy.swallowReplies) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return proxy;
}
