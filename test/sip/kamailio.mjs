// Starts Debian's Kamailio with test/sip/kamailio.cfg on a free loopback port, as an unprivileged
// process in the foreground, and reports every INVITE it receives (the `clid-invite` lines that
// the config logs). Used by the softphone's end-to-end test; `node test/sip/kamailio.mjs` runs
// it by hand for the reference softphone (`npm run sip-server`), until Ctrl+C.
import { execFileSync, spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, whenListening } from '../../scripts/ports.mjs';

const CONFIG = fileURLToPath(new URL('kamailio.cfg', import.meta.url));
const INSTALL = 'apt-get install -y --no-install-recommends kamailio kamailio-websocket-modules';

export async function startKamailio() {
  const binary = process.env.KAMAILIO_PATH || '/usr/sbin/kamailio';
  if (!existsSync(binary)) {
    throw new Error(
      `Kamailio is not installed: ${binary} is missing. Install it with: ${INSTALL} (or set KAMAILIO_PATH).`,
    );
  }
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'clid-kamailio-'));
  const config = join(folder, 'kamailio.cfg');
  copyFileSync(CONFIG, config);
  chmodSync(config, 0o644);
  const kamailioArgs = ['-f', config, '-l', `tcp:127.0.0.1:${port}`, '-DD', '-E', '-m', '32', '-M', '4', '-Y', folder];
  let command = binary;
  let args = kamailioArgs;
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }));
    chownSync(folder, uid, gid);
    command = 'setpriv';
    args = [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', binary, ...kamailioArgs];
  }

  // Its own process group, so that stop() can end Kamailio's children with it.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const invites = [];
  const events = new EventEmitter();
  let output = '';
  let exit = null;
  /** Reads a stream of Kamailio's by whole lines: a pipe may hand a line over in two chunks. */
  const readLines = (stream) => {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
      output += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop();
      for (const line of lines) {
        const match = /clid-invite\|([^|]*)\|([^|]*)\|([^|]*)\|([^|]*)\|/.exec(line);
        if (!match) continue;
        const [, requestUser, fromUser, fromDisplayName, assertedIdentity] = match;
        const invite = { requestUser, fromUser, fromDisplayName, assertedIdentity };
        invites.push(invite);
        events.emit('invite', invite);
      }
    });
  };
  readLines(child.stdout);
  readLines(child.stderr);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      events.emit('exit');
      resolve();
    });
    child.once('error', (error) => {
      exit = { error };
      events.emit('exit');
      resolve();
    });
  });
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', killGroup);

  const stop = async () => {
    if (!exit) {
      killGroup();
      await exited;
    }
    process.off('exit', killGroup);
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    await whenListening(port, () => {
      if (!exit) return null;
      const problem = exit.error ? exit.error.message : `exited with ${exit.signal ?? `code ${exit.code}`}`;
      const hint = /websocket|xhttp/i.test(output) ? ` Are the WebSocket modules installed? ${INSTALL}.` : '';
      return `Kamailio did not start (${problem}).${hint}\n${output.split('\n').slice(-15).join('\n')}`;
    });
  } catch (error) {
    await stop();
    throw error;
  }

  /** Resolves with the invites once `count` have arrived; rejects on timeout or if Kamailio stops. */
  const waitForInvites = (count, timeoutMs = 5000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (invites.length >= count) done(() => resolve(invites.slice()));
        else if (exit) done(() => reject(new Error(`Kamailio stopped after ${invites.length} INVITE(s)`)));
      };
      const timer = setTimeout(
        () =>
          done(() =>
            reject(new Error(`Kamailio received ${invites.length} INVITE(s) in ${timeoutMs} ms, not ${count}`)),
          ),
        timeoutMs,
      );
      const done = (settle) => {
        clearTimeout(timer);
        events.off('invite', check);
        events.off('exit', check);
        settle();
      };
      events.on('invite', check);
      events.on('exit', check);
      check();
    });

  const onInvite = (listener) => events.on('invite', listener);
  return {
    url: `ws://127.0.0.1:${port}`,
    pid: child.pid,
    invites,
    waitForInvites,
    onInvite,
    output: () => output,
    stop,
  };
}

// `node test/sip/kamailio.mjs`: a SIP server for the reference softphone, until Ctrl+C.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kamailio = await startKamailio();
  console.log(
    `Kamailio (SIP over WebSocket): ${kamailio.url}  — answers every call with 486 Busy Here. Ctrl+C to stop.`,
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await kamailio.stop();
      process.exit(0);
    });
  }
  kamailio.onInvite((invite) => console.log('INVITE', invite));
}
