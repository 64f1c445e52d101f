/**
 * The control API over HTTP (`/_sandbox/...`, JSON), for teams that run `npm run sandbox` from other
 * languages. It mirrors `SandboxControl`.
 */
import type { ProcessSpec, SandboxControl, SandboxEventDelivery, SandboxFault } from '../types.js';

export interface ControlAnswer {
  status: number;
  body: unknown;
}

export interface ControlHttpDeps {
  control: SandboxControl;
  setWebhookUrl(url: string | undefined): void;
  setEventDelivery(delivery: SandboxEventDelivery): void;
  info(): Record<string, unknown>;
}

type Body = Record<string, unknown>;
type Handler = (match: RegExpExecArray, body: Body) => unknown;

class BadRequest extends Error {}

function field<T>(body: Body, key: string, check: (value: unknown) => value is T, what: string): T {
  const value = body[key];
  if (!check(value)) throw new BadRequest(`${key} must be ${what}`);
  return value;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isDelivery = (v: unknown): v is SandboxEventDelivery => v === 'webhook' || v === 'long-connection' || v === 'both';
const isOptionalUrl = (v: unknown): v is string | undefined | null => v === undefined || v === null || typeof v === 'string';

export function controlRoutes(deps: ControlHttpDeps): (method: string, path: string, body: Body) => Promise<ControlAnswer> {
  const { control } = deps;
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/_sandbox\/info$/, () => deps.info()],
    ['GET', /^\/_sandbox\/calls$/, () => control.callCounts()],
    ['DELETE', /^\/_sandbox\/calls$/, () => control.resetCounts()],
    ['GET', /^\/_sandbox\/requests$/, () => control.requests()],
    ['POST', /^\/_sandbox\/faults$/, (_, body) => control.injectFault(body as unknown as SandboxFault)],
    ['DELETE', /^\/_sandbox\/faults$/, () => control.clearFaults()],
    ['POST', /^\/_sandbox\/expire-tokens$/, () => control.expireTokens()],
    ['POST', /^\/_sandbox\/drop-events$/, (_, body) => control.dropEvents(field(body, 'count', isNumber, 'a number'))],
    ['POST', /^\/_sandbox\/delay-events$/, (_, body) => control.delayEvents(field(body, 'ms', isNumber, 'a number'))],
    ['POST', /^\/_sandbox\/flush-events$/, () => control.flushEvents()],
    ['GET', /^\/_sandbox\/events$/, () => control.pushedEvents()],
    ['POST', /^\/_sandbox\/reset$/, () => control.reset()],
    ['GET', /^\/_sandbox\/users$/, () => control.users()],
    ['GET', /^\/_sandbox\/users\/([^/]+)\/tasks$/, (m) => control.tasksOf(decodeURIComponent(m[1]!))],
    ['GET', /^\/_sandbox\/processes$/, () => ({ processIds: control.processIds() })],
    ['POST', /^\/_sandbox\/processes$/, (_, body) => ({ processId: control.createProcess(body as ProcessSpec) })],
    ['GET', /^\/_sandbox\/processes\/([^/]+)$/, (m) => control.getProcessWire(decodeURIComponent(m[1]!)) ?? notFound()],
    [
      'POST',
      /^\/_sandbox\/processes\/([^/]+)\/comments$/,
      (m, body) => ({
        commentId: control.addComment(
          decodeURIComponent(m[1]!),
          field(body, 'commentor', isString, 'an open_id'),
          field(body, 'message', isString, 'a string'),
        ),
      }),
    ],
    ['PUT', /^\/_sandbox\/webhook$/, (_, body) => deps.setWebhookUrl(field(body, 'url', isOptionalUrl, 'a URL or null') ?? undefined)],
    [
      'PUT',
      /^\/_sandbox\/event-delivery$/,
      (_, body) => deps.setEventDelivery(field(body, 'delivery', isDelivery, 'webhook, long-connection or both')),
    ],
    ['POST', /^\/_sandbox\/events\/([^/]+)\/repeat$/, (m) => (control.repeatEvent(decodeURIComponent(m[1]!)) ? {} : notFound())],
    ['GET', /^\/_sandbox\/long-connection$/, () => control.longConnectionStats()],
    ['POST', /^\/_sandbox\/long-connection\/drop$/, () => ({ dropped: control.dropLongConnections() })],
    ['POST', /^\/_sandbox\/long-connection\/half-open$/, () => ({ halfOpen: control.halfOpenLongConnections() })],
    [
      'POST',
      /^\/_sandbox\/long-connection\/refuse-discovery$/,
      (_, body) =>
        control.refuseDiscovery(
          field(body, 'code', isNumber, 'a number'),
          body.times === undefined ? undefined : field(body, 'times', isNumber, 'a number'),
        ),
    ],
    [
      'POST',
      /^\/_sandbox\/long-connection\/split-next$/,
      (_, body) => control.splitNextMessage(field(body, 'parts', isNumber, 'a number')),
    ],
  ];
  return async (method, path, body) => {
    for (const [routeMethod, pattern, handle] of routes) {
      const match = pattern.exec(path);
      if (!match || routeMethod !== method) continue;
      try {
        return { status: 200, body: (await handle(match, body)) ?? {} };
      } catch (error) {
        if (error instanceof NotFound) return { status: 404, body: { error: 'not found' } };
        return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
      }
    }
    return { status: 404, body: { error: `no control route ${method} ${path}` } };
  };
}

class NotFound extends Error {}

function notFound(): never {
  throw new NotFound();
}
