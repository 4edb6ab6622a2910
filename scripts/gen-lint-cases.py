import json
R = "qcs::ccc::uin/100000000001:SdkAppId/1400000000"
def pol(*st): return {"version": "2.0", "statement": list(st)}
def st(effect="allow", action="ccc:CreateStaff", resource=R, condition=None):
    s = {"effect": effect, "action": action, "resource": resource}
    if condition is not None: s["condition"] = condition
    return s
C = {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}
checks = [
 ("lint/operation-level-scoped", pol(st(action=["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup"])), pol(st(action="ccc:CreateStaff"), st(action="ccc:DeleteCCCSkillGroup", resource="*"))),
 ("lint/operation-level-wildcard-scoped", pol(st(action="ccc:Delete*")), pol(st(action="ccc:Delete*", resource="*", condition=C))),
 ("lint/deny-operation-level-scoped", pol(st(effect="deny", action="ccc:DeleteCCCSkillGroup")), pol(st(effect="deny", action="ccc:DeleteCCCSkillGroup", resource="*"))),
 ("lint/star-on-star", pol(st(action="ccc:*", resource="*")), pol(st(action="ccc:*", resource="*", condition=C))),
 ("lint/wildcard-write", pol(st(action="ccc:*Staff*", resource="*", condition=C)), pol(st(action="ccc:Delete*", resource="*", condition=C))),
 ("lint/empty-condition-block", pol(st(condition={"ip_equal": {}})), pol(st(condition=C))),
 ("lint/for-all-without-presence", pol(st(condition={"for_all_value:string_equal": {"qcs:request_tag": ["team&a"]}})), pol(st(condition={"for_all_value:string_equal": {"qcs:request_tag": ["team&a"]}, "null_equal": {"qcs:request_tag": "false"}}))),
 ("lint/if-exist-on-allow", pol(st(condition={"ip_equal_if_exist": {"qcs:ip": ["10.0.0.0/8"]}})), pol(st(effect="deny", condition={"ip_not_equal_if_exist": {"qcs:ip": ["10.0.0.0/8"]}}))),
 ("lint/negated-several-values", pol(st(condition={"string_not_equal": {"ccc:k": ["a", "b"]}})), pol(st(condition={"string_not_equal": {"ccc:k": "a"}}))),
 ("lint/ccc-tag-contradiction", pol(st(condition={"for_any_value:string_equal": {"qcs:resource_tag": ["a&b"]}})), pol(st(condition={"for_any_value:string_equal": {"qcs:request_tag": ["a&b"]}}))),
 ("lint/permid", pol(st(action=["permid/1097"], resource="*")), pol(st(action=["ccc:CreateStaff"], resource="*", condition=C))),
 ("lint/resource-service-mismatch", pol(st(resource="qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-1")), pol(st())),
 ("lint/unknown-resource-type", pol(st(resource="qcs::ccc::uin/100000000001:instance/1400000000")), pol(st(resource="qcs::ccc::uin/100000000001:SdkAppId/*"))),
 ("lint/redundant-action", pol(st(action=["ccc:Create*", "ccc:CreateStaff"])), pol(st(action=["ccc:CreateStaff", "ccc:CreateExtension"]))),
 ("lint/duplicate-statement", pol(st(), st()), pol(st(), st(action="ccc:CreateExtension"))),
 ("lint/shadowed-statement", pol(st(action="ccc:Create*"), st(action="ccc:CreateStaff")), pol(st(action="ccc:Create*", condition=C), st(action="ccc:CreateStaff"))),
 ("lint/deny-only", pol(st(effect="deny")), pol(st(effect="deny"), st())),
 # Parser diagnostics are findings too: each with a failing and a passing policy.
 ("policy/aws-style", {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ccc:*", "Resource": "*"}]}, pol(st())),
 ("policy/unknown-api", pol(st(action="ccc:CreateStaffs")), pol(st())),
 ("policy/action-case", pol(st(action="ccc:createstaff")), pol(st())),
 ("policy/unknown-operator", pol(st(condition={"ip_equals": {"qcs:ip": "10.0.0.0/8"}})), pol(st(condition=C))),
 ("policy/unreadable-value", pol(st(condition={"ip_equal": {"qcs:ip": "10.0.0.0/33"}})), pol(st(condition=C))),
 ("policy/condition-key-case", pol(st(condition={"ip_equal": {"qcs:IP": "10.0.0.0/8"}})), pol(st(condition=C))),
 ("policy/variable-not-substituted", pol(st(resource="qcs::ccc::uin/${uin}:SdkAppId/1400000000")), pol(st())),
 ("policy/unknown-variable", pol(st(resource="qcs::ccc::uin/100000000001:SdkAppId/${sdkappid}")), pol(st(resource="qcs::ccc::uin/100000000001:SdkAppId/*"))),
 ("policy/principal-ignored", {"version": "2.0", "principal": {"qcs": ["qcs::cam::anyone"]}, "statement": [st()]}, pol(st())),
 ("policy/tag-needs-for-any-value", pol(st(condition={"string_equal": {"qcs:request_tag": "a&b"}})), pol(st(condition={"for_any_value:string_equal": {"qcs:request_tag": "a&b"}}))),
 ("policy/too-long", pol(st(condition={"string_equal": {"ccc:k": "x" * 6200}})), pol(st(condition={"string_equal": {"ccc:k": "x" * 100}}))),
 ("policy/bad-effect", pol(st(effect="Allow")), pol(st())),
 ("policy/foreign-element", pol({**st(), "sid": "x"}), pol(st())),
]
json.dump([{"check": c, "fails": f, "passes": p} for c, f, p in checks], open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..', 'tests', 'lint', 'checks.json'), 'w'), indent=1)
print(len(checks))
