import type { I18nText } from './process.js';

/** A form or flow value, one member per Feishu VariableValue kind, with references already resolved. */
export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'bool'; bool: boolean }
  | { kind: 'number'; number: string }
  | { kind: 'enum'; enumId: string }
  /** Calendar date, `YYYY-MM-DD` (Feishu sends days since 1970-01-01). */
  | { kind: 'date'; date: string }
  | { kind: 'dateTime'; dateTime: Date }
  | { kind: 'i18n'; i18n: I18nText }
  | { kind: 'object'; object: ObjectRef }
  | { kind: 'user'; userId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'employment'; employmentId: string }
  | { kind: 'list'; items: FieldValue[] }
  | { kind: 'record'; records: FieldRecord[] }
  | { kind: 'file'; file: FileRef };

export type FieldValueKind = FieldValue['kind'];

export interface ObjectRef {
  wkId: string;
  wkApiName: string;
}

export interface FileRef {
  openFileId: string;
  fileName?: string;
  length?: number;
  mimeType?: string;
}

export interface FieldRecord {
  apiName: string;
  recordId?: string;
  value: FieldValue | null;
}

export interface FieldVariable {
  apiName: string;
  name?: I18nText;
  /** Null when Feishu sent no value. */
  value: FieldValue | null;
  /** Why the value could not be resolved (a missing sub-value key, a reference cycle); value is then null. */
  problem?: string;
}

/** Kinds Feishu reads but does not take in `field_values_v2` (per its docs). */
type ReadOnlyKind = 'user' | 'record';

/**
 * A value to write when approving (Feishu `field_values_v2`): a FieldValue of a writable kind, whose
 * list items are writable too and whose file carries no mimeType (Feishu takes it from the upload).
 */
export type FieldValueInput = Exclude<FieldValue, { kind: ReadOnlyKind | 'list' | 'file' }> | ListValueInput | FileValueInput;

interface ListValueInput {
  kind: 'list';
  items: FieldValueInput[];
}

interface FileValueInput {
  kind: 'file';
  file: Omit<FileRef, 'mimeType'>;
}

export interface FormValueInput {
  apiName: string;
  value: FieldValueInput;
}
