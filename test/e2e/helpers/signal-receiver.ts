import type { Worker } from '@playwright/test';
import { storeSettings } from './store-settings';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'drop';

interface StatusEntry {
  id: string;
  status: string;
  answer?: string;
  updatedAt: string;
}

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/;

/**
 * A small stand-in for the Komma inbox on 127.0.0.1: one record per signal id (201 the first
 * time, 200 after), CORS for extension origins only, a bearer token, and a script of failures to
 * answer first. It can be stopped and started again on the same port, to play "server down".
 */
export class SignalReceiver {
  readonly records = new Map<string, Record<string, unknown>>();
  /** Signal id of every POST that reached the receiver, in order, failures included. */
  readonly posts: string[] = [];
  readonly statuses = new Map<string, StatusEntry>();
  private script: Reply[] = [];
  private server: Server | undefined;
  private delayMs = 0;
  private dropping = false;
  private readonly inFlight = new Map<string, number>();
  /** Most POSTs of one signal that were being handled at the same moment. */
  maxConcurrentPerId = 0;

  private constructor(
    readonly port: number,
    readonly token: string,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Finds a free port without listening on it yet: the receiver starts "down". */
  static async reserve(token = 'e2e-token'): Promise<SignalReceiver> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return new SignalReceiver(port, token);
  }

  static async start(token = 'e2e-token'): Promise<SignalReceiver> {
    const receiver = await SignalReceiver.reserve(token);
    await receiver.up();
    return receiver;
  }

  async up() {
    if (this.server) return;
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', resolve);
    });
    this.server = server;
  }

  async down() {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Answers the next POSTs with these, in order ('drop': store the signal, then cut the connection). */
  failNext(...replies: Reply[]) {
    this.script.push(...replies);
  }

  /**
   * While on, every POST is stored and then its connection cut before any answer: the sender can't
   * know it arrived. (Chromium itself resends a POST once when a reused connection drops, so a
   * single drop is not enough to make the outbox see a failure.)
   */
  dropAnswers(on: boolean) {
    this.dropping = on;
  }

  /** Holds every POST this long before answering (to keep requests on the wire). */
  slowDown(ms: number) {
    this.delayMs = ms;
  }

  postsOf(id: string) {
    return this.posts.filter((posted) => posted === id).length;
  }

  setStatus(id: string, status: string, answer?: string) {
    this.statuses.set(id, { id, status, ...(answer ? { answer } : {}), updatedAt: new Date().toISOString() });
  }

  private cors(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin ?? '';
    if (!EXTENSION_ORIGIN.test(origin)) return {};
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-headers': 'authorization, content-type, idempotency-key',
      'access-control-allow-methods': 'GET, POST',
      'access-control-expose-headers': 'Retry-After',
      // As the real inbox does: without it the browser sends a preflight before every POST.
      'access-control-max-age': '600',
      vary: 'Origin',
    };
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const cors = this.cors(request);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...cors, ...headers });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (request.method === 'OPTIONS') return send(204);
    if (request.headers.authorization !== `Bearer ${this.token}`)
      return send(401, { error: 'Geen toegang.', reasons: [] });
    const url = new URL(request.url ?? '/', this.url);

    if (request.method === 'GET' && url.pathname === '/signals/status') {
      const ids = (url.searchParams.get('ids') ?? '').split(',');
      return send(200, { statuses: ids.flatMap((id) => (this.statuses.has(id) ? [this.statuses.get(id)!] : [])) });
    }
    if (request.method !== 'POST' || url.pathname !== '/signals')
      return send(404, { error: 'Niet gevonden.', reasons: [] });

    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const id = String(body.id);
    this.posts.push(id);
    const concurrent = (this.inFlight.get(id) ?? 0) + 1;
    this.inFlight.set(id, concurrent);
    this.maxConcurrentPerId = Math.max(this.maxConcurrentPerId, concurrent);
    try {
      await this.answer(request, response, id, body, send);
    } finally {
      this.inFlight.set(id, (this.inFlight.get(id) ?? 1) - 1);
    }
  }

  private async answer(
    request: IncomingMessage,
    response: ServerResponse,
    id: string,
    body: Record<string, unknown>,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
  ) {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const scripted = this.dropping ? 'drop' : this.script.shift();
    if (scripted === 'drop') {
      this.store(id, body);
      response.socket?.destroy();
      return;
    }
    if (scripted) return send(scripted.status, scripted.body, scripted.headers);
    if (request.headers['idempotency-key'] !== id) {
      return send(400, {
        error: 'Niet aangenomen.',
        reasons: [{ path: 'Idempotency-Key', message: 'hoort gelijk te zijn aan het id' }],
      });
    }
    const existed = this.records.has(id);
    this.store(id, body);
    return send(existed ? 200 : 201, this.statuses.get(id));
  }

  private store(id: string, body: Record<string, unknown>) {
    if (!this.records.has(id)) this.records.set(id, body);
    if (!this.statuses.has(id)) this.setStatus(id, 'nieuw');
  }
}

/** Points the extension at a receiver the way the options page would store it. */
export async function configureReceiver(background: Worker, receiver: SignalReceiver) {
  await storeSettings(background, { signalEndpoint: receiver.url, signalToken: receiver.token });
}
