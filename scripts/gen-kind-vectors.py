# Writes tests/vectors/kinds.json and layers.json: the vectors of chapters K, T, S, B, O and L of the rule book.
# Kept as a script so the documents read as the Tencent pages write them; run it after editing:
#   python3 scripts/gen-kind-vectors.py
import json, os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "vectors")

def doc(statements, principal=None, capital=False):
    d = {"version": "2.0", "statement": statements}
    if principal:
        d["principal"] = principal
    return json.dumps(d, indent=2, ensure_ascii=False)

def tencent_example(file):
    """One of Tencent's examples as its page writes it: the copies tests/fixtures/tencent-kinds holds."""
    path = os.path.join(HERE, "..", "fixtures", "tencent-kinds", file)
    with open(path) as f:
        return f.read().rstrip("\n")

# Tencent's own examples (598/19381; 436/45235 below, adapted to one region and bucket).
TRUST_ACCOUNT = tencent_example("role-create-598-19381.en-0.json")
TRUST_SAML = tencent_example("role-create-598-19381.en-2.json")
BUCKET_USER = """{
  "Statement": [
    {
      "Principal": {
        "qcs": [
          "qcs::cam::uin/100000000001:uin/100000000011"
        ]
      },
      "Effect": "Allow",
      "Action": [
        "name/cos:*"
      ],
      "Resource": [
        "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"
      ]
    }
  ],
  "version": "2.0"
}"""
BUCKET_DENY_OUTSIDE = """{
  "Statement": [
    {
      "Action": [
        "name/cos:*"
      ],
      "Condition": {
        "ip_not_equal": {
          "qcs:ip": [
            "10.1.1.0/24"
          ]
        }
      },
      "Effect": "deny",
      "Principal": {
        "qcs": [
          "qcs::cam::anyone:anyone"
        ]
      },
      "Resource": [
        "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"
      ]
    }
  ],
  "version": "2.0"
}"""

ROLE = "qcs::cam::uin/12345:roleName/DevOpsRole"
ASSUME = [{"effect": "allow", "action": "name/sts:AssumeRole", "resource": ROLE}]
OBJECT = "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/a.txt"
SECRET = "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/secret/k.txt"
BUCKET_OBJECTS = "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*"

def bucket(effect, principal, action="name/cos:GetObject", resource=BUCKET_OBJECTS, **extra):
    s = {"principal": {"qcs": principal if isinstance(principal, list) else [principal]},
         "effect": effect, "action": action, "resource": resource}
    s.update(extra)
    return s

EVERYONE = "qcs::cam::anyone:anyone"
USER = {"uin": "100000000011", "owner_uin": "100000000001"}

