/**
 * Feishu's wire shapes, snake_case exactly as sent. Shared with the sandbox simulator so that any
 * disagreement between the gateway and its simulator shows up as a type error. Numeric codes stay
 * numbers here; `codes.ts` names them.
 */

/** The wrapper of every API answer (checked in response-envelope.ts); a pushed event's is WireEventEnvelope. */
export interface WireResponseEnvelope<T> {
  code: number;
  msg?: string;
  data?: T;
  error?: { message?: string; logid?: string; troubleshooter?: string };
}

export interface WireTokenRequest {
  app_id: string;
  app_secret: string;
}

/** Token fields are top level: this response has no `data` wrapper. */
export interface WireTokenResponse {
  code: number;
  msg?: string;
  tenant_access_token?: string;
  expire?: number;
}

export interface WireI18n {
  zh_cn?: string;
  en_us?: string;
}

export interface WireLink {
  web_link?: string;
  pc_link?: string;
  mobile_link?: string;
}

export interface WireTodoItem {
  approver_id: string;
  type?: number;
  links?: WireLink;
  operator_id?: string;
  operator_name?: WireI18n;
  node_name?: WireI18n;
  create_time?: string;
  node_definition_id?: string;
}

export interface WireDoneItem extends WireTodoItem {
  status?: number;
  complete_time?: string;
  approval_opinion?: string;
}

export type WireSystemTodoItem = Omit<WireTodoItem, 'operator_id'>;
export type WireSystemDoneItem = Omit<WireDoneItem, 'operator_id'>;

/** A CC entry: a to-do's fields without its `type` (Feishu documents no type or status for it). */
export type WireCcItem = Omit<WireTodoItem, 'type'>;

export interface WireComment {
  commentor_id?: string;
  commentor_name?: WireI18n;
  comment_time?: string;
  comment_msg?: string;
  at_user_ids?: string[];
  file_count?: number;
  image_count?: number;
  comment_id?: string;
}

export interface WireProcess {
  process_id: string;
  status: number;
  flow_template_id?: string;
  flow_template_name?: WireI18n;
  flow_definition_id?: string;
  flow_definition_name?: WireI18n;
  initiator_id?: string;
  initiator_name?: WireI18n;
  create_time?: string;
  complete_time?: string;
  start_links?: WireLink;
  abstracts?: { name?: WireI18n; value?: WireI18n }[];
  todos?: WireTodoItem[];
  cc_list?: WireCcItem[];
  done_list?: WireDoneItem[];
  properties?: number;
  system_todos?: WireSystemTodoItem[];
  system_done_list?: WireSystemDoneItem[];
  comment_infos?: WireComment[];
  original_process_id?: string;
  is_last_completed_correct_process?: boolean;
  process_name?: WireI18n;
}

export interface WireProcessListData {
  process_ids?: string[];
  has_more?: boolean;
  page_token?: string;
}

export interface WireObjectValue {
  wk_id: string;
  wk_api_name: string;
}

export interface WireFileValue {
  open_file_id: string;
  file_name?: string;
  length?: number;
  mime_type?: string;
}

export interface WireRecordValue {
  variable_api_name: string;
  sub_value_key: string;
  record_id?: string;
}

export interface WireVariableValue {
  text_value?: string;
  bool_value?: boolean;
  number_value?: string;
  enum_value?: string;
  date_value?: string;
  date_time_value?: string;
  i18n_value?: WireI18n;
  object_value?: WireObjectValue;
  user_value?: string;
  department_value?: string;
  record_values?: WireRecordValue[];
  employment_value?: string;
  list_values?: string[];
  file_value?: WireFileValue;
}

export interface WireSubValue {
  key: string;
  value: WireVariableValue;
}

export interface WireFieldVariableValue {
  variable_api_name: string;
  variable_name?: WireI18n;
  variable_value?: WireVariableValue;
  sub_values?: WireSubValue[];
}

