import { errorMessage } from '../errors.js';

export interface WebhookOptions {
  /** A slow webhook must not hold the job: give up after this long (default 10 s). */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * POSTs Slack's `{ "text": … }` to `url`. Never throws: resolves to null when the webhook
 * took it, else to a one-line reason fit to print. The URL is a secret (its path is the
 * credential), and fetch's errors can quote it, so every form of it is cut from the reason.
 */
export async function postWebhook(
  url: string,
  text: string,
  options: WebhookOptions = {},
): Promise<string | null> {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read the body so the connection is released; its content is not needed.
    await response.arrayBuffer().catch(() => undefined);
    return response.ok ? null : `the webhook answered HTTP ${response.status}`;
  } catch (error) {
    if (isTimeout(error)) return `the webhook did not answer within ${timeoutMs / 1000} s`;
    return redactUrl(describe(error), url);
  }
}

/** Slack reads `&`, `<` and `>` as markup; text from outside must show as written. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `message` with the URL, in any form fetch may print it, replaced by a placeholder. */
export function redactUrl(message: string, url: string): string {
  const forms = new Set([url]);
  try {
    const parsed = new URL(url);
    forms.add(parsed.href);
    const secretPart = `${parsed.pathname}${parsed.search}`;
    // The path and query are the credential; the host alone (hooks.slack.com) is not.
    if (secretPart.length > 1) forms.add(secretPart);
    if (parsed.username || parsed.password) forms.add(`${parsed.username}:${parsed.password}`);
  } catch {
    // Not a URL: options refuse those, and the whole string is already in `forms`.
  }
  let result = message;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (form !== '') result = result.split(form).join('<webhook URL>');
  }
  return result;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** fetch says only "fetch failed"; the reason (refused, DNS, TLS) is in its cause. */
function describe(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const message = errorMessage(error);
  return cause === undefined ? message : `${message}: ${errorMessage(cause)}`;
}