kinds = {
  "defaults": {"request": {"action": "sts:AssumeRole", "resource": ROLE,
                           "principal": {"uin": "67891", "owner_uin": "67890"}}},
  "cases": [
    {"name": "T5 a user of the trusted account assumes the role when both halves allow",
     "rules": ["K1", "T1", "T2", "T5", "L1"],
     "doc": "598/19381's trust policy, 598/19422's AssumeRole grant",
     "policies": [ASSUME], "trust": [TRUST_ACCOUNT],
     "expect": {"decision": "allow", "layer": "trust",
                "deciding": [{"policy": 0, "statement": 0}, {"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": "allow", "trust": "allow"},
                "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T5 without the caller's own allow, assuming the role is an implicit deny",
     "rules": ["T5"], "trust": [TRUST_ACCOUNT], "policies": [],
     "expect": {"decision": "implicit_deny", "layer": "policy",
                "assume_role": {"caller": "implicit_deny", "trust": "allow"},
                "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T5 the trust policy must name the caller",
     "rules": ["T5", "T7"], "policies": [ASSUME],
     "trust": [TRUST_ACCOUNT.replace("67890", "99999")],
     "expect": {"decision": "implicit_deny", "layer": "trust",
                "assume_role": {"caller": "allow", "trust": "implicit_deny"},
                "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T5 a deny in the caller's own policies is final",
     "rules": ["T5", "L2"], "trust": [TRUST_ACCOUNT],
     "policies": [ASSUME + [{"effect": "deny", "action": "sts:*", "resource": "*"}]],
     "expect": {"decision": "explicit_deny", "layer": "policy",
                "deciding": [{"policy": 0, "statement": 1}],
                "assume_role": {"caller": "explicit_deny", "trust": "allow"},
                "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T5 a root account needs no policy of its own to assume a role",
     "rules": ["T5", "T7"], "trust": [TRUST_ACCOUNT], "policies": [],
     "request": {"principal": {"uin": "67890", "owner_uin": "67890"}},
     "expect": {"decision": "allow", "layer": "trust",
                "deciding": [{"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": None, "trust": "allow"},
                "notes": ["caller_needs_no_policy"], "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T7 a service assumes its service role",
     "rules": ["T7", "T2", "T5"],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRole",
                     "principal": {"service": "scf.qcloud.com"}}])],
     "request": {"principal": {"type": "service", "service": "scf.qcloud.com"}},
     "expect": {"decision": "allow", "layer": "trust",
                "deciding": [{"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": None, "trust": "allow"},
                "notes": ["caller_needs_no_policy"], "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T7 a SAML identity assumes the role when saml:aud matches",
     "rules": ["T7", "T3", "T4", "T5"], "doc": "598/19381's IdP trust policy",
     "trust": [TRUST_SAML],
     "request": {"action": "sts:AssumeRoleWithSAML", "resource": "qcs::cam::uin/10001:roleName/sso",
                 "principal": {"type": "federated", "provider": "qcs::cam::uin/10001:saml-provider/idp_name"},
                 "context": {"saml:aud": "https://cloud.tencent.com/login/saml"}},
     "expect": {"decision": "allow", "layer": "trust",
                "deciding": [{"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": None, "trust": "allow"},
                "notes": ["caller_needs_no_policy"], "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T4 a SAML assertion for another audience is not trusted",
     "rules": ["T4", "T5"], "trust": [TRUST_SAML],
     "request": {"action": "sts:AssumeRoleWithSAML", "resource": "qcs::cam::uin/10001:roleName/sso",
                 "principal": {"type": "federated", "provider": "qcs::cam::uin/10001:saml-provider/idp_name"},
                 "context": {"saml:aud": "https://example.com"}},
     "expect": {"decision": "implicit_deny", "layer": "trust",
                "assume_role": {"caller": None, "trust": "implicit_deny"},
                "notes": ["caller_needs_no_policy"], "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T7 a user named uin/X:uin/Y is trusted, a reading the docs leave open",
     "rules": ["T7"], "policies": [ASSUME],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRole",
                     "principal": {"qcs": ["qcs::cam::uin/67890:uin/67891"]}}])],
     "expect": {"decision": "allow", "layer": "trust", "authoritative": False,
                "deciding": [{"policy": 0, "statement": 0}, {"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": "allow", "trust": "allow"},
                "assumptions": ["T5", "T7"], "diagnostics": []}},
    {"name": "T7 a trust statement whose action does not match depends on no choice of its principal",
     "rules": ["T7", "T3"], "doc": "found by the evaluate fuzz target: decision-only and full evaluation must agree",
     "policies": [ASSUME],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRoleWithSAML",
                     "principal": {"qcs": ["qcs::cam::uin/67890:uin/67891"]}}])],
     "expect": {"decision": "implicit_deny", "layer": "trust",
                "assume_role": {"caller": "allow", "trust": "implicit_deny"},
                "assumptions": ["T5"], "diagnostics": []}},
    {"name": "T1 a trust statement that names nobody is refused",
     "rules": ["T1", "T6", "K2"], "policies": [ASSUME],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRole"}])],
     "expect": {"decision": "implicit_deny", "layer": "trust", "authoritative": False,
                "assume_role": {"caller": "allow", "trust": "implicit_deny"},
                "assumptions": ["G9", "T5"], "refused": ["InvalidParameter.PrincipalError"],
                "diagnostics": [{"code": "policy/missing-principal", "line": 4, "column": 5}]}},
    {"name": "T1 a trust policy's resource is ignored, with a warning",
     "rules": ["T1"], "policies": [ASSUME],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRole", "resource": "*",
                     "principal": {"qcs": "qcs::cam::uin/67890:root"}}])],
     "expect": {"decision": "allow", "layer": "trust",
                "deciding": [{"policy": 0, "statement": 0}, {"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": "allow", "trust": "allow"}, "assumptions": ["T5"],
                "diagnostics": [{"code": "policy/trust-resource-ignored", "line": 7, "column": 7}]}},
    {"name": "T2 a principal key CAM does not have is an error",
     "rules": ["T2", "T6"], "policies": [ASSUME],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRole",
                     "principal": {"AWS": ["qcs::cam::uin/67890:root"]}}])],
     "expect": {"decision": "implicit_deny", "layer": "trust", "authoritative": False,
                "assume_role": {"caller": "allow", "trust": "implicit_deny"},
                "assumptions": ["G9", "T5"], "refused": ["InvalidParameter.PrincipalError"],
                "diagnostics": [{"code": "policy/bad-principal", "line": 8, "column": 9}]}},
    {"name": "T6 a principal that is not qcs::cam:: is PrincipalQcsError",
     "rules": ["T6", "T2"], "policies": [ASSUME],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRole",
                     "principal": {"qcs": ["arn:aws:iam::1:root"]}}])],
     "expect": {"decision": "implicit_deny", "layer": "trust", "authoritative": False,
                "assume_role": {"caller": "allow", "trust": "implicit_deny"},
                "assumptions": ["G9", "T5"], "refused": ["InvalidParameter.PrincipalQcsError"],
                "diagnostics": [{"code": "policy/aws-style"}, {"code": "policy/bad-principal", "line": 9, "column": 11}]}},
    {"name": "T2 a SAML provider under qcs is a warning, an OIDC provider a note",
     "rules": ["T2"],
     "trust": [doc([{"effect": "allow", "action": "name/sts:AssumeRoleWithSAML",
                     "principal": {"qcs": ["qcs::cam::uin/10001:saml-provider/idp"],
                                   "federated": ["qcs::cam::uin/10001:oidc-provider/gh"]}}])],
     "request": {"action": "sts:AssumeRoleWithSAML", "resource": "qcs::cam::uin/10001:roleName/sso",
                 "principal": {"type": "federated", "provider": "qcs::cam::uin/10001:oidc-provider/gh"}},
     "expect": {"decision": "allow", "layer": "trust",
                "deciding": [{"source": "trust", "policy": 0, "statement": 0}],
                "assume_role": {"caller": None, "trust": "allow"},
                "notes": ["caller_needs_no_policy"], "assumptions": ["T5"],
                "diagnostics": [{"code": "policy/principal-misplaced", "line": 9, "column": 11},
                                {"code": "policy/oidc-provider", "line": 12, "column": 11}]}},
    {"name": "K1 a trust policy read as an identity policy gets a hint and its refusal",
     "rules": ["K1", "G6", "G9"], "policies": [TRUST_ACCOUNT],
     "expect": {"decision": "implicit_deny", "layer": "policy", "authoritative": False,
                "assumptions": ["G6", "G9"], "refused": ["InvalidParameter.ResourceError"],
                "diagnostics": [{"code": "policy/looks-like-kind", "line": 1, "column": 1},
                                {"code": "policy/principal-ignored", "line": 7, "column": 3},
                                {"code": "policy/missing-element", "line": 4, "column": 2}]}},
    {"name": "S1 a principal in a session policy is refused by STS",
     "rules": ["S1", "K2"], "policies": [ASSUME],
     "session": [doc([{"effect": "allow", "action": "*", "resource": "*",
                       "principal": {"qcs": ["qcs::cam::uin/67890:root"]}}])],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*"},
     "expect": {"decision": "implicit_deny", "layer": "policy", "authoritative": False,
                "assumptions": ["G9", "S2"], "refused": ["InvalidParameter.StrategyFormatError"],
                "diagnostics": [{"code": "policy/principal-not-allowed", "line": 8, "column": 7}]}},
    {"name": "K2 a bucket statement that names nobody is MalformedPolicy",
     "rules": ["K2", "B1"],
     "bucket": [doc([{"effect": "allow", "action": "name/cos:GetObject", "resource": BUCKET_OBJECTS}])],
     "request": {"action": "cos:GetObject", "resource": OBJECT, "principal": USER},
     "expect": {"decision": "implicit_deny", "layer": "policy", "authoritative": False,
                "assumptions": ["B3", "G9"], "refused": ["MalformedPolicy"],
                "diagnostics": [{"code": "policy/missing-principal", "line": 4, "column": 5}]}},
    {"name": "B1 COS's own bucket policy reads with warnings only, Sid included",
     "rules": ["B1", "B2", "G2", "K1"], "doc": "436/45235's example, with COS's Sid",
     "bucket": [BUCKET_USER.replace('"Principal"', '"Sid": "s1",\n      "Principal"')],
     "request": {"action": "cos:GetObject", "resource": OBJECT, "principal": USER},
     "expect": {"decision": "allow", "layer": "bucket", "authoritative": False,
                "deciding": [{"source": "bucket", "policy": 0, "statement": 0}],
                "assumptions": ["G2", "B3"],
                "diagnostics": [{"code": "policy/capitalised-element", "line": 2, "column": 3},
                                {"code": "policy/capitalised-element", "line": 5, "column": 7},
                                {"code": "policy/capitalised-element", "line": 10, "column": 7},
                                {"code": "policy/capitalised-element", "line": 10, "column": 17},
                                {"code": "policy/capitalised-element", "line": 11, "column": 7},
                                {"code": "policy/capitalised-element", "line": 14, "column": 7}]}},
    {"name": "K3 \"condition\": [] is read as no condition, with a warning",
     "rules": ["K3"],
     "policies": [[{"effect": "allow", "action": "ccc:DescribeTelCdr", "resource": "*", "condition": []}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*"},
     "expect": {"decision": "allow", "layer": "policy", "deciding": [{"policy": 0, "statement": 0}],
                "diagnostics": [{"code": "policy/empty-condition-list", "line": 8, "column": 20}]}},
    {"name": "K4 a five-segment resource stays an R2 error",
     "rules": ["K4", "R2"], "doc": "an official product page writes qcs::cat:uin/…:TaskId/…",
     "policies": [[{"effect": "allow", "action": "cat:*", "resource": "qcs::cat:uin/1:TaskId/2"}]],
     "request": {"action": "cat:DescribeTask", "resource": "qcs::cat::uin/1:TaskId/2"},
     "expect": {"decision": "implicit_deny", "layer": "policy", "authoritative": False,
                "assumptions": ["G9"], "refused": ["InvalidParameter.ResourceError"],
                "diagnostics": [{"code": "policy/bad-resource", "line": 7, "column": 19}]}},
    {"name": "O1 a principal in an SCP is ignored with a warning",
     "rules": ["O1"], "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "scp": [doc([{"effect": "deny", "action": "ccc:Delete*", "resource": "*",
                   "principal": {"qcs": ["qcs::cam::uin/67890:root"]}}])],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*"},
     "expect": {"decision": "allow", "layer": "policy", "deciding": [{"policy": 0, "statement": 0}],
                "diagnostics": [{"code": "policy/principal-ignored", "line": 8, "column": 7}]}},
  ]
}

