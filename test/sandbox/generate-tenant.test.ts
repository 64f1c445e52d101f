import { afterAll, describe, expect, it } from 'vitest';
import { generateTenant } from '../../src/sandbox/generate-tenant.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { flowVariables, formVariables, renderVariables } from '../../src/sandbox/variables.js';
import { mapVariableData } from '../../src/upstream/map.js';
import type { WireFieldVariableValue, WireVariableValue } from '../../src/upstream/wire.js';

const ANCHOR = Date.UTC(2026, 2, 1);
const sandboxes: Sandbox[] = [];

async function start(seed: number, processes = 300): Promise<Sandbox> {
  const sandbox = await startSandbox({ seed, processes, anchorTime: ANCHOR, rateLimits: false });
  sandboxes.push(sandbox);
  return sandbox;
}

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
});

/** Everything a client could read, as one string. */
async function tenantJson(sandbox: Sandbox): Promise<string> {
  const { control } = sandbox;
  const ids = control.processIds();
  const forms = await Promise.all(
    ids.slice(0, 25).map(async (id) => {
      const response = await fetch(`${sandbox.url}/_sandbox/processes/${id}`);
      return response.json();
    }),
  );
  return JSON.stringify({
    users: control.users(),
    processes: ids.map((id) => control.getProcessWire(id)),
    tasks: control.users().map((u) => control.tasksOf(u.openId)),
    forms,
    sampleUserIds: sandbox.sampleUserIds,
  });
}

describe('determinism', () => {
  it('builds the identical tenant from the same seed and a different one from another seed', async () => {
    const [first, second, other] = await Promise.all([start(7), start(7), start(8)]);
    const json = await tenantJson(first);
    expect(await tenantJson(second)).toBe(json);
    expect(await tenantJson(other)).not.toBe(json);
  });

  it('derives the same form and flow data from the same seed', () => {
    const a = generateTenant({ seed: 11, processes: 50, anchorMs: ANCHOR });
    const b = generateTenant({ seed: 11, processes: 50, anchorMs: ANCHOR });
    const data = (t: typeof a) =>
      [...t.tenant.processes.values()].map((p) => [formVariables(p, t.tenant.directory), flowVariables(p, t.tenant.directory)]);
    expect(JSON.stringify(data(b))).toBe(JSON.stringify(data(a)));
  });
});

