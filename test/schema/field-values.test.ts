import { describe, expect, it } from 'vitest';
import type { WireFieldVariableValue } from '../../src/upstream/wire.js';
import { graphql } from '../generated/index.js';
import { useGatewayHarness } from '../helpers/gateway-harness.js';

const harness = useGatewayHarness();

/** One variable per VariableValue kind, nested lists and records through sub_values, and two broken references. */
const FORM: WireFieldVariableValue[] = [
  { variable_api_name: 'reason', variable_name: { zh_cn: '原因', en_us: 'Reason' }, variable_value: { text_value: 'family trip' } },
  { variable_api_name: 'urgent', variable_value: { bool_value: true } },
  { variable_api_name: 'days', variable_value: { number_value: '2.50' } },
  { variable_api_name: 'leave_type', variable_value: { enum_value: 'annual_leave' } },
  { variable_api_name: 'start_date', variable_value: { date_value: '19838' } },
  { variable_api_name: 'end_time', variable_value: { date_time_value: '1714013877512' } },
  { variable_api_name: 'city', variable_value: { i18n_value: { zh_cn: '北京', en_us: 'Beijing' } } },
  { variable_api_name: 'job_level', variable_value: { object_value: { wk_id: '7001', wk_api_name: 'job_level' } } },
  { variable_api_name: 'approver', variable_value: { user_value: 'unknown_user_1' } },
  { variable_api_name: 'department', variable_value: { department_value: 'od-unknown' } },
  { variable_api_name: 'applicant', variable_value: { employment_value: 'emp_42' } },
  {
    variable_api_name: 'attachment',
    variable_value: { file_value: { open_file_id: 'file_abc', file_name: 'ticket.pdf', length: 1024, mime_type: 'application/pdf' } },
  },
  {
    variable_api_name: 'handover',
    variable_value: { list_values: ['k1', 'k2'] },
    sub_values: [
      { key: 'k1', value: { text_value: 'laptop' } },
      { key: 'k2', value: { list_values: ['k3'] } },
      { key: 'k3', value: { number_value: '3' } },
    ],
  },
  {
    variable_api_name: 'destination',
    variable_value: { record_values: [{ variable_api_name: 'city_v2', sub_value_key: 'r1', record_id: 'row-1' }] },
    sub_values: [{ key: 'r1', value: { i18n_value: { zh_cn: '上海', en_us: 'Shanghai' } } }],
  },
  { variable_api_name: 'broken_list', variable_value: { list_values: ['nowhere'] }, sub_values: [] },
  {
    variable_api_name: 'looping',
    variable_value: { list_values: ['a'] },
    sub_values: [
      { key: 'a', value: { list_values: ['b'] } },
      { key: 'b', value: { list_values: ['a'] } },
    ],
  },
  { variable_api_name: 'unset' },
];

const QUERY = graphql(`
  query EveryValueKind($processId: ID!) {
    process(processId: $processId) {
      ...ProcessState
      formVariables {
        apiName
        name { zhCn enUs }
        value { ...EveryScalar ... on ListValue { items { ...EveryScalar ... on ListValue { items { ...EveryScalar } } } } ... on RecordValue { records { apiName recordId value { ...EveryScalar } } } }
      }
    }
  }
  fragment EveryScalar on FieldValue {
    __typename
    ... on TextValue { text }
    ... on BoolValue { bool }
    ... on NumberValue { number }
    ... on EnumValue { enumId }
    ... on DateValue { date }
    ... on DateTimeValue { dateTime }
    ... on I18nValue { i18n { zhCn enUs } }
    ... on ObjectValue { object { wkId wkApiName } }
    ... on UserValue { userId }
    ... on DepartmentValue { departmentId }
    ... on EmploymentValue { employmentId }
    ... on FileValue { file { openFileId fileName length mimeType } }
  }
`);

