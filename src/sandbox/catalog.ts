/**
 * The tenant's business types (enums.md §13) and their configured flows. Ids are drawn from the
 * tenant's PRNG so each seed has its own, stable, definitions.
 */
import type { Bilingual, FormFamily } from './form-fields.js';
import type { ApproverRole, FlowDefinition, NodeKind, PlanNode, SignMode } from './model.js';
import type { Random } from './random.js';

interface NodeTemplate {
  name: Bilingual;
  kind: NodeKind;
  mode: SignMode;
  approvers: ApproverRole;
}

const NODE = {
  manager: { name: ['直属上级审批', 'Line manager approval'], kind: 'approval', mode: 'OR', approvers: 'manager' },
  hrbp: { name: ['HRBP 审批', 'HRBP approval'], kind: 'approval', mode: 'OR', approvers: 'hrbp' },
  hrbpPair: { name: ['HRBP 会签', 'HRBP countersign'], kind: 'approval', mode: 'AND', approvers: 'hrbp_pair' },
  finance: { name: ['财务审批', 'Finance approval'], kind: 'approval', mode: 'OR', approvers: 'finance' },
  ceo: { name: ['总经理审批', 'CEO approval'], kind: 'approval', mode: 'OR', approvers: 'ceo' },
  cc: { name: ['抄送人事管理员', 'CC HR admins'], kind: 'cc', mode: 'OR', approvers: 'hr_admin' },
  form: { name: ['填写交接信息', 'Fill in hand-over details'], kind: 'form', mode: 'OR', approvers: 'initiator' },
  system: { name: ['系统校验', 'System check'], kind: 'system', mode: 'OR', approvers: 'system' },
} satisfies Record<string, NodeTemplate>;

type PlanName = 'simple' | 'review' | 'standard' | 'countersign' | 'form' | 'system' | 'executive';

const PLANS: Readonly<Record<PlanName, readonly NodeTemplate[]>> = {
  simple: [NODE.manager],
  review: [NODE.manager, NODE.hrbp],
  standard: [NODE.manager, NODE.hrbp, NODE.cc],
  countersign: [NODE.manager, NODE.hrbpPair, NODE.finance, NODE.cc],
  form: [NODE.form, NODE.manager, NODE.hrbp],
  system: [NODE.system, NODE.hrbp, NODE.cc],
  executive: [NODE.manager, NODE.hrbpPair, NODE.ceo, NODE.cc],
};

export interface BizType {
  key: string;
  name: Bilingual;
  templateId: string;
  family: FormFamily;
  /** Relative frequency in a generated tenant. */
  weight: number;
  /** Started by the system rather than a person, most of the time. */
  systemInitiated?: boolean;
  definitions: readonly { name: Bilingual; plan: PlanName }[];
}

const biz = (key: string, name: Bilingual, family: FormFamily, plan: PlanName, weight: number, extra: Partial<BizType> = {}): BizType => ({
  key,
  name,
  templateId: key,
  family,
  weight,
  definitions: [{ name: [`${name[0]}审批`, `${name[1]} approval`], plan }],
  ...extra,
});

