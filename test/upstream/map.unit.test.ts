import { describe, expect, it } from 'vitest';
import * as codes from '../../src/upstream/codes.js';
import { mapApproverTaskPage, mapEvent, mapProcess, mapVariableData, UnknownCodeError } from '../../src/upstream/map.js';
import type { WireEventEnvelope, WireFieldVariableValue, WireProcess } from '../../src/upstream/wire.js';
import { fixture } from '../helpers/feishu-fixtures.js';

/*
 * The code tables and the expected domain values below are written out from enums.md and the
 * documented examples, never imported or built from src/upstream: a copy of codes.ts (or a builder
 * shared with map.ts) would agree with a wrong code or mapping instead of failing on it. That is why
 * they repeat what codes.ts states and why alike values (lists of people, records) stay literal.
 */
describe('code spaces', () => {
  const spaces: [codes.CodeSpace<string>, Record<number, string>][] = [
    [codes.processStatusCodes, { 1: 'IN_PROGRESS', 2: 'REJECTED', 4: 'WITHDRAWN', 8: 'REVOKED', 9: 'COMPLETED', 15: 'REVOKING' }],
    [codes.processKindCodes, { 1: 'NORMAL', 2: 'REVOKE', 3: 'CORRECTION' }],
    [
      codes.approverListStatusCodes,
      {
        [-2]: 'SKIPPED',
        [-1]: 'INITIATED',
        0: 'NOT_STARTED',
        1: 'IN_PROGRESS',
        2: 'REJECTED',
        3: 'APPROVED',
        4: 'WITHDRAWN',
        5: 'CC',
        6: 'FORM_SUBMITTED',
        12: 'FAILED',
        14: 'ROLLED_BACK',
        16: 'REVOKE_INITIATED',
        18: 'INTERVENED',
      },
    ],
    [codes.doneItemStatusCodes, { 2: 'REJECTED', 3: 'APPROVED', 4: 'CANCELLED' }],
    [codes.taskEventStatusCodes, { 1: 'PENDING', 2: 'REJECTED', 3: 'COMPLETED', 4: 'CANCELLED', 18: 'INTERVENED' }],
    [codes.taskTypeCodes, { 1: 'APPROVAL', 5: 'FORM' }],
    [codes.nodeTypeCodes, { 1: 'APPROVAL', 2: 'CC', 5: 'FORM', 6: 'E_SIGNATURE' }],
    [
      codes.nodeStatusCodes,
      { 1: 'IN_PROGRESS', 2: 'REJECTED', 3: 'APPROVED', 4: 'WITHDRAWN', 5: 'ROLLED_BACK', 6: 'SKIPPED', 7: 'INTERVENED' },
    ],
    [codes.approverActionCodes, { 2: 'REJECT', 3: 'APPROVE' }],
    [codes.extraTypeCodes, { 0: 'BEFORE', 1: 'PARALLEL', 2: 'AFTER' }],
    [codes.approvalTypeCodes, { 0: 'ANY', 1: 'ALL' }],
  ];
  it.each(spaces.map(([space, table]) => [space.name, space, table] as const))(
    '%s names exactly the documented codes, both ways',
    (_name, space, table) => {
      const expected = Object.entries(table)
        .map(([code, name]) => [Number(code), name] as const)
        .sort(([a], [b]) => a - b);
      expect(space.codes().sort((a, b) => a - b)).toEqual(expected.map(([code]) => code));
      for (const [code, name] of expected) {
        expect(space.nameOf(code)).toBe(name);
        expect(space.codeOf(name)).toBe(code);
      }
    },
  );

  it('reads the same 4 differently per space: approvers list WITHDRAWN, done list CANCELLED', () => {
    const listed = mapApproverTaskPage({ approver_list: [{ approver_id: 'a', process_id: 'p', approver_status: 4 }] });
    const done = mapProcess({ process_id: 'p', status: 15, done_list: [{ approver_id: 'a', status: 4 }] });
    expect(listed.tasks[0]?.status).toBe('WITHDRAWN');
    expect(done.approverTasks[0]?.status).toBe('CANCELLED');
    expect(done.status).toBe('REVOKING');
  });

  it('reads the approvers list under its 2024 name `approvers` too', () => {
    expect(mapApproverTaskPage({ approvers: [{ approver_id: 'a', process_id: 'p', approver_status: 18 }] }).tasks[0]?.status).toBe(
      'INTERVENED',
    );
  });

  it('treats todo items as IN_PROGRESS and system items as having no assignee', () => {
    const process = mapProcess({
      process_id: 'p',
      status: 1,
      todos: [{ approver_id: 't', type: 5, operator_id: 'ou_x' }],
      system_done_list: [{ approver_id: 's', status: 2 }],
    } as WireProcess);
    expect(process.approverTasks.map((t) => [t.approverId, t.status, t.source, t.type, t.assignee?.id ?? null])).toEqual([
      ['t', 'IN_PROGRESS', 'TODO', 'FORM', 'ou_x'],
      ['s', 'REJECTED', 'SYSTEM_DONE', undefined, null],
    ]);
  });

  it('refuses a process status outside its space', () => {
    expect(() => mapProcess({ process_id: 'p', status: 3 })).toThrow(UnknownCodeError);
  });

  it("maps the events' own code spaces: node type and status, task event status", () => {
    const node = mapEvent(fixture<WireEventEnvelope>('event-process-node-updated.json'));
    const task = mapEvent(fixture<WireEventEnvelope>('event-process-approver-updated.json'));
    const status = mapEvent(fixture<WireEventEnvelope>('event-process-status-update.json'));
    expect(node).toMatchObject({
      type: 'NODE_UPDATED',
      nodeType: 'APPROVAL',
      nodeStatus: 'APPROVED',
      processNodeId: '7380912399900000001',
    });
    expect(task).toMatchObject({
      type: 'APPROVER_TASK_UPDATED',
      taskStatus: 'PENDING',
      taskType: 'APPROVAL',
      nodeId: '7380912399900000004',
    });
    expect(status).toMatchObject({ type: 'PROCESS_STATUS_CHANGED', status: 'COMPLETED', kind: 'NORMAL', bizType: 'leave_application' });
    expect(mapEvent(fixture<WireEventEnvelope>('event-process-cc-updated.json'))).toMatchObject({ type: 'CC_UPDATED' });
    expect(mapEvent(fixture<WireEventEnvelope>('event-process-comment-updated.json'))).toMatchObject({ type: 'COMMENT_ADDED' });
    expect(mapEvent(fixture<WireEventEnvelope>('event-process-updated.json'))).toMatchObject({
      type: 'PROCESS_UPDATED',
      status: 'IN_PROGRESS',
    });
  });
});

