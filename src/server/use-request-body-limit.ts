/**
 * The largest GraphQL request body over HTTP, as yoga's `maxRequestBodySize` enforces it (413
 * REQUEST_ENTITY_TOO_LARGE, 400 BAD_REQUEST for a malformed Content-Length), minus its cost on
 * every request: yoga pipes every body through a counting stream, and that pipeline (a
 * TransformStream, a new Request, and an AbortController aborted at its end, with its DOMException)
 * held a warm cached inbox read to about 60% of the rate it reaches without it. Node's HTTP parser delivers no more than a
 * Content-Length's bytes and refuses one sent with Transfer-Encoding, so a body whose valid length
 * is within the limit is left alone; a body without one (chunked), or with a Content-Encoding
 * (it may grow when decoded), is still counted as it streams.
 * Yoga's own plugin is not exported, hence this one; the gateway sets `maxRequestBodySize: false`.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

function bodyTooLarge() {
  return createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
}

/** One non-negative integer; anything else (a list, as in request smuggling) is refused, not skipped. */
const CONTENT_LENGTH = /^\d+$/;

function counted(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream only pipes into a native TransformStream (graphql-yoga#4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > limit) controller.error(bodyTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

/** Last among the plugins, so it wraps whichever request parser was chosen (as yoga places its own). */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (!CONTENT_LENGTH.test(length)) {
          throw createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        }
        if (Number(length) > limit) throw bodyTooLarge();
        if (!request.headers.has('content-encoding')) return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((req) => parse(counted(req, limit, fetchAPI)));
    },
  };
}
