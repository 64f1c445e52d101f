/** Feishu's documented error codes as the simulator answers them: code, message and HTTP status. */

export const CODES = {
  ok: 0,
  cannotResolveUser: 1160001,
  allApprovalsFinished: 1160015,
  nodeFinished: 1160016,
  retryLater: 1160025,
  notFound: 1160100,
  invalidParam: 1160101,
  internal: 1160102,
  duplicateApprover: 1160114,
  employeeNotFound: 1160117,
  listTypeNotFound: 1160121,
  alreadyApproved: 1160129,
  illegalStatusForTransfer: 1160221,
  transferNotSupported: 1160234,
  alreadyHandler: 1160245,
  addSignNotSupported: 1160256,
  systemError: 1160500,
  taskProcessed: 1161001,
  invalidActionParam: 1161002,
  noPermission: 1161003,
  approvalsEnded: 1161006,
  notRevocable: 1161007,
  rateLimited: 99991400,
  noToken: 99991661,
  badToken: 99991663,
  badTokenFormat: 99991671,
  appUnauthorized: 10014,
  wrongSecret: 10015,
  tokenParamInvalid: 10003,
} as const;

const MESSAGES: Readonly<Record<number, string>> = {
  [CODES.cannotResolveUser]: 'could not resolve tenant id or user id',
  [CODES.allApprovalsFinished]: 'all approvals have finished',
  [CODES.nodeFinished]: 'approval node has finished',
  [CODES.retryLater]: 'system problem, please retry later',
  [CODES.notFound]: 'process not found',
  [CODES.invalidParam]: 'invalid parameter',
  [CODES.internal]: 'internal system error',
  [CODES.duplicateApprover]: 'approver duplicated',
  [CODES.employeeNotFound]: 'employee does not exist',
  [CODES.listTypeNotFound]: 'list type does not exist',
  [CODES.alreadyApproved]: 'already approved, cannot add signers',
  [CODES.illegalStatusForTransfer]: 'illegal process status: only in-progress processes can be transferred',
  [CODES.transferNotSupported]: 'node does not support transfer',
  [CODES.alreadyHandler]: 'transferee already handles this node',
  [CODES.addSignNotSupported]: 'node does not support adding signers',
  [CODES.systemError]: 'system error',
  [CODES.taskProcessed]: 'task already processed',
  [CODES.invalidActionParam]: 'invalid parameter',
  [CODES.noPermission]: 'no permission',
  [CODES.approvalsEnded]: 'all approvals have ended',
  [CODES.notRevocable]: 'process cannot be revoked: it is not completed',
  [CODES.rateLimited]: 'request trigger frequency limit',
  [CODES.noToken]: 'Missing access token for authorization. Please make a request with token attached.',
  [CODES.badToken]: 'Invalid access token for authorization. Please make a request with token attached.',
  [CODES.badTokenFormat]: 'Invalid token: must start with t-/u-',
  [CODES.appUnauthorized]: 'app unauthorized',
  [CODES.wrongSecret]: 'wrong app secret',
  [CODES.tokenParamInvalid]: 'invalid param',
};

const SERVER_SIDE: ReadonlySet<number> = new Set([CODES.retryLater, CODES.internal, CODES.systemError]);

export function messageOf(code: number): string {
  return MESSAGES[code] ?? 'error';
}

/** Business errors go out as 400, server-side ones as 500, rate limiting as 429 (processes.md, actions.md). */
export function httpStatusOf(code: number): number {
  if (code === CODES.rateLimited) return 429;
  return SERVER_SIDE.has(code) ? 500 : 400;
}

/** A request the simulated Feishu refuses; the HTTP layer turns it into the envelope. */
export class SimError extends Error {
  constructor(
    readonly code: number,
    message: string = messageOf(code),
    readonly httpStatus: number = httpStatusOf(code),
  ) {
    super(message);
    this.name = 'SimError';
  }
}
