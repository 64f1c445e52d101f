/**
 * FieldValue: one union member per Feishu VariableValue kind, each with its own field name so that
 * fragments never conflict. Lists and records arrive with their sub_values already resolved.
 */
import type { FieldRecord, FieldValue, FieldValueKind, FileRef, ObjectRef } from '../domain/field-value.js';
import { builder } from './builder.js';
import { NESTED_VALUES_COST } from './cost.js';
import { I18nTextRef } from './i18n-text.js';

type Member<K extends FieldValueKind> = Extract<FieldValue, { kind: K }>;

const member = <K extends FieldValueKind>(name: string) => builder.objectRef<Member<K>>(name);

export const ObjectReferenceRef = builder.objectRef<ObjectRef>('ObjectReference').implement({
  description: 'A CoreHR master-data object (wkApiName e.g. job, job_level) and its id.',
  fields: (t) => ({ wkId: t.exposeID('wkId'), wkApiName: t.exposeString('wkApiName') }),
});

export const FileReferenceRef = builder.objectRef<FileRef>('FileReference').implement({
  description: 'A file, downloadable through the CoreHR file API by openFileId.',
  fields: (t) => ({
    openFileId: t.exposeID('openFileId'),
    fileName: t.exposeString('fileName', { nullable: true }),
    length: t.exposeInt('length', { nullable: true }),
    mimeType: t.exposeString('mimeType', { nullable: true }),
  }),
});

const TextValue = member<'text'>('TextValue');
const BoolValue = member<'bool'>('BoolValue');
const NumberValue = member<'number'>('NumberValue');
const EnumValue = member<'enum'>('EnumValue');
const DateValue = member<'date'>('DateValue');
const DateTimeValue = member<'dateTime'>('DateTimeValue');
const I18nValue = member<'i18n'>('I18nValue');
const ObjectValue = member<'object'>('ObjectValue');
const UserValue = member<'user'>('UserValue');
const DepartmentValue = member<'department'>('DepartmentValue');
const EmploymentValue = member<'employment'>('EmploymentValue');
const ListValue = member<'list'>('ListValue');
const RecordValue = member<'record'>('RecordValue');
const FileValue = member<'file'>('FileValue');

const MEMBERS = {
  text: TextValue,
  bool: BoolValue,
  number: NumberValue,
  enum: EnumValue,
  date: DateValue,
  dateTime: DateTimeValue,
  i18n: I18nValue,
  object: ObjectValue,
  user: UserValue,
  department: DepartmentValue,
  employment: EmploymentValue,
  list: ListValue,
  record: RecordValue,
  file: FileValue,
} as const;

export const FieldValueRef = builder.unionType('FieldValue', {
  types: Object.values(MEMBERS),
  resolveType: (value) => MEMBERS[value.kind],
});

export const FieldRecordRef = builder.objectRef<FieldRecord>('FieldRecord').implement({
  description: 'One cell of a record value: which variable, which row, and its value.',
  fields: (t) => ({
    apiName: t.exposeString('apiName'),
    recordId: t.exposeString('recordId', { nullable: true }),
    value: t.field({ type: FieldValueRef, nullable: true, resolve: (record) => record.value }),
  }),
});

TextValue.implement({ fields: (t) => ({ text: t.exposeString('text') }) });
BoolValue.implement({ fields: (t) => ({ bool: t.exposeBoolean('bool') }) });
NumberValue.implement({
  description: 'A decimal number, kept as the exact string Feishu sent.',
  fields: (t) => ({ number: t.exposeString('number') }),
});
EnumValue.implement({ description: 'An enum option by its id (api name).', fields: (t) => ({ enumId: t.exposeID('enumId') }) });
DateValue.implement({ fields: (t) => ({ date: t.expose('date', { type: 'Date' }) }) });
DateTimeValue.implement({ fields: (t) => ({ dateTime: t.expose('dateTime', { type: 'DateTime' }) }) });
I18nValue.implement({ fields: (t) => ({ i18n: t.field({ type: I18nTextRef, resolve: (value) => value.i18n }) }) });
ObjectValue.implement({ fields: (t) => ({ object: t.field({ type: ObjectReferenceRef, resolve: (value) => value.object }) }) });
UserValue.implement({ fields: (t) => ({ userId: t.exposeID('userId') }) });
DepartmentValue.implement({ fields: (t) => ({ departmentId: t.exposeID('departmentId') }) });
EmploymentValue.implement({ fields: (t) => ({ employmentId: t.exposeID('employmentId') }) });
// Values nested in a value are few (a form's list of a handful of items); weighing them like other lists
// would make the usual fragments over every member of the union look costly.
ListValue.implement({ fields: (t) => ({ items: t.field({ type: [FieldValueRef], complexity: NESTED_VALUES_COST, resolve: (value) => value.items }) }) });
RecordValue.implement({ fields: (t) => ({ records: t.field({ type: [FieldRecordRef], complexity: NESTED_VALUES_COST, resolve: (value) => value.records }) }) });
FileValue.implement({ fields: (t) => ({ file: t.field({ type: FileReferenceRef, resolve: (value) => value.file }) }) });
