/**
 * Form and flow data of a process. Generated ones are derived from the process seed on every read
 * (cheap, and free for the 10,000 processes nobody opens); fixtures give theirs verbatim; approvals
 * overlay what they write. User and department references are stored canonically and converted per
 * request.
 */
import type {
  WireFieldVariableValue,
  WireProcess,
  WireFormValueWrite,
  WireI18n,
  WireSubValue,
  WireVariableValue,
  WireVariableValueWrite,
} from '../upstream/wire.js';
import type { DepartmentIdTypeParam, Directory, UserIdTypeParam } from './directory.js';
import { FORM_FIELDS, type FieldSpec } from './form-fields.js';
import type { SimProcess } from './model.js';
import { Random } from './random.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

function bilingual(pair: readonly [string, string]): Required<WireI18n> {
  return { zh_cn: pair[0], en_us: pair[1] };
}

class ValueGenerator {
  private nextKey = 1;
  readonly subValues: WireSubValue[] = [];

  constructor(
    private readonly random: Random,
    private readonly process: SimProcess,
    private readonly directory: Directory,
  ) {}

  value(spec: FieldSpec): WireVariableValue {
    const r = this.random;
    const start = this.process.createdAt;
    const [fromDay, toDay] = spec.days ?? [0, 0];
    switch (spec.kind) {
      case 'text':
        return { text_value: r.pick(spec.texts ?? ['']) };
      case 'bool':
        return { bool_value: r.chance(0.3) };
      case 'number': {
        const [min, max] = spec.range ?? [0, 100];
        const step = spec.step ?? 1;
        return { number_value: String(min + step * r.int(0, Math.floor((max - min) / step))) };
      }
      case 'enum':
        return { enum_value: r.pick(spec.options ?? []).id };
      case 'date':
        return { date_value: String(Math.floor(start / DAY) + r.int(fromDay, toDay)) };
      case 'dateTime':
        return { date_time_value: String(Math.floor(start / HOUR) * HOUR + r.int(fromDay, toDay) * DAY + r.int(0, 10) * HOUR) };
      case 'i18n':
        return { i18n_value: bilingual(r.pick(spec.phrases ?? [['', '']])) };
      case 'object':
        return { object_value: { wk_id: r.digits(19), wk_api_name: spec.objectApiName ?? 'object' } };
      case 'user':
        return { user_value: this.person(spec).openId };
      case 'employment':
        return { employment_value: this.person(spec).openId };
      case 'department': {
        const department =
          spec.subject === 'initiator' && this.process.initiator ? this.process.initiator.department : r.pick(this.directory.departments);
        return { department_value: department.openDepartmentId };
      }
      case 'file': {
        const [name, mime] = r.pick(spec.files ?? [['file.bin', 'application/octet-stream']]);
        return {
          file_value: { open_file_id: `${r.hex(24)}_${r.hex(32)}`, file_name: name, length: r.int(10_000, 3_000_000), mime_type: mime },
        };
      }
      case 'list':
        return { list_values: Array.from({ length: r.int(1, 3) }, () => this.reference(spec.item!)) };
      case 'record': {
        const recordId = r.digits(19);
        return {
          record_values: (spec.fields ?? []).map((field) => ({
            variable_api_name: field.apiName,
            sub_value_key: this.reference(field),
            record_id: recordId,
          })),
        };
      }
    }
  }

  /** Generates a value into `sub_values` and returns its key, the way lists and records refer to values. */
  private reference(spec: FieldSpec): string {
    const key = `k${this.nextKey++}`;
    const entry: WireSubValue = { key, value: {} };
    this.subValues.push(entry);
    entry.value = this.value(spec);
    return key;
  }

  private person(spec: FieldSpec) {
    if (spec.subject === 'initiator' && this.process.initiator) return this.process.initiator;
    return this.random.pick(this.directory.users);
  }
}

function generatedForm(process: SimProcess, directory: Directory): WireFieldVariableValue[] {
  const random = new Random(process.seed);
  return FORM_FIELDS[process.flow.family].map((spec) => {
    const generator = new ValueGenerator(random, process, directory);
    const value = generator.value(spec);
    const field: WireFieldVariableValue = { variable_api_name: spec.apiName, variable_name: bilingual(spec.name), variable_value: value };
    if (generator.subValues.length > 0) field.sub_values = generator.subValues;
    return field;
  });
}

/** The process's form values, canonical ids. */
export function formVariables(process: SimProcess, directory: Directory): WireFieldVariableValue[] {
  const base = process.formOverride ?? generatedForm(process, directory);
  if (process.formWrites.size === 0) return base;
  const written = new Map(process.formWrites);
  const merged = base.map((field) => {
    const write = written.get(field.variable_api_name);
    written.delete(field.variable_api_name);
    return write ? { ...write, variable_name: field.variable_name } : field;
  });
  return [...merged, ...written.values()];
}

