/**
 * The unit project's promise, checked rather than hoped for: its tests open no socket (not even on
 * loopback, so not Redis either) and start no process, which is why `npm run test:unit` needs nothing
 * running and takes seconds. A file that breaks the promise fails here at once, named, instead of
 * hanging on a missing Redis on someone's laptop. Loaded as a setup file of the unit project only.
 */
import { ChildProcess } from 'node:child_process';
import { Server, Socket } from 'node:net';
import { afterAll } from 'vitest';

const RULE = 'a *.unit.test.ts opens no socket and starts no process: name the file *.test.ts (integration project) instead';

// Every asynchronous way to start a process (spawn, exec, execFile, fork, a browser launcher) ends in
// this method, which Node's types leave out.
const processes = ChildProcess.prototype as unknown as { spawn: (...args: unknown[]) => unknown };
const original = { connect: Socket.prototype.connect, listen: Server.prototype.listen, spawn: processes.spawn };
const broken: string[] = [];

function refuse(what: string): never {
  const message = `${what}, but ${RULE}`;
  broken.push(message);
  throw new Error(message);
}

Socket.prototype.connect = function connect(): never {
  return refuse('this test connects a socket');
};
Server.prototype.listen = function listen(): never {
  return refuse('this test listens on a port');
};
processes.spawn = function spawn(): never {
  return refuse('this test starts a process');
};

// A client that swallows the error above (ioredis retries quietly) would pass unnoticed otherwise.
afterAll(() => {
  Socket.prototype.connect = original.connect;
  Server.prototype.listen = original.listen;
  processes.spawn = original.spawn;
  if (broken.length > 0) throw new Error(broken[0]);
});
