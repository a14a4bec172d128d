// Preloaded into a CLI process by privacy.test.ts: records (and refuses) every attempt to open a socket
// or resolve a name, so the test can assert that a scan never touches the network.
import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.PALISADE_NETWORK_LOG;
function record(what) {
  appendFileSync(log, what + '\n');
}
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  // IPC pipes (e.g. a parent's stdio) are not network sockets.
  if (!(first && typeof first === 'object' && first.path) && typeof first !== 'string') record('net.connect ' + JSON.stringify(first));
  return origConnect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
  const orig = dns[name];
  dns[name] = function (...args) {
    record('dns.' + name + ' ' + String(args[0]));
    return orig.apply(this, args);
  };
}
const origCreate = dgram.createSocket;
dgram.createSocket = function (...args) {
  record('dgram.createSocket');
  return origCreate.apply(this, args);
};
const origFetch = globalThis.fetch;
globalThis.fetch = function (...args) {
  record('fetch ' + String(args[0]));
  return origFetch.apply(this, args);
};