/** The process's flow values, canonical ids: who started it and when, plus the form fields marked as flow data. */
export function flowVariables(process: SimProcess, directory: Directory): WireFieldVariableValue[] {
  if (process.flowOverride) return process.flowOverride;
  const flowFields = new Set(FORM_FIELDS[process.flow.family].filter((spec) => spec.flow).map((spec) => spec.apiName));
  const fromForm = formVariables(process, directory)
    .filter((field) => flowFields.has(field.variable_api_name))
    .map(({ variable_name: _name, ...field }) => field);
  const subject = process.initiator;
  return [
    ...(subject ? [{ variable_api_name: 'initiator', variable_value: { user_value: subject.openId } }] : []),
    { variable_api_name: 'initiate_time', variable_value: { date_time_value: String(process.createdAt) } },
    ...(subject ? [{ variable_api_name: 'changer', variable_value: { employment_value: subject.openId } }] : []),
    ...fromForm,
  ];
}

/** Summary lines shown in the process detail, from the form fields marked as abstracts. */
export function abstractsOf(process: SimProcess, directory: Directory): NonNullable<WireProcess['abstracts']> {
  if (process.abstractsOverride) return process.abstractsOverride;
  const specs = new Map(FORM_FIELDS[process.flow.family].filter((spec) => spec.abstract).map((spec) => [spec.apiName, spec]));
  return formVariables(process, directory).flatMap((field) => {
    const spec = specs.get(field.variable_api_name);
    const value = spec && field.variable_value ? display(spec, field.variable_value, directory) : undefined;
    return spec && value ? [{ name: bilingual(spec.name), value }] : [];
  });
}

function display(spec: FieldSpec, value: WireVariableValue, directory: Directory): WireI18n | undefined {
  const same = (text: string) => ({ zh_cn: text, en_us: text });
  if (value.enum_value !== undefined) {
    const option = spec.options?.find((o) => o.id === value.enum_value);
    return option ? bilingual(option.name) : same(value.enum_value);
  }
  if (value.date_value !== undefined) return same(new Date(Number(value.date_value) * DAY).toISOString().slice(0, 10));
  if (value.date_time_value !== undefined)
    return same(new Date(Number(value.date_time_value)).toISOString().slice(0, 16).replace('T', ' '));
  if (value.number_value !== undefined) return same(value.number_value);
  if (value.text_value !== undefined) return same(value.text_value);
  if (value.i18n_value !== undefined) return value.i18n_value;
  const userId = value.employment_value ?? value.user_value;
  if (userId !== undefined) return directory.findUser(userId)?.name ?? same(userId);
  if (value.department_value !== undefined) return directory.findDepartment(value.department_value, 'open_department_id')?.name;
  return undefined;
}

/** The id types one request names users and departments in, and the directory that converts them. */
export interface IdTypes {
  directory: Directory;
  users: UserIdTypeParam;
  departments: DepartmentIdTypeParam;
}

function renderValue(value: WireVariableValue, { directory, users, departments }: IdTypes): WireVariableValue {
  const out = { ...value };
  if (out.user_value !== undefined) out.user_value = directory.renderUser(out.user_value, users);
  if (out.employment_value !== undefined) out.employment_value = directory.renderUser(out.employment_value, users);
  if (out.department_value !== undefined) out.department_value = directory.renderDepartment(out.department_value, departments);
  return out;
}

/** Variables with their user and department references in the requested id types. */
export function renderVariables(fields: readonly WireFieldVariableValue[], ids: IdTypes): WireFieldVariableValue[] {
  return fields.map((field) => {
    const out: WireFieldVariableValue = { ...field };
    if (field.variable_value) out.variable_value = renderValue(field.variable_value, ids);
    if (field.sub_values) out.sub_values = field.sub_values.map((sub) => ({ key: sub.key, value: renderValue(sub.value, ids) }));
    return out;
  });
}

function canonicalValue(value: WireVariableValueWrite, { directory, users, departments }: IdTypes): WireVariableValue {
  const out: WireVariableValue = { ...value };
  if (value.employment_value !== undefined) out.employment_value = directory.canonicalUser(value.employment_value, users);
  if (value.department_value !== undefined) out.department_value = directory.canonicalDepartment(value.department_value, departments);
  return out;
}

/** Values written with an approval (`field_values_v2`), their ids converted to the stored form. */
export function canonicalWrites(values: readonly WireFormValueWrite[], ids: IdTypes): WireFieldVariableValue[] {
  return values.map((write) => {
    const field: WireFieldVariableValue = {
      variable_api_name: write.variable_api_name,
      variable_value: canonicalValue(write.variable_value, ids),
    };
    if (write.sub_values) field.sub_values = write.sub_values.map((sub) => ({ key: sub.key, value: canonicalValue(sub.value, ids) }));
    return field;
  });
}