describe('field values', () => {
  const variable = (value: WireFieldVariableValue['variable_value'], subValues?: WireFieldVariableValue['sub_values']) =>
    mapVariableData({ field_variable_values: [{ variable_api_name: 'v', variable_value: value, sub_values: subValues }] })[0];

  it('maps every kind in the form example', () => {
    const values = mapVariableData(fixture<{ data: { field_variable_values: WireFieldVariableValue[] } }>('form-variable-data.json').data);
    expect(Object.fromEntries(values.map((v) => [v.apiName, v.value]))).toEqual({
      leave_type: { kind: 'enum', enumId: 'annual_leave' },
      leave_start_date: { kind: 'date', date: '2024-06-17' },
      leave_end_time: { kind: 'dateTime', dateTime: new Date(1_718_899_200_000) },
      leave_duration: { kind: 'number', number: '3' },
      custom_reason: { kind: 'text', text: '家庭旅行' },
      is_urgent: { kind: 'bool', bool: false },
      applicant: { kind: 'employment', employmentId: '7124991993901827628' },
      applicant_department: { kind: 'department', departmentId: '7124991993901827000' },
      job_level: { kind: 'object', object: { wkId: '6863326263210149383', wkApiName: 'job_level' } },
      attachment: {
        kind: 'file',
        file: {
          openFileId: '66867ed00740ddd4a0bad4a5_c99b5322dc744fe4b99b76426ffe5d53',
          fileName: 'ticket.pdf',
          length: 48213,
          mimeType: 'application/pdf',
        },
      },
      handover_list: {
        kind: 'list',
        items: [
          { kind: 'employment', employmentId: '7124991993901827700' },
          { kind: 'employment', employmentId: '7124991993901827701' },
        ],
      },
      destination: {
        kind: 'record',
        records: [
          { apiName: 'city_v2', recordId: '6863326263210149999', value: { kind: 'i18n', i18n: { zhCn: '北京', enUs: 'Beijing' } } },
        ],
      },
    });
    expect(values.every((v) => v.problem === undefined)).toBe(true);
  });

  it('maps the kinds the form example lacks: user and i18n', () => {
    expect(variable({ user_value: 'ou_1' })?.value).toEqual({ kind: 'user', userId: 'ou_1' });
    expect(variable({ i18n_value: { zh_cn: '是' } })?.value).toEqual({ kind: 'i18n', i18n: { zhCn: '是' } });
  });

  it('resolves a list of records of lists through sub_values', () => {
    const result = variable({ list_values: ['row1'] }, [
      { key: 'row1', value: { record_values: [{ variable_api_name: 'people', sub_value_key: 'people1', record_id: 'r1' }] } },
      { key: 'people1', value: { list_values: ['u1', 'u2'] } },
      { key: 'u1', value: { user_value: 'ou_1' } },
      { key: 'u2', value: { user_value: 'ou_2' } },
    ]);
    expect(result?.value).toEqual({
      kind: 'list',
      items: [
        {
          kind: 'record',
          records: [
            {
              apiName: 'people',
              recordId: 'r1',
              value: {
                kind: 'list',
                items: [
                  { kind: 'user', userId: 'ou_1' },
                  { kind: 'user', userId: 'ou_2' },
                ],
              },
            },
          ],
        },
      ],
    });
  });

  it('sets problem, not a value, for a missing sub-value key', () => {
    const result = variable({ list_values: ['k1', 'nowhere'] }, [{ key: 'k1', value: { text_value: 'x' } }]);
    expect(result).toMatchObject({ apiName: 'v', value: null });
    expect(result?.problem).toContain('nowhere');
  });

  it('sets problem, and terminates, for a reference cycle', () => {
    const result = variable({ list_values: ['a'] }, [
      { key: 'a', value: { record_values: [{ variable_api_name: 'r', sub_value_key: 'b' }] } },
      { key: 'b', value: { list_values: ['a'] } },
    ]);
    expect(result?.value).toBeNull();
    expect(result?.problem).toMatch(/cycle/);
  });

  it.each([
    [{ date_value: 'x' }, /date_value "x"/],
    [{ date_value: '99999999999' }, /date_value/],
    [{ date_time_value: 'soon' }, /date_time_value "soon"/],
  ])('sets problem, not a crash, for a malformed date: %o', (value, problem) => {
    const result = variable(value);
    expect(result?.value).toBeNull();
    expect(result?.problem).toMatch(problem);
  });

  it('gives null for a variable without a value', () => {
    expect(variable(undefined)).toEqual({ apiName: 'v', name: undefined, value: null });
    expect(variable({})?.value).toBeNull();
  });
});
