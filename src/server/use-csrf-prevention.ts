/**
 * Refuses the requests a web page can make a browser send to /graphql without a CORS preflight: POST
 * bodies that are form-encoded, multipart or text/plain (or untyped). Only JSON (and yoga's
 * `application/graphql`) bodies reach GraphQL, and those need a preflight that only the origins in
 * GATEWAY_CORS_ORIGINS pass. Mutations over GET are refused by yoga itself.
 */
import type { Plugin } from 'graphql-yoga';

const ACCEPTED_BODY_TYPES = ['application/json', 'application/graphql', 'application/graphql+json'];

export function useCsrfPrevention(endpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.method !== 'POST') return;
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (ACCEPTED_BODY_TYPES.includes(mediaType)) return;
      const message = `POST /graphql takes application/json bodies; ${mediaType || 'an untyped body'} is refused (a web page could send it without a CORS preflight)`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] }), {
          status: 415,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
