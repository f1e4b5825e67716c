// Raw HTTP requests to a code-server, the way a script (not a browser) would send them: a page
// request with or without the session cookie, the login form, and a WebSocket upgrade with any
// Host and Origin headers. Used to check that nothing gets in without the password.
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';

/** The name of code-server's session cookie. */
export const SESSION_COOKIE = 'code-server-session';

export interface PageAnswer {
  status: number;
  location?: string;
  /** `name=value` of the session cookie the answer sets, if any. */
  sessionCookie?: string;
  body: string;
}

/** GET (or POST a form to) `url` without following redirects. */
export async function fetchPage(
  url: string,
  options: { cookie?: string; form?: Record<string, string> } = {},
): Promise<PageAnswer> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const response = await fetch(url, { method: body ? 'POST' : 'GET', headers, body, redirect: 'manual' });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return {
    status: response.status,
    location: response.headers.get('location') ?? undefined,
    sessionCookie: session,
    body: await response.text(),
  };
}

/** How the server answered a WebSocket upgrade: switched (101), an HTTP status, or a closed socket. */
export type UpgradeAnswer = { upgraded: true } | { upgraded: false; status?: number; closed?: string };

/** Sends a WebSocket upgrade request for `path` to 127.0.0.1:`port` with the given headers. */
export function tryUpgrade(
  port: number,
  path: string,
  headers: { host?: string; origin?: string; cookie?: string },
): Promise<UpgradeAnswer> {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        host: headers.host ?? `127.0.0.1:${port}`,
        ...(headers.origin ? { origin: headers.origin } : {}),
        ...(headers.cookie ? { cookie: headers.cookie } : {}),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ upgraded: false, closed: 'no answer within 10 s' });
    }, 10_000);
    const done = (answer: UpgradeAnswer): void => {
      clearTimeout(timer);
      resolve(answer);
    };
    req.on('upgrade', (_response, socket) => {
      socket.destroy();
      done({ upgraded: true });
    });
    req.on('response', (response) => {
      response.resume();
      done({ upgraded: false, status: response.statusCode });
    });
    req.on('error', (error) => done({ upgraded: false, closed: error.message }));
    req.end();
  });
}