export interface WireVariableData {
  field_variable_values?: WireFieldVariableValue[];
  process_id?: string;
}

export interface WireApproverInfo {
  approver_id: string;
  process_id: string;
  approver_status: number;
}

export interface WireApproversData {
  approver_list?: WireApproverInfo[];
  /** Name used by SDKs generated in 2024; read when `approver_list` is absent. */
  approvers?: WireApproverInfo[];
  has_more?: boolean;
  page_token?: string;
}

export type WireVariableValueWrite = Omit<WireVariableValue, 'user_value' | 'file_value'> & {
  file_value?: Omit<WireFileValue, 'mime_type'>;
};

export interface WireFormValueWrite {
  variable_api_name: string;
  variable_value: WireVariableValueWrite;
  sub_values?: { key: string; value: WireVariableValueWrite }[];
}

export interface WireApproverUpdateBody {
  status: number;
  user_id?: string;
  system_approval?: boolean;
  reason?: string;
  field_values_v2?: WireFormValueWrite[];
}

/** Approve/reject answer with its own nested code: non-zero means the action failed. */
export interface WireApproverUpdateData {
  code: number;
  msg?: string;
}

export interface WireExtraBody {
  operator?: string;
  node_id?: string;
  approver_id?: string;
  extra_type: number;
  approval_type?: number;
  extra_user_ids: string[];
  remark?: string;
  system_user?: boolean;
}

export interface WireTransferBody {
  operator?: string;
  to_user_id: string;
  approver_ids: string[];
  remark?: string;
  system_user?: boolean;
}

/** Body of both withdraw and revoke. */
export interface WireEndProcessBody {
  user_id?: string;
  reason?: string;
  system_user?: boolean;
}

export const EVENT_TYPES = {
  statusUpdate: 'corehr.process.status.update_v2',
  updated: 'corehr.process.updated_v2',
  nodeUpdated: 'corehr.process.node.updated_v2',
  approverUpdated: 'corehr.process.approver.updated_v2',
  ccUpdated: 'corehr.process.cc.updated_v2',
  commentUpdated: 'corehr.process_comment_info.updated_v2',
} as const;
export type WireEventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

export interface WireEventHeader {
  event_id: string;
  event_type: string;
  create_time: string;
  token: string;
  app_id: string;
  tenant_key: string;
}

export interface WireProcessStatusEvent {
  process_id: string;
  status: number;
  biz_type?: string;
  flow_definition_id?: string;
  properties?: number;
}

export interface WireNodeEvent {
  flow_definition_id?: string;
  node_definition_id?: string;
  process_id: string;
  process_node_id?: string;
  node_type?: number;
  node_status: number;
  biz_type?: string;
}

export interface WireApproverEvent {
  process_id: string;
  approver_id: string;
  type?: number;
  status: number;
  biz_type?: string;
  flow_definition_id?: string;
  node_definition_id?: string;
  node_id?: string;
  node_id_str?: string;
}

export interface WireCcEvent {
  process_id: string;
  approver_id: string;
  status: number;
  biz_type?: string;
}

export interface WireCommentEvent {
  process_id: string;
  comment_id?: string;
  type?: number;
}

export type WireEventPayload = WireProcessStatusEvent | WireNodeEvent | WireApproverEvent | WireCcEvent | WireCommentEvent;

/** A pushed event, by webhook or long connection (checked in events/push-envelope.ts); an API answer's wrapper is WireResponseEnvelope. */
export interface WireEventEnvelope {
  schema: '2.0';
  header: WireEventHeader;
  event: WireEventPayload;
}

export const LOGID_HEADER = 'x-tt-logid';
export const RATE_LIMIT_HEADERS = { limit: 'x-ogw-ratelimit-limit', reset: 'x-ogw-ratelimit-reset' } as const;
export const SIGNATURE_HEADERS = {
  timestamp: 'x-lark-request-timestamp',
  nonce: 'x-lark-request-nonce',
  signature: 'x-lark-signature',
} as const;
