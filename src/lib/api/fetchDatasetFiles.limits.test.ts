/**
 * Loading from an address against local servers that misbehave: one that
 * streams endlessly, one that never answers, one that stops sending, one that
 * answers slowly but finishes, and one whose Content-Length is wrong. Small
 * limits stand in for the real ones (FETCH_LIMITS), which the e2e suite uses.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDatasetFiles, FETCH_LIMITS, type FetchLimits } from './fetchDatasetFiles';

const HEADER = 'organisatie_id,naam,vanaf,tot,opvolger_id\n';
const ROW = 'ORG1,Bibliotheek,2020-Q1,,\n';
// Waits long enough for a loaded machine to answer a healthy request, short enough for a unit test.
const limits: FetchLimits = { fileBytes: 256 * 1024, loadBytes: 384 * 1024, answerSeconds: 2, stallSeconds: 1 };

let server: Server;
let base = '';
const sockets = new Set<Socket>();
const sent = new Map<string, number>();

function endless(response: ServerResponse, path: string) {
  response.writeHead(200, { 'Content-Type': 'text/csv' });
  const chunk = ROW.repeat(2000);
  let bytes = 0;
  const write = () => {
    // Until the client goes away; the limit must stop it long before this bound.
    while (!response.destroyed && bytes < 64 * 1024 * 1024) {
      bytes += chunk.length;
      sent.set(path, bytes);
      if (!response.write(chunk)) return void response.once('drain', write);
    }
  };
  write();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    if (path.startsWith('/endless/')) return endless(response, path);
    if (path === '/silent/organisaties.csv') return; // accepts and never answers
    if (path === '/stall/organisaties.csv') {
      response.writeHead(200, { 'Content-Type': 'text/csv' });
      return void response.write(HEADER); // then nothing, connection open
    }
    if (path === '/wrong-length/organisaties.csv') {
      // Announces more than it sends, then closes the connection.
      response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': '5000', Connection: 'close' });
      return void response.end(HEADER + ROW, () => response.socket?.destroy());
    }
    if (path === '/slow/organisaties.csv' || path === '/slow/werkgebieden.csv') {
      const body = HEADER + ROW.repeat(50);
      response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(body.length) });
      // Four pieces, each well within the stall limit: slow, but it finishes.
      const pieces = [0, 1, 2, 3].map((i) => body.slice((i * body.length) / 4, ((i + 1) * body.length) / 4));
      pieces.forEach((piece, i) => setTimeout(() => (i === 3 ? response.end(piece) : response.write(piece)), i * 150));
      return;
    }
    if (path === '/big-announced/organisaties.csv') {
      response.writeHead(200, { 'Content-Type': 'text/csv', 'Content-Length': String(limits.fileBytes + 1) });
      return void response.end();
    }
    response.writeHead(404).end();
  });
  server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const load = (text: string, progress: [number, number | null][] = []) => fetchDatasetFiles(text, base, new AbortController().signal, (done, total) => progress.push([done, total]), limits);

describe('fetchDatasetFiles limits', () => {
  it('refuses a file that keeps sending once it passes the file limit, naming the address and the limit', async () => {
    const progress: [number, number | null][] = [];
    const { files, problems } = await load('endless/organisaties.csv', progress);
    expect(files).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'fetch-failed', message: 'fetch-failed.too-large', file: 'organisaties.csv', params: { limit: '0 MB', url: `${base}endless/organisaties.csv` } })]);
    // Stopped while streaming: little more than the limit was read (and sent), and the size was never known.
    expect(progress.at(-1)![0]).toBeLessThanOrEqual(limits.fileBytes + 64 * 1024);
    expect(progress.every(([, total]) => total === null)).toBe(true);
    expect(sent.get('/endless/organisaties.csv')!).toBeLessThan(16 * 1024 * 1024);
  });

  it('stops the whole load when the files together pass the load limit', async () => {
    const { problems } = await load('endless/organisaties.csv endless/werkgebieden.csv');
    expect(problems.map((p) => p.message)).toContain('fetch-failed.load-too-large');
  });

  it('refuses a file whose announced size is over the limit without reading it', async () => {
    const { problems } = await load('big-announced/organisaties.csv');
    expect(problems).toEqual([expect.objectContaining({ message: 'fetch-failed.too-large' })]);
  });

  it('gives up on a server that does not answer, and on one that stops sending', async () => {
    const silent = await load('silent/organisaties.csv');
    expect(silent.problems).toEqual([expect.objectContaining({ message: 'fetch-failed.no-answer', params: { seconds: limits.answerSeconds, url: `${base}silent/organisaties.csv` } })]);
    const stalled = await load('stall/organisaties.csv');
    expect(stalled.problems).toEqual([expect.objectContaining({ message: 'fetch-failed.stalled', params: { seconds: limits.stallSeconds, url: `${base}stall/organisaties.csv` } })]);
  });

  it('waits for a server that answers slowly but finishes, with progress towards the announced size', async () => {
    const progress: [number, number | null][] = [];
    const { files, problems } = await load('slow/organisaties.csv slow/werkgebieden.csv', progress);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes).split('\n').length])).toEqual([['organisaties.csv', 52], ['werkgebieden.csv', 52]]);
    const total = (HEADER + ROW.repeat(50)).length * 2;
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('names a body shorter than the Content-Length the server announced', async () => {
    const { files, problems } = await load('wrong-length/organisaties.csv');
    expect(files).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ message: 'fetch-failed.length-mismatch', params: expect.objectContaining({ expected: 5000, url: `${base}wrong-length/organisaties.csv` }) })]);
  });

  it('has generous real limits: 100 MB a file, 200 MB a load, 30 s without an answer', () => {
    expect(FETCH_LIMITS).toEqual({ fileBytes: 100 * 1024 * 1024, loadBytes: 200 * 1024 * 1024, answerSeconds: 30, stallSeconds: 30 });
  });
});