describe('a believable tenant', () => {
  const { tenant } = generateTenant({ seed: 42, processes: 300, anchorMs: ANCHOR });
  const processes = [...tenant.processes.values()];

  it('has people with Chinese and English names and the id shapes of every id type', () => {
    for (const user of tenant.directory.users) {
      expect(user.name.zh_cn).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(user.name.en_us).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(user.openId).toMatch(/^ou_[0-9a-f]{32}$/);
      expect(user.unionId).toMatch(/^on_[0-9a-f]{32}$/);
      expect(user.userId).toMatch(/^[0-9a-f]{8}$/);
      expect(user.peopleCorehrId).toMatch(/^\d{19}$/);
    }
  });

  it('has processes in every status, of many business types, all modified before the anchor', () => {
    expect(new Set(processes.map((p) => p.status))).toEqual(new Set([1, 2, 4, 8, 9, 15]));
    expect(new Set(processes.map((p) => p.flow.bizType)).size).toBeGreaterThanOrEqual(15);
    expect(processes.every((p) => p.createdAt <= p.modifiedAt && p.modifiedAt <= ANCHOR)).toBe(true);
    expect(processes.every((p) => /^\d{19}$/.test(p.id) && /^people_\d{19}_\d{19}$/.test(p.flow.id))).toBe(true);
  });

  it('has OR- and AND-sign nodes, CC items, system tasks, comments, system-started and correction processes', () => {
    const nodes = processes.flatMap((p) => p.nodes);
    const tasks = nodes.flatMap((n) => n.tasks);
    expect(nodes.some((n) => n.mode === 'AND' && n.tasks.filter((t) => t.state === 'pending').length >= 2)).toBe(true);
    expect(
      nodes.some((n) => n.mode === 'OR' && n.tasks.some((t) => t.state === 'cancelled') && n.tasks.some((t) => t.state === 'approved')),
    ).toBe(true);
    expect(nodes.some((n) => n.cc.length > 0)).toBe(true);
    expect(tasks.some((t) => t.assignee === null && t.state === 'pending')).toBe(true);
    expect(tasks.some((t) => t.node.kind === 'form' && t.state === 'approved')).toBe(true);
    expect(processes.some((p) => p.comments.some((c) => c.atUsers.length > 0))).toBe(true);
    expect(processes.some((p) => p.initiator === null)).toBe(true);
    expect(processes.some((p) => p.properties === 3 && p.originalProcessId !== undefined)).toBe(true);
  });

  it('gives some users long inboxes (50+ pending tasks across many processes)', () => {
    const pendingByUser = new Map<string, Set<string>>();
    for (const task of processes.flatMap((p) => p.nodes.flatMap((n) => n.tasks))) {
      if (task.state !== 'pending' || !task.assignee) continue;
      const set = pendingByUser.get(task.assignee.openId) ?? new Set();
      set.add(task.process.id);
      pendingByUser.set(task.assignee.openId, set);
    }
    expect(Math.max(...[...pendingByUser.values()].map((s) => s.size))).toBeGreaterThanOrEqual(50);
  });

  it('fills forms with every value kind, lists of records of lists included, all resolvable by the gateway mapping', () => {
    const kinds = new Set<string>();
    let nestedListInRecordInList = false;
    for (const process of processes) {
      const fields = renderVariables(formVariables(process, tenant.directory), {
        directory: tenant.directory,
        users: 'people_corehr_id',
        departments: 'people_corehr_department_id',
      });
      for (const field of fields) {
        const values: WireVariableValue[] = [field.variable_value ?? {}, ...(field.sub_values ?? []).map((s) => s.value)];
        for (const value of values) for (const key of Object.keys(value)) kinds.add(key);
        nestedListInRecordInList ||= isListOfRecordsOfLists(field);
      }
      const mapped = mapVariableData({ field_variable_values: fields });
      expect(mapped.filter((f) => f.problem !== undefined)).toEqual([]);
    }
    expect([...kinds].sort()).toEqual(
      [
        'bool_value',
        'date_time_value',
        'date_value',
        'department_value',
        'employment_value',
        'enum_value',
        'file_value',
        'i18n_value',
        'list_values',
        'number_value',
        'object_value',
        'record_values',
        'text_value',
        'user_value',
      ].sort(),
    );
    expect(nestedListInRecordInList).toBe(true);
  });
});

function isListOfRecordsOfLists(field: WireFieldVariableValue): boolean {
  const subs = new Map((field.sub_values ?? []).map((s) => [s.key, s.value]));
  return (field.variable_value?.list_values ?? []).some((key) =>
    (subs.get(key)?.record_values ?? []).some((record) => subs.get(record.sub_value_key)?.list_values !== undefined),
  );
}

describe('a large tenant', () => {
  it('serves 10,000 processes with the same shape and answers the list over them', async () => {
    const sandbox = await start(42, 10_000);
    const ids = sandbox.control.processIds();
    expect(ids).toHaveLength(10_000);
    expect(sandbox.control.tasksOf(sandbox.sampleUserIds[0]!).filter((t) => t.approver_status === 1).length).toBeGreaterThanOrEqual(50);
    const token = (
      (await (
        await fetch(`${sandbox.url}/open-apis/auth/v3/tenant_access_token/internal`, {
          method: 'POST',
          body: JSON.stringify({ app_id: sandbox.appId, app_secret: sandbox.appSecret }),
        })
      ).json()) as { tenant_access_token: string }
    ).tenant_access_token;
    const url = `${sandbox.url}/open-apis/corehr/v2/processes?page_size=100&modify_time_from=${ANCHOR - 30 * 86_400_000}&modify_time_to=${ANCHOR}`;
    const page = (await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      data: { process_ids: string[]; has_more: boolean };
    };
    expect(page.data.process_ids).toHaveLength(100);
    expect(page.data.has_more).toBe(true);
  });
});
