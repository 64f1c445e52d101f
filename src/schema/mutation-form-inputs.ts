/** Form values to write while approving: one @oneOf member per writable Feishu value kind. */
import type { FieldValueGraphInput, FormValueGraphInput } from '../actions/validate-input.js';
import { builder } from './builder.js';

const I18nTextInput = builder.inputType('I18nTextInput', {
  fields: (t) => ({ zhCn: t.string(), enUs: t.string() }),
});

const ObjectReferenceInput = builder.inputType('ObjectReferenceInput', {
  description: 'A CoreHR master-data object: its id and its wkApiName (e.g. job, job_level).',
  fields: (t) => ({ wkId: t.id({ required: true }), wkApiName: t.string({ required: true }) }),
});

const FileReferenceInput = builder.inputType('FileReferenceInput', {
  description: 'A file uploaded through the CoreHR file API; fileName and length override its metadata.',
  fields: (t) => ({
    openFileId: t.id({ required: true }),
    fileName: t.string(),
    length: t.int({ description: 'Bytes, 0 to 52428800.' }),
  }),
});

const FieldValueInputRef = builder.inputRef<FieldValueGraphInput>('FieldValueInput').implement({
  description: 'A form value to write: set exactly one field.',
  isOneOf: true,
  fields: (t) => ({
    text: t.string(),
    bool: t.boolean(),
    number: t.string({ description: 'A decimal number as a string, e.g. "12.5".' }),
    enumId: t.id({ description: 'The enum option id.' }),
    date: t.field({ type: 'Date' }),
    dateTime: t.field({ type: 'DateTime' }),
    i18n: t.field({ type: I18nTextInput }),
    object: t.field({ type: ObjectReferenceInput }),
    departmentId: t.id({ description: 'An open_department_id.' }),
    employmentId: t.id({ description: 'In the id type actorIdType.' }),
    list: t.field({ type: [FieldValueInputRef] }),
    file: t.field({ type: FileReferenceInput }),
  }),
});

export const FormValueInputRef = builder.inputRef<FormValueGraphInput>('FormValueInput').implement({
  description: 'One form variable to write while approving (Feishu field_values_v2).',
  fields: (t) => ({
    apiName: t.string({ required: true, description: 'The variable key, as in Process.formVariables.' }),
    value: t.field({ type: FieldValueInputRef, required: true }),
  }),
});