layers = {
  "defaults": {"request": {"action": "cos:GetObject", "resource": OBJECT, "principal": USER}},
  "cases": [
    {"name": "B3 an anonymous reader gets an object from a public-read bucket",
     "rules": ["B3", "B2", "L1"], "bucket": [doc([bucket("allow", EVERYONE)])],
     "request": {"principal": {"type": "anonymous"}},
     "expect": {"decision": "allow", "layer": "bucket",
                "deciding": [{"source": "bucket", "policy": 0, "statement": 0}],
                "notes": ["anonymous_bucket_only"], "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 an anonymous request meets the bucket's deny for everyone",
     "rules": ["B3", "L2"],
     "bucket": [doc([bucket("allow", EVERYONE),
                     bucket("deny", EVERYONE, resource="qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/secret/*")])],
     "request": {"resource": SECRET, "principal": {"type": "anonymous"}},
     "expect": {"decision": "explicit_deny", "layer": "bucket",
                "deciding": [{"source": "bucket", "policy": 0, "statement": 1}],
                "notes": ["anonymous_bucket_only", "platform_may_ignore_deny"], "assumptions": ["B3"],
                "diagnostics": []}},
    {"name": "B3 an anonymous request is not granted what the bucket grants a user",
     "rules": ["B3"], "bucket": [BUCKET_USER.replace('"Effect": "Allow"', '"effect": "allow"')],
     "policies": [[{"effect": "allow", "action": "cos:*", "resource": "*"}]],
     "request": {"principal": {"type": "anonymous"}},
     "expect": {"decision": "implicit_deny", "layer": "bucket", "notes": ["anonymous_bucket_only"],
                "assumptions": ["B3"], "diagnostics": [{"code": "policy/capitalised-element"}]}},
    {"name": "B3 a user of the owner account is allowed by the bucket policy alone",
     "rules": ["B3", "B2"], "bucket": [doc([bucket("allow", "qcs::cam::uin/100000000001:uin/100000000011")])],
     "expect": {"decision": "allow", "layer": "bucket",
                "deciding": [{"source": "bucket", "policy": 0, "statement": 0}],
                "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 a group the user is in, named by the bucket policy",
     "rules": ["B2", "B3"], "bucket": [doc([bucket("allow", "qcs::cam::uin/100000000001:groupid/1001")])],
     "request": {"principal": {"uin": "100000000011", "owner_uin": "100000000001", "groups": ["1001"]}},
     "expect": {"decision": "allow", "layer": "bucket",
                "deciding": [{"source": "bucket", "policy": 0, "statement": 0}],
                "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 an identity-policy deny beats a bucket-policy allow",
     "rules": ["B3", "L2"], "bucket": [doc([bucket("allow", "qcs::cam::uin/100000000001:uin/100000000011")])],
     "policies": [[{"effect": "deny", "action": "cos:GetObject", "resource": "*"}]],
     "expect": {"decision": "explicit_deny", "layer": "policy", "deciding": [{"policy": 0, "statement": 0}],
                "notes": ["platform_may_ignore_deny"], "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 a deny for everyone does not apply to a signed request",
     "rules": ["B3", "L3"], "doc": "436/45235's deny outside an IP range, from outside it",
     "bucket": [BUCKET_DENY_OUTSIDE],
     "policies": [[{"effect": "allow", "action": "cos:GetObject", "resource": "*"}]],
     "request": {"context": {"qcs:ip": "203.0.113.9"}},
     "expect": {"decision": "allow", "layer": "policy", "authoritative": False,
                "deciding": [{"policy": 0, "statement": 0}],
                "notes": ["everyone_deny_not_applied"], "assumptions": ["B3", "L3"],
                "diagnostics": [{"code": "policy/capitalised-element"}, {"code": "policy/capitalised-element"},
                                {"code": "policy/capitalised-element"}, {"code": "policy/capitalised-element"},
                                {"code": "policy/capitalised-element"}, {"code": "policy/capitalised-element"}]}},
    {"name": "B3 the owner's root is allowed except by a bucket deny naming it",
     "rules": ["B3", "E4"],
     "bucket": [doc([bucket("deny", "qcs::cam::uin/100000000001:uin/100000000001")])],
     "request": {"principal": {"uin": "100000000001", "owner_uin": "100000000001"}},
     "expect": {"decision": "explicit_deny", "layer": "bucket",
                "deciding": [{"source": "bucket", "policy": 0, "statement": 0}],
                "notes": ["platform_may_ignore_deny"], "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 another account's user needs the bucket policy and its own account",
     "rules": ["B3"], "bucket": [doc([bucket("allow", "qcs::cam::uin/200000000002:root")])],
     "policies": [[{"effect": "allow", "action": "cos:GetObject", "resource": "*"}]],
     "request": {"principal": {"uin": "200000000022", "owner_uin": "200000000002"},
                 "resource_owner_uin": "100000000001"},
     "expect": {"decision": "allow", "layer": "policy",
                "deciding": [{"policy": 0, "statement": 0}, {"source": "bucket", "policy": 0, "statement": 0}],
                "notes": ["cross_account"], "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 another account's user with the bucket's allow but not its own",
     "rules": ["B3"], "bucket": [doc([bucket("allow", "qcs::cam::uin/200000000002:root")])],
     "request": {"principal": {"uin": "200000000022", "owner_uin": "200000000002"},
                 "resource_owner_uin": "100000000001"},
     "expect": {"decision": "implicit_deny", "layer": "policy",
                "notes": ["cross_account"], "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B3 another account's user whose bucket names nobody of its account",
     "rules": ["B3"], "bucket": [doc([bucket("allow", "qcs::cam::uin/300000000003:root")])],
     "policies": [[{"effect": "allow", "action": "cos:GetObject", "resource": "*"}]],
     "request": {"principal": {"uin": "200000000022", "owner_uin": "200000000002"},
                 "resource_owner_uin": "100000000001"},
     "expect": {"decision": "implicit_deny", "layer": "bucket",
                "notes": ["cross_account"], "assumptions": ["B3"], "diagnostics": []}},
    {"name": "B4 bucket statements on GetService grant nothing",
     "rules": ["B4"], "bucket": [doc([bucket("allow", EVERYONE, action="name/cos:GetService", resource="*")])],
     "request": {"action": "cos:GetService", "resource": "*"},
     "expect": {"decision": "implicit_deny", "layer": "policy", "notes": ["bucket_action_ignored"],
                "assumptions": ["B3"], "diagnostics": []}},
    {"name": "S2 a session policy narrows what a role session may do",
     "rules": ["S2", "L1"],
     "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "session": [[{"effect": "allow", "action": "ccc:Describe*", "resource": "*"}]],
     "request": {"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "resource": None,
                 "principal": {"type": "role", "owner_uin": "100000000001", "role": "ops"}},
     "expect": {"decision": "implicit_deny", "layer": "session", "assumptions": ["S2"], "diagnostics": []}},
    {"name": "S2 what both the session policy and the role allow is allowed",
     "rules": ["S2"],
     "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "session": [[{"effect": "allow", "action": "ccc:Describe*", "resource": "*"}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*",
                 "principal": {"type": "role", "owner_uin": "100000000001", "role": "ops"}},
     "expect": {"decision": "allow", "layer": "policy",
                "deciding": [{"policy": 0, "statement": 0}, {"source": "session", "policy": 0, "statement": 0}],
                "assumptions": ["S2"], "diagnostics": []}},
    {"name": "S2 a deny in the session policy is final",
     "rules": ["S2", "L2"],
     "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "session": [[{"effect": "allow", "action": "*", "resource": "*"},
                  {"effect": "deny", "action": "ccc:Describe*", "resource": "*"}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*",
                 "principal": {"type": "role", "owner_uin": "100000000001", "role": "ops"}},
     "expect": {"decision": "explicit_deny", "layer": "session",
                "deciding": [{"source": "session", "policy": 0, "statement": 1}],
                "assumptions": ["S2"], "diagnostics": []}},
    {"name": "O2 an SCP deny blocks a member account's user",
     "rules": ["O2", "L1", "L2"],
     "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "scp": [[{"effect": "deny", "action": "ccc:Delete*", "resource": "*"}]],
     "request": {"action": "ccc:DeleteStaff", "params": {"SdkAppId": 1400000000}, "resource": None},
     "expect": {"decision": "explicit_deny", "layer": "scp",
                "deciding": [{"source": "scp", "policy": 0, "statement": 0}],
                "assumptions": ["O2"], "diagnostics": []}},
    {"name": "O2 FullQcloudAccess keeps what the SCPs do not deny",
     "rules": ["O2"],
     "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "scp": [[{"effect": "deny", "action": "ccc:Delete*", "resource": "*"}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*"},
     "expect": {"decision": "allow", "layer": "policy", "deciding": [{"policy": 0, "statement": 0}],
                "diagnostics": []}},
    {"name": "O2 with FullQcloudAccess unbound, no SCP allow is an explicit deny",
     "rules": ["O2"],
     "policies": [[{"effect": "allow", "action": "ccc:*", "resource": "*"}]],
     "scp": [[{"effect": "allow", "action": "cos:*", "resource": "*"}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*",
                 "organization": {"full_qcloud_access": False}},
     "expect": {"decision": "explicit_deny", "layer": "scp", "notes": ["scp_no_allow"],
                "assumptions": ["O2"], "diagnostics": []}},
    {"name": "O3 SCPs do not limit the member account's root",
     "rules": ["O3", "L3"],
     "scp": [[{"effect": "deny", "action": "ccc:*", "resource": "*"}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*",
                 "principal": {"uin": "100000000001", "owner_uin": "100000000001"}},
     "expect": {"decision": "allow", "authoritative": False,
                "notes": ["root_account", "scp_skips_root"], "assumptions": ["L3", "O3"], "diagnostics": []}},
    {"name": "O3 scp_limits_root tries the other reading",
     "rules": ["O3", "O2"],
     "scp": [[{"effect": "deny", "action": "ccc:*", "resource": "*"}]],
     "request": {"action": "ccc:DescribeTelCdr", "resource": "*",
                 "principal": {"uin": "100000000001", "owner_uin": "100000000001"},
                 "organization": {"scp_limits_root": True}},
     "expect": {"decision": "explicit_deny", "layer": "scp",
                "deciding": [{"source": "scp", "policy": 0, "statement": 0}],
                "assumptions": ["O2"], "diagnostics": []}},
    {"name": "L2 a boundary deny is final over an identity and a bucket allow",
     "rules": ["L2", "L1", "E3"],
     "policies": [[{"effect": "allow", "action": "cos:*", "resource": "*"}]],
     "boundary": [[{"effect": "deny", "action": "cos:GetObject", "resource": "*"}]],
     "bucket": [doc([bucket("allow", "qcs::cam::uin/100000000001:uin/100000000011")])],
     "expect": {"decision": "explicit_deny", "layer": "boundary",
                "deciding": [{"source": "boundary", "policy": 0, "statement": 0}],
                "notes": ["platform_may_ignore_deny"], "assumptions": ["B3", "E3"], "diagnostics": []}},
    {"name": "L3 a bucket allow under a boundary is our reading of the order",
     "rules": ["L3", "B3"],
     "boundary": [[{"effect": "allow", "action": "cos:*", "resource": "*"}]],
     "bucket": [doc([bucket("allow", "qcs::cam::uin/100000000001:uin/100000000011")])],
     "expect": {"decision": "allow", "layer": "bucket", "authoritative": False,
                "deciding": [{"source": "boundary", "policy": 0, "statement": 0},
                             {"source": "bucket", "policy": 0, "statement": 0}],
                "assumptions": ["B3", "L3"], "diagnostics": []}},
  ]
}

for name, data in [("kinds", kinds), ("layers", layers)]:
    with open(os.path.join(HERE, name + ".json"), "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
