/**
 * What the forms of each business family hold: one field list per family, covering every Feishu
 * VariableValue kind, including lists of records whose fields are lists again (nested sub_values).
 */

export type FieldKind =
  | 'text'
  | 'bool'
  | 'number'
  | 'enum'
  | 'date'
  | 'dateTime'
  | 'i18n'
  | 'object'
  | 'user'
  | 'department'
  | 'employment'
  | 'list'
  | 'record'
  | 'file';

/** [zh, en] */
export type Bilingual = readonly [string, string];

export interface EnumOption {
  id: string;
  name: Bilingual;
}

export interface FieldSpec {
  apiName: string;
  name: Bilingual;
  kind: FieldKind;
  options?: readonly EnumOption[];
  texts?: readonly string[];
  phrases?: readonly Bilingual[];
  /** Number range, inclusive; `step` rounds it (0.5 for leave days). */
  range?: readonly [number, number];
  step?: number;
  /** Date and date-time fields: days after the process start. */
  days?: readonly [number, number];
  objectApiName?: string;
  /** User-ish fields: the initiator (the person the process is about) or anyone. */
  subject?: 'initiator' | 'anyone';
  item?: FieldSpec;
  fields?: readonly FieldSpec[];
  files?: readonly (readonly [name: string, mime: string])[];
  /** Shown in the process summary (`abstracts`). */
  abstract?: boolean;
  /** Also a process ("flow") variable. */
  flow?: boolean;
}

export type FormFamily =
  'leave' | 'attendance' | 'travel' | 'employment' | 'offboarding' | 'compensation' | 'recruiting' | 'service' | 'org';

const opt = (id: string, zh: string, en: string): EnumOption => ({ id, name: [zh, en] });

const CITIES: readonly Bilingual[] = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['深圳', 'Shenzhen'],
  ['杭州', 'Hangzhou'],
  ['成都', 'Chengdu'],
  ['新加坡', 'Singapore'],
];

const applicant: FieldSpec = { apiName: 'applicant', name: ['申请人', 'Applicant'], kind: 'employment', subject: 'initiator' };
const handoverList: FieldSpec = {
  apiName: 'handover_list',
  name: ['交接人', 'Hand-over people'],
  kind: 'list',
  item: { apiName: 'handover_person', name: ['交接人', 'Hand-over person'], kind: 'employment', subject: 'anyone' },
};

/**
 * Families open alike (who, from when, why: the order Feishu's HR forms use) but are spelt out one by one:
 * the fields differ in names, ranges and options, and each list is read as the form it stands for. Only
 * fields that are the same in several forms are shared (`applicant`, `handoverList`).
 */