// A table, one row per business type: the rows look alike because they are data; `biz` holds what they share.
const BIZ_TYPES: readonly BizType[] = [
  biz('resignation_compensation', ['离职补偿金申请', 'Severance application'], 'offboarding', 'countersign', 1),
  biz('corehr_probation_default_flow', ['试用期转正', 'Probation conversion'], 'employment', 'form', 3),
  biz('job_change', ['员工异动', 'Job change'], 'employment', 'executive', 3),
  biz('offboarding_info', ['离职申请', 'Offboarding'], 'offboarding', 'standard', 2),
  biz('renewal_record', ['合同续约', 'Contract renewal'], 'employment', 'standard', 2),
  biz('reorg_approval_group', ['组织架构调整', 'Re-organisation'], 'org', 'executive', 1),
  biz('headhunting', ['猎头服务费审批', 'Head-hunter fee'], 'compensation', 'countersign', 1),
  biz('offboarding_transfer', ['离职手续办理', 'Offboarding hand-over'], 'offboarding', 'form', 2),
  biz('additional_manage_relation_rule', ['申请虚线团队权限', 'Dotted-line team permission'], 'employment', 'simple', 1),
  biz('offer', ['Offer 审批', 'Offer'], 'recruiting', 'standard', 2),
  biz('pre_hire_back', ['回流人员确认', 'Rehire confirmation'], 'employment', 'standard', 1),
  biz('person_info_change', ['申请信息变更', 'Personal information change'], 'employment', 'system', 2),
  biz('workforce_plan_adjustment', ['编制规划调整审批', 'Headcount plan adjustment'], 'org', 'countersign', 1),
  biz('leave_application', ['休假申请', 'Leave'], 'leave', 'standard', 20, {
    templateId: 'leave',
    definitions: [
      { name: ['年假申请审批', 'Annual leave approval'], plan: 'standard' },
      { name: ['病事假申请审批', 'Sick and personal leave approval'], plan: 'review' },
    ],
  }),
  biz('offer_salary', ['Offer 薪酬审批', 'Offer salary'], 'compensation', 'countersign', 1),
  biz('self_certificate', ['自助证明', 'Self-service certificate'], 'service', 'system', 3),
  biz('self_service', ['自助服务', 'Self service'], 'service', 'simple', 2),
  biz('offer_salary_merge', ['Offer 及薪酬合并审批', 'Offer and salary'], 'recruiting', 'countersign', 1),
  biz('payroll', ['Payroll 发薪活动审批', 'Payroll run'], 'compensation', 'system', 1, { systemInitiated: true }),
  biz('cpst_adjust_salary_flow_info', ['调薪', 'Salary adjustment'], 'compensation', 'executive', 2),
  biz('job_post_content_approval', ['职位广告内容审批', 'Job post content'], 'recruiting', 'simple', 1),
  biz('job_post_channel_approval', ['职位广告渠道审批', 'Job post channel'], 'recruiting', 'simple', 1),
  biz('recruitment_request_approval', ['招聘需求审批', 'Recruitment request'], 'recruiting', 'executive', 2),
  biz('work_application', ['加班申请', 'Overtime'], 'attendance', 'review', 10),
  biz('travel_application', ['出差申请', 'Business trip'], 'travel', 'standard', 6),
  biz('rsu_refrsh_approval_new', ['期权到期补齐审批', 'Equity refresh'], 'compensation', 'executive', 1),
  biz('remedy_application', ['补卡申请', 'Clock-in correction'], 'attendance', 'review', 6),
  biz('outing_application', ['外出申请', 'Outing'], 'travel', 'simple', 4),
  biz('payroll_data_report', ['数据填报审批', 'Payroll data report'], 'compensation', 'form', 1, { systemInitiated: true }),
  biz('batch_compensation_adjustment_new', ['批量调薪（新）', 'Batch salary adjustment'], 'compensation', 'countersign', 1),
  biz('onduty_bonus_apply', ['值班补贴（新）', 'On-duty allowance'], 'compensation', 'simple', 2),
  biz('swap_shift_application', ['换班申请', 'Shift swap'], 'attendance', 'simple', 3),
];

/** Business types whose form data lives in Hire's BPM: form_variable_data answers 1160100 for them (processes.md §3). */
export const HIRE_BPM_BIZ_TYPES: ReadonlySet<string> = new Set(['offer_salary_merge']);

const DEF_ID_PREFIX: Readonly<Record<NodeKind, string>> = { approval: 'approval_', form: 'form_', cc: 'cc_', system: 'auto_' };

export interface Catalog {
  bizTypes: readonly BizType[];
  definitions: readonly FlowDefinition[];
  byId: ReadonlyMap<string, FlowDefinition>;
  /** The definitions of each business type key. */
  byBizType: ReadonlyMap<string, FlowDefinition[]>;
  /** The tenant-wide first half of every `people_<tenant>_<definition>` id. */
  tenantNumber: string;
}

export function buildCatalog(random: Random): Catalog {
  const tenantNumber = random.digits(19);
  const definitions: FlowDefinition[] = [];
  const byBizType = new Map<string, FlowDefinition[]>();
  for (const type of BIZ_TYPES) {
    const defs = type.definitions.map((def) => buildDefinition(random, tenantNumber, type, def.name, PLANS[def.plan]));
    definitions.push(...defs);
    byBizType.set(type.key, defs);
  }
  return { bizTypes: BIZ_TYPES, definitions, byId: new Map(definitions.map((d) => [d.id, d])), byBizType, tenantNumber };
}

function buildDefinition(
  random: Random,
  tenantNumber: string,
  type: Pick<BizType, 'key' | 'templateId' | 'name' | 'family'>,
  name: Bilingual,
  plan: readonly NodeTemplate[],
  id = `people_${tenantNumber}_${random.digits(19)}`,
): FlowDefinition {
  const nodes: PlanNode[] = plan.map((node) => ({
    defId: DEF_ID_PREFIX[node.kind] + random.hex(11),
    name: { zh_cn: node.name[0], en_us: node.name[1] },
    kind: node.kind,
    mode: node.mode,
    approvers: node.approvers,
  }));
  return {
    id,
    name: { zh_cn: name[0], en_us: name[1] },
    bizType: type.key,
    templateId: type.templateId,
    templateName: { zh_cn: type.name[0], en_us: type.name[1] },
    plan: nodes,
    family: type.family,
  };
}

/**
 * A definition for a fixture that names a business type or definition id the catalog does not have:
 * custom business types exist in real tenants (biz_type is free text).
 */
export function adHocDefinition(random: Random, catalog: Catalog, bizType: string, id?: string): FlowDefinition {
  const known = BIZ_TYPES.find((type) => type.key === bizType);
  const type = known ?? { key: bizType, templateId: bizType, name: [bizType, bizType] as Bilingual, family: 'service' as const };
  return buildDefinition(random, catalog.tenantNumber, type, [`${type.name[0]}审批`, `${type.name[1]} approval`], PLANS.simple, id);
}