describe('form variables', () => {
  it('resolve every VariableValue kind to its union member, lists and records through sub_values', async () => {
    const processId = harness().sandbox.control.createProcess({ formVariables: FORM });
    const { data, errors } = await harness().query(QUERY, { processId });
    const values = Object.fromEntries((data?.process?.formVariables ?? []).map((v) => [v.apiName, v.value]));

    expect(values).toMatchObject({
      reason: { __typename: 'TextValue', text: 'family trip' },
      urgent: { __typename: 'BoolValue', bool: true },
      days: { __typename: 'NumberValue', number: '2.50' },
      leave_type: { __typename: 'EnumValue', enumId: 'annual_leave' },
      start_date: { __typename: 'DateValue', date: '2024-04-25' },
      end_time: { __typename: 'DateTimeValue', dateTime: '2024-04-25T02:57:57.512Z' },
      city: { __typename: 'I18nValue', i18n: { zhCn: '北京', enUs: 'Beijing' } },
      job_level: { __typename: 'ObjectValue', object: { wkId: '7001', wkApiName: 'job_level' } },
      approver: { __typename: 'UserValue', userId: 'unknown_user_1' },
      department: { __typename: 'DepartmentValue', departmentId: 'od-unknown' },
      applicant: { __typename: 'EmploymentValue', employmentId: 'emp_42' },
      attachment: { __typename: 'FileValue', file: { openFileId: 'file_abc', fileName: 'ticket.pdf', length: 1024, mimeType: 'application/pdf' } },
      handover: {
        __typename: 'ListValue',
        items: [
          { __typename: 'TextValue', text: 'laptop' },
          { __typename: 'ListValue', items: [{ __typename: 'NumberValue', number: '3' }] },
        ],
      },
      destination: {
        __typename: 'RecordValue',
        records: [{ apiName: 'city_v2', recordId: 'row-1', value: { __typename: 'I18nValue', i18n: { zhCn: '上海', enUs: 'Shanghai' } } }],
      },
      unset: null,
    });
    expect(data?.process?.formVariables?.find((v) => v.apiName === 'reason')?.name).toEqual({ zhCn: '原因', enUs: 'Reason' });
    expect(errors?.filter((e) => e.extensions?.['code'] !== 'UNRESOLVABLE_VALUE')).toEqual([]);
  });

  it('give a missing sub-value key or a reference cycle an UNRESOLVABLE_VALUE error on that value only', async () => {
    const processId = harness().sandbox.control.createProcess({ formVariables: FORM });
    const { data, errors } = await harness().query(QUERY, { processId });

    const index = (apiName: string) => FORM.findIndex((v) => v.variable_api_name === apiName);
    expect(errors?.map((e) => ({ path: e.path, code: e.extensions?.['code'], apiName: e.extensions?.['apiName'] }))).toEqual([
      { path: ['process', 'formVariables', index('broken_list'), 'value'], code: 'UNRESOLVABLE_VALUE', apiName: 'broken_list' },
      { path: ['process', 'formVariables', index('looping'), 'value'], code: 'UNRESOLVABLE_VALUE', apiName: 'looping' },
    ]);
    expect(errors?.[0]?.message).toMatch(/missing sub-value key "nowhere"/);
    expect(errors?.[1]?.message).toMatch(/cycle/);
    expect(data?.process?.status).toBe('IN_PROGRESS');
    expect(data?.process?.formVariables).toHaveLength(FORM.length);
    expect(data?.process?.formVariables?.[index('broken_list')]).toEqual({ apiName: 'broken_list', name: null, value: null });
  });

  it('keeps only the asked keys, and asks Feishu for flow variables by key', async () => {
    const processId = harness().sandbox.control.createProcess({ formVariables: FORM, flowVariables: FORM.slice(0, 3) });
    const { data } = await harness().query(
      graphql(`query AskedKeys($processId: ID!) { process(processId: $processId) { formVariables(keys: ["days", "reason"]) { apiName } flowVariables(keys: ["urgent", "days"]) { apiName value { __typename } } } }`),
      { processId },
    );
    expect(data?.process?.formVariables?.map((v) => v.apiName)).toEqual(['reason', 'days']);
    expect(data?.process?.flowVariables?.map((v) => v.apiName).sort()).toEqual(['days', 'urgent']);
    const flowRequest = harness()
      .sandbox.control.requests()
      .filter((r) => r.endpoint === 'getFlowData' && r.path.includes(processId));
    expect(flowRequest).toHaveLength(1);
    expect(flowRequest[0]?.query['variable_keys']?.sort()).toEqual(['days', 'urgent']);
  });
});