export const FORM_FIELDS: Readonly<Record<FormFamily, readonly FieldSpec[]>> = {
  leave: [
    {
      apiName: 'leave_type',
      name: ['假期类型', 'Leave type'],
      kind: 'enum',
      abstract: true,
      flow: true,
      options: [
        opt('annual_leave', '年假', 'Annual leave'),
        opt('sick_leave', '病假', 'Sick leave'),
        opt('personal_leave', '事假', 'Personal leave'),
        opt('marriage_leave', '婚假', 'Marriage leave'),
        opt('parental_leave', '育儿假', 'Parental leave'),
      ],
    },
    { apiName: 'leave_start_date', name: ['开始日期', 'Start date'], kind: 'date', days: [1, 30], abstract: true },
    { apiName: 'leave_end_time', name: ['结束时间', 'End time'], kind: 'dateTime', days: [2, 40] },
    { apiName: 'leave_duration', name: ['时长', 'Duration'], kind: 'number', range: [0.5, 10], step: 0.5, abstract: true },
    {
      apiName: 'custom_reason',
      name: ['事由', 'Reason'],
      kind: 'text',
      texts: ['家庭旅行', '身体不适，需要休息', '处理个人事务', '陪伴家人', '搬家'],
    },
    { apiName: 'is_urgent', name: ['是否紧急', 'Urgent'], kind: 'bool' },
    applicant,
    { apiName: 'applicant_department', name: ['部门', 'Department'], kind: 'department', subject: 'initiator' },
    {
      apiName: 'attachment',
      name: ['附件', 'Attachment'],
      kind: 'file',
      files: [
        ['medical_certificate.pdf', 'application/pdf'],
        ['ticket.pdf', 'application/pdf'],
        ['photo.jpg', 'image/jpeg'],
      ],
    },
    handoverList,
  ],
  attendance: [
    {
      apiName: 'attendance_type',
      name: ['申请类型', 'Request type'],
      kind: 'enum',
      abstract: true,
      flow: true,
      options: [opt('overtime', '加班', 'Overtime'), opt('remedy', '补卡', 'Clock-in correction'), opt('swap', '换班', 'Shift swap')],
    },
    { apiName: 'start_time', name: ['开始时间', 'Start time'], kind: 'dateTime', days: [0, 7], abstract: true },
    { apiName: 'end_time', name: ['结束时间', 'End time'], kind: 'dateTime', days: [1, 8] },
    { apiName: 'hours', name: ['时长（小时）', 'Hours'], kind: 'number', range: [1, 12], step: 0.5, abstract: true },
    { apiName: 'reason', name: ['原因', 'Reason'], kind: 'text', texts: ['版本上线', '忘记打卡', '客户现场支持', '值班', '系统故障处理'] },
    applicant,
    { apiName: 'swap_with', name: ['换班对象', 'Swap with'], kind: 'employment', subject: 'anyone' },
  ],
  travel: [
    {
      apiName: 'trip_purpose',
      name: ['出差事由', 'Purpose'],
      kind: 'text',
      abstract: true,
      texts: ['客户拜访', '参加行业大会', '项目交付', '团队团建', '供应商审核'],
    },
    {
      apiName: 'destination',
      name: ['目的地', 'Destination'],
      kind: 'record',
      fields: [{ apiName: 'city_v2', name: ['城市', 'City'], kind: 'i18n', phrases: CITIES }],
    },
    {
      apiName: 'trip_segments',
      name: ['行程', 'Itinerary'],
      kind: 'list',
      item: {
        apiName: 'trip_segment',
        name: ['行程段', 'Segment'],
        kind: 'record',
        fields: [
          { apiName: 'city', name: ['城市', 'City'], kind: 'i18n', phrases: CITIES },
          { apiName: 'depart_date', name: ['出发日期', 'Departure'], kind: 'date', days: [1, 20] },
          { apiName: 'days', name: ['天数', 'Days'], kind: 'number', range: [1, 5], step: 1 },
          {
            apiName: 'companions',
            name: ['同行人', 'Companions'],
            kind: 'list',
            item: { apiName: 'companion', name: ['同行人', 'Companion'], kind: 'employment', subject: 'anyone' },
          },
        ],
      },
    },
    { apiName: 'start_time', name: ['出发时间', 'Departure time'], kind: 'dateTime', days: [1, 20], abstract: true },
    { apiName: 'budget', name: ['预算（元）', 'Budget (CNY)'], kind: 'number', range: [500, 20000], step: 100, abstract: true },
    {
      apiName: 'transport',
      name: ['交通方式', 'Transport'],
      kind: 'enum',
      flow: true,
      options: [opt('train', '火车', 'Train'), opt('flight', '飞机', 'Flight'), opt('car', '自驾', 'Car')],
    },
    applicant,
  ],
  employment: [
    { apiName: 'changer', name: ['异动人员', 'Employee'], kind: 'employment', subject: 'initiator', abstract: true },
    { apiName: 'effective_date', name: ['生效日期', 'Effective date'], kind: 'date', days: [3, 60], abstract: true, flow: true },
    {
      apiName: 'change_reason',
      name: ['异动原因', 'Reason'],
      kind: 'enum',
      abstract: true,
      options: [
        opt('promotion', '晋升', 'Promotion'),
        opt('transfer', '调岗', 'Transfer'),
        opt('reorg', '组织调整', 'Re-organisation'),
        opt('probation_pass', '转正', 'Probation passed'),
        opt('contract_renewal', '续签', 'Contract renewal'),
      ],
    },
    { apiName: 'new_department', name: ['新部门', 'New department'], kind: 'department', subject: 'anyone', flow: true },
    { apiName: 'new_job', name: ['新职务', 'New job'], kind: 'object', objectApiName: 'job' },
    { apiName: 'new_job_level', name: ['新职级', 'New job level'], kind: 'object', objectApiName: 'job_level' },
    { apiName: 'new_manager', name: ['新上级', 'New manager'], kind: 'user', subject: 'anyone' },
    {
      apiName: 'remark',
      name: ['备注', 'Remark'],
      kind: 'i18n',
      phrases: [
        ['表现优秀', 'Outstanding performance'],
        ['业务需要', 'Business need'],
        ['个人申请', 'Own request'],
      ],
    },
    {
      apiName: 'contract_info',
      name: ['合同信息', 'Contract'],
      kind: 'record',
      fields: [
        {
          apiName: 'contract_type',
          name: ['合同类型', 'Contract type'],
          kind: 'enum',
          options: [opt('fixed_term', '固定期限', 'Fixed term'), opt('open_ended', '无固定期限', 'Open-ended')],
        },
        { apiName: 'contract_end', name: ['合同到期日', 'Contract end'], kind: 'date', days: [365, 1100] },
        { apiName: 'work_location', name: ['工作地点', 'Work location'], kind: 'i18n', phrases: CITIES },
      ],
    },
    { apiName: 'need_relocation', name: ['需要搬迁', 'Relocation'], kind: 'bool' },
  ],
  offboarding: [
    { apiName: 'leaver', name: ['离职人员', 'Leaver'], kind: 'employment', subject: 'initiator', abstract: true },
    { apiName: 'last_working_date', name: ['最后工作日', 'Last working day'], kind: 'date', days: [7, 45], abstract: true, flow: true },
    {
      apiName: 'offboarding_reason',
      name: ['离职原因', 'Reason'],
      kind: 'enum',
      abstract: true,
      options: [
        opt('personal', '个人原因', 'Personal'),
        opt('career', '职业发展', 'Career development'),
        opt('family', '家庭原因', 'Family'),
        opt('contract_end', '合同到期', 'Contract ended'),
      ],
    },
    handoverList,
    {
      apiName: 'handover_items',
      name: ['交接物品', 'Hand-over items'],
      kind: 'list',
      item: {
        apiName: 'handover_item',
        name: ['物品', 'Item'],
        kind: 'record',
        fields: [
          {
            apiName: 'item',
            name: ['物品', 'Item'],
            kind: 'i18n',
            phrases: [
              ['笔记本电脑', 'Laptop'],
              ['工牌', 'Badge'],
              ['项目文档', 'Project documents'],
            ],
          },
          { apiName: 'receiver', name: ['接收人', 'Receiver'], kind: 'employment', subject: 'anyone' },
        ],
      },
    },
    { apiName: 'compensation_amount', name: ['补偿金额', 'Compensation'], kind: 'number', range: [0, 120000], step: 1000 },
    {
      apiName: 'exit_interview',
      name: ['离职面谈记录', 'Exit interview'],
      kind: 'file',
      files: [['exit_interview.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']],
    },
  ],
  compensation: [
    { apiName: 'adjust_employee', name: ['调整人员', 'Employee'], kind: 'employment', subject: 'anyone', abstract: true },
    {
      apiName: 'currency',
      name: ['币种', 'Currency'],
      kind: 'enum',
      flow: true,
      options: [opt('CNY', '人民币', 'Chinese yuan'), opt('USD', '美元', 'US dollar'), opt('SGD', '新加坡元', 'Singapore dollar')],
    },
    { apiName: 'amount', name: ['金额', 'Amount'], kind: 'number', range: [1000, 90000], step: 100, abstract: true },
    { apiName: 'effective_month', name: ['生效月份', 'Effective month'], kind: 'date', days: [10, 60], abstract: true },
    {
      apiName: 'salary_items',
      name: ['薪资项', 'Salary items'],
      kind: 'list',
      item: {
        apiName: 'salary_item',
        name: ['薪资项', 'Salary item'],
        kind: 'record',
        fields: [
          {
            apiName: 'item_name',
            name: ['项目', 'Item'],
            kind: 'i18n',
            phrases: [
              ['基本工资', 'Base salary'],
              ['绩效奖金', 'Performance bonus'],
              ['补贴', 'Allowance'],
            ],
          },
          { apiName: 'item_amount', name: ['金额', 'Amount'], kind: 'number', range: [500, 40000], step: 100 },
        ],
      },
    },
    { apiName: 'approval_note', name: ['说明', 'Note'], kind: 'text', texts: ['年度调薪', '市场对标调整', '关键人才保留', '季度奖金发放'] },
    { apiName: 'is_confidential', name: ['保密', 'Confidential'], kind: 'bool' },
    { apiName: 'country_region', name: ['国家/地区', 'Country/region'], kind: 'object', objectApiName: 'country_region_subdivision' },
  ],
  recruiting: [
    {
      apiName: 'position_name',
      name: ['职位名称', 'Position'],
      kind: 'i18n',
      abstract: true,
      phrases: [
        ['高级后端工程师', 'Senior Backend Engineer'],
        ['产品经理', 'Product Manager'],
        ['销售经理', 'Sales Manager'],
        ['数据分析师', 'Data Analyst'],
      ],
    },
    { apiName: 'headcount', name: ['招聘人数', 'Headcount'], kind: 'number', range: [1, 8], step: 1, abstract: true },
    {
      apiName: 'hiring_department',
      name: ['用人部门', 'Hiring department'],
      kind: 'department',
      subject: 'anyone',
      abstract: true,
      flow: true,
    },
    { apiName: 'hiring_manager', name: ['招聘负责人', 'Hiring manager'], kind: 'user', subject: 'anyone' },
    {
      apiName: 'channels',
      name: ['渠道', 'Channels'],
      kind: 'list',
      item: {
        apiName: 'channel',
        name: ['渠道', 'Channel'],
        kind: 'enum',
        options: [
          opt('referral', '内推', 'Referral'),
          opt('linkedin', '领英', 'LinkedIn'),
          opt('job_board', '招聘网站', 'Job board'),
          opt('campus', '校园招聘', 'Campus'),
        ],
      },
    },
    { apiName: 'expected_onboard_date', name: ['期望到岗日期', 'Expected start'], kind: 'date', days: [20, 90] },
    {
      apiName: 'job_description',
      name: ['职位描述', 'Job description'],
      kind: 'text',
      texts: ['负责核心系统的设计与开发', '负责产品规划与需求管理', '负责华东区客户拓展', '负责经营数据分析'],
    },
    { apiName: 'job', name: ['职务', 'Job'], kind: 'object', objectApiName: 'job' },
  ],
  service: [
    {
      apiName: 'certificate_type',
      name: ['证明类型', 'Certificate type'],
      kind: 'enum',
      abstract: true,
      flow: true,
      options: [
        opt('employment', '在职证明', 'Employment certificate'),
        opt('income', '收入证明', 'Income certificate'),
        opt('visa', '签证证明', 'Visa letter'),
      ],
    },
    { apiName: 'purpose', name: ['用途', 'Purpose'], kind: 'text', abstract: true, texts: ['办理签证', '银行贷款', '租房', '子女入学'] },
    { apiName: 'copies', name: ['份数', 'Copies'], kind: 'number', range: [1, 3], step: 1 },
    {
      apiName: 'language',
      name: ['语言', 'Language'],
      kind: 'enum',
      options: [opt('zh', '中文', 'Chinese'), opt('en', '英文', 'English')],
    },
    applicant,
    { apiName: 'need_stamp', name: ['需要盖章', 'Stamp needed'], kind: 'bool' },
    { apiName: 'delivery_time', name: ['领取时间', 'Pick-up time'], kind: 'dateTime', days: [1, 5] },
  ],
  org: [
    {
      apiName: 'reorg_name',
      name: ['调整名称', 'Change name'],
      kind: 'i18n',
      abstract: true,
      phrases: [
        ['研发中心架构调整', 'Engineering re-org'],
        ['销售大区合并', 'Sales region merger'],
        ['新设数据团队', 'New data team'],
      ],
    },
    {
      apiName: 'affected_departments',
      name: ['涉及部门', 'Departments affected'],
      kind: 'list',
      item: { apiName: 'affected_department', name: ['部门', 'Department'], kind: 'department', subject: 'anyone' },
    },
    { apiName: 'effective_date', name: ['生效日期', 'Effective date'], kind: 'date', days: [7, 60], abstract: true, flow: true },
    { apiName: 'affected_headcount', name: ['涉及人数', 'People affected'], kind: 'number', range: [3, 120], step: 1, abstract: true },
    { apiName: 'new_leader', name: ['新负责人', 'New leader'], kind: 'user', subject: 'anyone' },
    {
      apiName: 'plan_doc',
      name: ['方案文档', 'Plan document'],
      kind: 'file',
      files: [
        ['reorg_plan.pdf', 'application/pdf'],
        ['headcount_plan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ],
    },
  ],
};
