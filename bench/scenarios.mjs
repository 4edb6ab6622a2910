// One scenario, three languages: a user may create staff in one Cloud Contact Center instance from the office
// network, may read call records, and may not delete staff. The request: create staff from 10.1.2.3 → allow.

export const cam = {
  policies: [
    { name: 'create-staff-from-office', text: JSON.stringify({ version: '2.0', statement: [
      { effect: 'allow', action: ['ccc:CreateStaff'], resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'],
        condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }] }) },
    { name: 'read-call-records', text: JSON.stringify({ version: '2.0', statement: [
      { effect: 'allow', action: ['ccc:DescribeTelCdr', 'ccc:DescribeTelSession'], resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'] }] }) },
    { name: 'no-deletes', text: JSON.stringify({ version: '2.0', statement: [
      { effect: 'deny', action: ['ccc:DeleteStaff'], resource: ['*'] }] }) },
  ],
  request: JSON.stringify({ action: 'ccc:CreateStaff', params: { SdkAppId: 1400000000 },
    principal: { uin: '100000000011', owner_uin: '100000000001' }, context: { 'qcs:ip': '10.1.2.3' } }),
};

export const cedar = {
  call: {
    principal: { type: 'User', id: '100000000011' },
    action: { type: 'Action', id: 'ccc:CreateStaff' },
    resource: { type: 'SdkApp', id: '1400000000' },
    context: { ip: { __extn: { fn: 'ip', arg: '10.1.2.3' } } },
    policies: { staticPolicies: `
      permit(principal == User::"100000000011", action == Action::"ccc:CreateStaff", resource == SdkApp::"1400000000")
        when { context.ip.isInRange(ip("10.0.0.0/8")) };
      permit(principal == User::"100000000011", action in [Action::"ccc:DescribeTelCdr", Action::"ccc:DescribeTelSession"], resource == SdkApp::"1400000000");
      forbid(principal, action == Action::"ccc:DeleteStaff", resource);` },
    entities: [
      { uid: { type: 'User', id: '100000000011' }, attrs: {}, parents: [] },
      { uid: { type: 'SdkApp', id: '1400000000' }, attrs: {}, parents: [] },
      { uid: { type: 'Account', id: '100000000001' }, attrs: {}, parents: [] },
    ],
  },
};

// AWS has no Cloud Contact Center, and iam-simulate only knows AWS actions and resource types: the same shape
// with S3 (write one object from the office network, read, no deletes).
export const iam = {
  request: {
    principal: 'arn:aws:iam::100000000001:user/staff-admin',
    action: 's3:PutObject',
    resource: { resource: 'arn:aws:s3:::ccc-1400000000/staff/100000000011.json', accountId: '100000000001' },
    contextVariables: { 'aws:SourceIp': '10.1.2.3' },
  },
  identityPolicies: [
    { name: 'write-from-office', policy: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: ['s3:PutObject'], Resource: ['arn:aws:s3:::ccc-1400000000/*'],
        Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } }] } },
    { name: 'read', policy: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::ccc-1400000000', 'arn:aws:s3:::ccc-1400000000/*'] }] } },
    { name: 'no-deletes', policy: { Version: '2012-10-17', Statement: [
      { Effect: 'Deny', Action: ['s3:DeleteObject'], Resource: ['*'] }] } },
  ],
  serviceControlPolicies: [],
  resourceControlPolicies: [],
};

// A big prepared policy: the shape of tests/e2e/large.test.mjs's 1 MB policy (650 statements of 30 ccc actions
// each, with conditions), written without indents; `actions` is the catalog's action names in order.
export function bigPolicy(actions) {
  const statement = (i) => ({
    effect: i % 7 ? 'allow' : 'deny',
    action: Array.from({ length: 30 }, (_, k) => actions[(i * 7 + k) % actions.length]),
    resource: [`qcs::ccc::uin/100000000001:SdkAppId/${1400000000 + i}`],
    condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8', `192.168.${i % 256}.0/24`] } },
  });
  return { name: 'big', text: JSON.stringify({ version: '2.0', statement: Array.from({ length: 650 }, (_, i) => statement(i)) }) };
}
