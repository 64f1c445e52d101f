/**
 * The formats of the trusted-documents variables: GATEWAY_TRUSTED_DOCUMENTS (who may send documents
 * that are in no manifest) and GATEWAY_TRUSTED_DOCUMENTS_FILES (the manifests frontend teams ship).
 * A manifest is graphql-codegen's client preset `persisted-documents.json`: one JSON object mapping
 * a document's id to its text. Parsers throw a plain Error naming the problem; config.ts turns it
 * into a ConfigError naming the variable.
 */
import { readFileSync } from 'node:fs';

/**
 * `allow`: documents of the manifests are served by id, and every caller may also send a document in
 * full. `only`: a caller without process:read may send only trusted documents.
 */
export type TrustedDocumentsMode = 'allow' | 'only';
export const TRUSTED_DOCUMENTS_MODES: readonly TrustedDocumentsMode[] = ['allow', 'only'];

export interface TrustedDocumentManifest {
  /** Where it came from (a file path), for error messages. */
  source: string;
  /** Document id (e.g. `sha256:<hex>`) to document text. */
  documents: Readonly<Record<string, string>>;
}

/** A manifest's JSON, checked for shape only (the schema check happens where the schema is). */
export function parseManifest(source: string, text: string): TrustedDocumentManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${source} must be a JSON object of document id to document text`);
  const documents: Record<string, string> = {};
  for (const [id, document] of Object.entries(value)) {
    if (id.trim() === '' || typeof document !== 'string' || document.trim() === '') {
      throw new Error(`${source}: entry "${id}" must map a non-empty id to a document's text`);
    }
    documents[id] = document;
  }
  return { source, documents };
}

/** GATEWAY_TRUSTED_DOCUMENTS_FILES: comma-separated paths of manifests, each read once at start-up. */
export function parseManifestFiles(raw: string): TrustedDocumentManifest[] {
  const paths = raw
    .split(',')
    .map((path) => path.trim())
    .filter((path) => path !== '');
  if (paths.length === 0) throw new Error('expected comma-separated paths of persisted-documents.json files');
  return paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new Error(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
    return parseManifest(path, text);
  });
}
