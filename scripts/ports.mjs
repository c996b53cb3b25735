// Loopback ports for the servers the tests start themselves (WebKitWebDriver, Kamailio).
import net from 'node:net';

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once `port` on 127.0.0.1 accepts a TCP connection; rejects as soon as `failed()`
 * returns why it never will (polls the condition; no fixed wait).
 */
export function whenListening(port, failed) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const why = failed();
      if (why) return reject(new Error(why));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        setTimeout(attempt, 20);
      });
    };
    attempt();
  });
}
