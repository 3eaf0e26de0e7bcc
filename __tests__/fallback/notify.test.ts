import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { escapeSlack, postWebhook, redactUrl } from '../../src/fallback/notify.js';

interface Received {
  method: string;
  contentType: string;
  body: string;
}

/** A webhook on a free local port; `respond` decides what it answers. */
async function startWebhook(
  respond: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end('ok'),
) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        contentType: String(req.headers['content-type']),
        body,
      });
      respond(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  closers.push(close);
  return { url: `http://127.0.0.1:${port}/services/T000/B000/s3cr3t-token`, received };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe('postWebhook', () => {
  it('POSTs Slack-compatible JSON { text }', async () => {
    const hook = await startWebhook();
    await expect(postWebhook(hook.url, 'hello\nworld')).resolves.toBeNull();
    expect(hook.received).toEqual([
      { method: 'POST', contentType: 'application/json', body: '{"text":"hello\\nworld"}' },
    ]);
  });

  it('reports an HTTP error status without the URL', async () => {
    const hook = await startWebhook((_req, res) => res.writeHead(500).end('boom'));
    const problem = await postWebhook(hook.url, 'x');
    expect(problem).toBe('the webhook answered HTTP 500');
  });

  it('gives up on a slow webhook after the timeout', async () => {
    const hook = await startWebhook(() => undefined); // never answers
    const started = Date.now();
    const problem = await postWebhook(hook.url, 'x', { timeoutMs: 300 });
    expect(problem).toBe('the webhook did not answer within 0.3 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports an unreachable webhook without its secret path', async () => {
    const hook = await startWebhook();
    await closers.pop()!();
    const problem = await postWebhook(hook.url, 'x');
    expect(problem).toMatch(/fetch failed/);
    expect(problem).not.toContain('s3cr3t-token');
  });

  it('cuts the URL from an error that quotes it', async () => {
    const url = 'https://hooks.example.com/services/T/B/s3cr3t?x=1';
    const throwing: typeof fetch = async () => {
      throw new TypeError(`Failed to parse URL from ${url}`, {
        cause: new Error(`path /services/T/B/s3cr3t?x=1 refused`),
      });
    };
    const problem = await postWebhook(url, 'x', { fetch: throwing });
    expect(problem).toBe('Failed to parse URL from <webhook URL>: path <webhook URL> refused');
  });
});

describe('redactUrl', () => {
  it.each([
    ['POST https://h.example/a/b/c failed', 'POST <webhook URL> failed'],
    ['at /a/b/c', 'at <webhook URL>'],
    ['host h.example unreachable', 'host h.example unreachable'],
  ])('%j -> %j', (message, expected) => {
    expect(redactUrl(message, 'https://h.example/a/b/c')).toBe(expected);
  });

  it('cuts credentials in the URL too', () => {
    expect(redactUrl('auth user:pw refused', 'https://user:pw@h.example/')).toBe(
      'auth <webhook URL> refused',
    );
  });
});

describe('escapeSlack', () => {
  it('escapes what Slack reads as markup', () => {
    expect(escapeSlack('a <b> & <!channel>')).toBe('a &lt;b&gt; &amp; &lt;!channel&gt;');
  });
});
