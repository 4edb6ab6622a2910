// The JavaScript package (pkg/, built by `make pkg`) imported the way a docs site or a Node script would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { initSync, evaluate, catalog, encodeShare, decodeShare, PreparedPolicies, matrix } from '../../pkg/cam_playground.js';

initSync({ module: await readFile(new URL('../../pkg/cam_playground_bg.wasm', import.meta.url)) });

const trapPolicy = { version: '2.0', statement: [{ effect: 'allow', action: ['ccc:*'],
  resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'] }] };
const request = { action: 'ccc:DeleteCCCSkillGroup', params: { SdkAppId: 1400000000 },
  principal: { uin: '100000000011', owner_uin: '100000000001' } };

test('evaluate explains the operation-level trap', () => {
  const result = evaluate({ policies: [trapPolicy], request });
  assert.equal(result.decision, 'implicit_deny');
  assert.equal(result.authoritative, true);
  assert.deepEqual(result.deciding, []);
  assert.ok(result.steps.some((s) => /operation-level API, so CAM checks the resource `\*`/.test(s.text)));
  const fixed = evaluate({ policies: [trapPolicy, { name: 'op-level', text: JSON.stringify({ version: '2.0',
    statement: [{ effect: 'allow', action: 'ccc:DeleteCCCSkillGroup', resource: '*' }] }) }], request: JSON.stringify(request) });
  assert.equal(fixed.decision, 'allow');
  assert.deepEqual(fixed.deciding.map((d) => [d.source, d.policy, d.statement]), [['policy', 1, 0]]);
});

test('prepared policies answer like evaluate, request after request', () => {
  const prepared = new PreparedPolicies({ policies: [trapPolicy] });
  for (const action of ['ccc:DeleteCCCSkillGroup', 'ccc:CreateStaff', 'ccc:DescribeTelCdr', 'ccc:Nope']) {
    const asked = { ...request, action };
    const once = evaluate({ policies: [trapPolicy], request: asked, explain: false });
    assert.deepEqual(prepared.evaluate({ request: asked, explain: false }), once, action);
  }
  assert.equal(prepared.evaluate({ request }).steps.length > 3, true);
  assert.equal(prepared.evaluate({ request: '{' }).decision, null);
  assert.throws(() => new PreparedPolicies({}), /PreparedPolicies expects/);
  prepared.free();
});

test('matrix: every API for the request, deciding statements shaped as in evaluate', () => {
  const rows = matrix({ policies: [trapPolicy], request });
  assert.equal(rows.length, 181);
  const by = (action) => rows.find((r) => r.action === action);
  assert.deepEqual(by('ccc:DeleteCCCSkillGroup'), { action: 'ccc:DeleteCCCSkillGroup', category: 'write',
    granularity: 'operation', decision: 'implicit_deny', authoritative: true, deciding: [] });
  assert.deepEqual(by('ccc:CreateStaff').deciding, [{ source: 'policy', policy: 0, statement: 0, line: 4, column: 5 }]);
  // Every resource-level API whose resource names the SdkAppId; DescribeCustomNumberList's template is
  // `qcs::ccc::uin/:*`, which the SdkAppId-scoped grant does not cover.
  const allowed = rows.filter((r) => r.decision === 'allow').map((r) => r.action);
  assert.equal(allowed.length, 112);
  assert.ok(rows.every((r) => allowed.includes(r.action) === (r.granularity === 'resource' && r.action !== 'ccc:DescribeCustomNumberList')));
});

test('invalid input gives located diagnostics, not an exception', () => {
  const result = evaluate({ policies: ['{"version": "2.0", "statement": [}'], request });
  assert.equal(result.decision, null);
  const [error] = result.diagnostics.policies[0];
  assert.equal(error.code, 'json/syntax');
  assert.equal(error.span.line, 1);
  assert.throws(() => evaluate(42), /evaluate expects/);
  assert.throws(() => evaluate({ policies: 'not a list', request }), /evaluate expects/);
  assert.throws(() => evaluate({ policies: [() => 1], request }), /evaluate expects/);
  // Whatever a policy object holds, it is read as JSON text: a big number stays a number.
  const big = evaluate({ policies: [{ version: '2.0', statement: [{ effect: 'allow', action: '*', resource: '*',
    condition: { numeric_less_than: { 'ccc:n': [2 ** 60] } } }] }], request });
  assert.deepEqual(big.diagnostics.policies[0].filter((d) => d.severity === 'error'), []);
});

test('policies cross whatever their shape, characters and size', () => {
  const statement = (value) => ({ effect: 'allow', action: 'ccc:CreateStaff', resource: '*',
    condition: { string_equal: { 'ccc:标签': value } } });
  const context = (value) => ({ ...request, action: 'ccc:CreateStaff', context: { 'ccc:标签': value } });
  // Chinese and an emoji (a surrogate pair) in keys and values, as text, as {name, text} and as an object.
  for (const policy of [JSON.stringify({ version: '2.0', statement: [statement('生产😀')] }),
    { name: '策略', text: JSON.stringify({ version: '2.0', statement: [statement('生产😀')] }) },
    { name: 5, text: JSON.stringify({ version: '2.0', statement: [statement('生产😀')] }) },
    { version: '2.0', statement: [statement('生产😀')] }]) {
    assert.equal(evaluate({ policies: [policy], request: context('生产😀'), explain: false }).decision, 'allow');
    assert.equal(evaluate({ policies: [policy], request: context('生产😁'), explain: false }).decision, 'implicit_deny');
  }
  // {text} whose text is not a string is a policy object like any other: read as JSON.
  const odd = evaluate({ policies: [{ text: 5 }], request, explain: false });
  assert.equal(odd.diagnostics.policies.length, 1);
  assert.ok(odd.diagnostics.policies[0].some((d) => d.severity === 'error'));
  // A lone surrogate reads as U+FFFD, as JavaScript's own UTF-8 encoders write it.
  const lone = evaluate({ policies: [JSON.stringify({ version: '2.0', statement: [statement('a\uD800')] }).replace('\\ud800', '\uD800')],
    request: context('a\uFFFD'), explain: false });
  assert.equal(lone.decision, 'allow');
  // Two hundred policies (tens of KB) cross in one call; the last one decides.
  const many = Array.from({ length: 200 }, (_, i) => ({ name: `p${i}`, text: JSON.stringify({ version: '2.0',
    statement: [statement(i === 199 ? '最后' : `值${i}`.repeat(20))] }, null, 2) }));
  const decided = evaluate({ policies: many, request: context('最后'), explain: false });
  assert.equal(decided.diagnostics.policies.length, 200);
  assert.deepEqual(decided.deciding.map((d) => d.policy), [199]);
  assert.deepEqual(new PreparedPolicies({ policies: many }).evaluate({ request: context('最后'), explain: false }), decided);
  // What is not a policy is named by its place in the list; a throwing getter or a cycle is not a policy.
  const cyclic = { version: '2.0' }; cyclic.self = cyclic;
  const throwing = { get version() { throw new Error('no'); } };
  for (const [policies, place] of [[['{}', 7], /policies\[1\]/], [[cyclic], /policies\[0\]/], [['{}', '{}', throwing], /policies\[2\]/]]) {
    assert.throws(() => evaluate({ policies, request }), place);
  }
  assert.throws(() => evaluate({ policies: [], boundary: 'x', request }), /boundary/);
  assert.equal(evaluate({ policies: [], request, explain: false }).decision, 'implicit_deny');
});

test('catalog and share codec', () => {
  const apis = catalog().products[0].apis;
  assert.equal(apis.length, 181);
  assert.equal(apis.filter((a) => a.granularity === 'operation').length, 68);
  const workspace = { policies: [{ name: 'trap', text: JSON.stringify(trapPolicy) }], boundary: [], request: JSON.stringify(request) };
  const fragment = encodeShare(workspace, 'implicit_deny');
  assert.match(fragment, /^s1\./);
  const shared = decodeShare(`#${fragment}`);
  assert.deepEqual(shared.workspace, workspace);
  assert.equal(shared.stamp.decision, 'implicit_deny');
  assert.throws(() => decodeShare('#s1.!!!'), /not valid base64url/);
  // Errors in the caller's language, like evaluate's; an unknown one is a usage error.
  assert.throws(() => decodeShare('#s1.!!!', 'zh-CN'), (e) => e instanceof Error && /base64url/.test(e.message) && /[\u4e00-\u9fff]/.test(e.message));
  assert.throws(() => decodeShare('#s1.AAAA', 'fr'), /decodeShare expects \(fragment, lang\?\): lang is "en" or "zh-CN", not "fr"/);
  assert.equal(decodeShare(`#${encodeShare(workspace, 'allow', 'zh-CN')}`, 'zh-CN').stamp.decision, 'allow');
  assert.throws(() => encodeShare('not a workspace', null, 'zh-CN'), /`encodeShare` 的参数应为 `\(workspace, decision\?, lang\?\)`：输入不是对象/);
  assert.throws(() => encodeShare({ policies: [{ name: 'x' }] }, null, 'zh-CN'), (e) => /[\u4e00-\u9fff]/.test(e.message));
});

test('a ccc tag deny blocks nothing, and says why (rule C9)', () => {
  const policy = { version: '2.0', statement: [
    { effect: 'allow', action: 'ccc:*', resource: '*' },
    { effect: 'deny', action: 'ccc:DeleteStaff', resource: '*',
      condition: { 'for_any_value:string_equal': { 'qcs:resource_tag': ['env&prod'] } } }] };
  const asked = { ...request, action: 'ccc:DeleteStaff', context: { 'qcs:resource_tag': ['env&prod'] } };
  const result = evaluate({ policies: [policy], request: asked });
  assert.equal(result.decision, 'allow');
  assert.equal(result.authoritative, false);
  assert.ok(result.assumptions.includes('C9'));
  assert.ok(result.steps.some((s) => s.status === 'warn' && /ccc has no authorization by tag .* `env&prod` is ignored/.test(s.text)));
});

test('a policy CAM would refuse: hypothetical decision with the CreatePolicy code (rule G9)', () => {
  const refused = { version: '1.0', statement: [{ effect: 'allow', action: 'ccc:*', resource: '*' }] };
  const result = evaluate({ policies: [refused], request });
  assert.equal(result.decision, 'allow');
  assert.equal(result.hypothetical, true);
  assert.equal(result.authoritative, false);
  assert.equal(result.refused[0].errors[0].cam_error, 'InvalidParameter.VersionError');
  assert.equal(result.diagnostics.policies[0][0].cam_error, 'InvalidParameter.VersionError');
  assert.match(result.steps[0].text, /^CAM would refuse to save policy 1: InvalidParameter\.VersionError/);
  const fine = evaluate({ policies: [{ ...refused, version: '2.0' }], request });
  assert.equal(fine.hypothetical, false);
  assert.deepEqual(fine.refused, []);
});

test('lang: zh-CN words every step and diagnostic in Chinese; codes and decisions stay the same', () => {
  const broken = { version: '2.0', statement: [{ effect: 'ALLOW', action: 'ccc:*', resource: '*' }] };
  const english = evaluate({ policies: [trapPolicy, broken], request });
  const chinese = evaluate({ policies: [trapPolicy, broken], request, lang: 'zh-CN' });
  assert.equal(chinese.decision, english.decision);
  assert.deepEqual(chinese.assumptions, english.assumptions);
  assert.ok(chinese.steps.some((s) => /是云联络中心（ccc）的操作级接口/.test(s.text)));
  const [en] = english.diagnostics.policies[1];
  const [zh] = chinese.diagnostics.policies[1];
  assert.equal(zh.code, en.code);
  assert.equal(zh.cam_error, 'InvalidParameter.EffectError');
  assert.match(zh.message, /[\u4e00-\u9fff]/);
  assert.notEqual(zh.message, en.message);
  assert.throws(() => evaluate({ policies: [], request, lang: 'fr' }), /lang is "en" or "zh-CN", not "fr"/);
  // A call of the wrong shape is told so in the caller's language.
  assert.throws(() => evaluate({ policies: 'x', request, lang: 'zh-CN' }), /^`evaluate` 的参数应为 `\{policies, boundary\?, request\}`：`policies` 不是数组$/);
  assert.throws(() => evaluate({ policies: [42], request }), /: policies\[0\] is neither JSON text nor a policy object$/);
  const prepared = new PreparedPolicies({ policies: [trapPolicy] });
  assert.ok(prepared.evaluate({ request, lang: 'zh-CN' }).steps.some((s) => /操作级/.test(s.text)));
  prepared.free();
});

// Tencent's trust policy for a role another account's users assume (598/19381), and a user of that account.
const trustPolicy = { version: '2.0', statement: [{ action: 'name/sts:AssumeRole', effect: 'allow',
  principal: { qcs: ['qcs::cam::uin/67890:root'] } }] };
const assumeRole = { action: 'sts:AssumeRole', resource: 'qcs::cam::uin/12345:roleName/DevOpsRole',
  principal: { uin: '67891', owner_uin: '67890' } };
const grant = { version: '2.0', statement: [{ effect: 'allow', action: 'name/sts:AssumeRole',
  resource: 'qcs::cam::uin/12345:roleName/DevOpsRole' }] };

test('kinds of document: a {text, kind} item and a kind list decide alike, through both halves of T5', () => {
  const byItem = evaluate({ policies: [grant, { text: JSON.stringify(trustPolicy, null, 2), kind: 'trust' }], request: assumeRole });
  const byList = evaluate({ policies: [grant], trust: [trustPolicy], request: assumeRole });
  assert.equal(byItem.decision, 'allow');
  assert.deepEqual(byItem.deciding.map((d) => [d.source, d.policy, d.statement]), [['policy', 0, 0], ['trust', 0, 0]]);
  assert.deepEqual(byItem.trace.assume_role, { caller: 'allow', trust: 'allow' });
  assert.equal(byItem.trace.layer, 'trust');
  assert.deepEqual(byItem.diagnostics.trust, [[]], 'the trust policy has its own list of diagnostics');
  delete byItem.trace; delete byList.trace;
  assert.deepEqual(byItem, byList);
  // Read as an identity policy (no kind), the same text is what CAM's CreatePolicy would refuse.
  const asIdentity = evaluate({ policies: [grant, trustPolicy], request: assumeRole });
  assert.equal(asIdentity.hypothetical, true);
  assert.ok(asIdentity.diagnostics.policies[1].some((d) => d.code === 'policy/looks-like-kind'));
  // "identity" is the identity policy's other name; an unknown kind is a clear, localized error.
  assert.equal(evaluate({ policies: [{ text: JSON.stringify(grant), kind: 'identity' }], request: assumeRole }).diagnostics.policies.length, 1);
  assert.throws(() => evaluate({ policies: [{ text: '{}', kind: 'role' }], request }), /policies\[0\]\.kind is "role"/);
  assert.throws(() => evaluate({ policies: [{ text: '{}', kind: 'role' }], request, lang: 'zh-CN' }), /不是任何一种文档类型/);
  const prepared = new PreparedPolicies({ policies: [grant], trust: [trustPolicy] });
  assert.equal(prepared.evaluate({ request: assumeRole, explain: false }).decision, 'allow');
  prepared.free();
  assert.throws(() => matrix({ policies: [grant], bucket: [trustPolicy], request }), /matrix reads identity policies/);
});

test('an SCP names its organization node: the walk stops at the node without an allow, and an unknown node is a clear error', () => {
  const allowAll = { version: '2.0', statement: [{ effect: 'allow', action: 'ccc:*', resource: '*' }] };
  const describeOnly = { version: '2.0', statement: [{ effect: 'allow', action: 'ccc:Describe*', resource: '*' }] };
  const unbound = { action: 'ccc:DeleteStaff', params: { SdkAppId: 1400000000 },
    principal: { uin: '100000000011', owner_uin: '100000000001' }, organization: { full_qcloud_access: false } };
  const scp = [{ text: JSON.stringify(allowAll), node: 'root' }, { text: JSON.stringify(describeOnly), node: 'department/Contact' }];
  const result = evaluate({ policies: [allowAll], scp, request: unbound });
  assert.equal(result.decision, 'explicit_deny');
  assert.equal(result.trace.scp_node, 'department/Contact');
  assert.deepEqual(result.notes, [{ kind: 'scp_no_allow', node: 'department/Contact' }]);
  assert.equal(result.trace.scp[1].node, 'department/Contact');
  assert.ok(result.steps.some((s) => /SCPs bound to the root node: not reached/.test(s.text)), 'the root is above the stop');
  const prepared = new PreparedPolicies({ policies: [allowAll], scp });
  assert.equal(prepared.evaluate({ request: unbound, explain: false }).decision, 'explicit_deny');
  prepared.free();
  // Both bound to the member account (no node), the account's own allow-all lets it through.
  const unboundNodes = scp.map(({ text }) => ({ text }));
  assert.equal(evaluate({ policies: [allowAll], scp: unboundNodes, request: unbound }).decision, 'allow');
  assert.throws(() => evaluate({ policies: [], scp: [{ text: '{}', node: 'ou-7' }], request: unbound }),
    /scp\[0\]\.node is "ou-7", which is no node of an organization/);
  assert.throws(() => evaluate({ policies: [], scp: [{ text: '{}', node: 'ou-7' }], request: unbound, lang: 'zh-CN' }),
    /不是集团组织中的节点/);
  // A node on a document that is not an SCP would mean nothing: said so, by its place.
  assert.throws(() => evaluate({ policies: [{ text: '{}', node: 'root' }], request: unbound }),
    /policies\[0\]\.node binds an SCP .* but policies\[0\] is not an SCP/);
  assert.throws(() => evaluate({ policies: [], trust: [{ text: '{}', node: 'root' }], request: unbound, lang: 'zh-CN' }),
    /`trust\[0\]` 不是服务管控策略/);
  assert.equal(evaluate({ policies: [{ text: JSON.stringify(describeOnly), kind: 'scp', node: 'root' }], request: unbound }).trace.scp[0].node, 'root');
});
