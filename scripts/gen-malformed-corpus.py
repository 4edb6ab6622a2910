# Generates tests/malformed/: each case is a file whose expected diagnostic location is marked with ⟦ in the
# template; the marker is removed and its position becomes the expected line:column (1-based, in characters).
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'malformed')
for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
cases = []  # (name, kind, code, template)
P = lambda body: '{\n  "version": "2.0",\n  "statement": [\n    ' + body + '\n  ]\n}'
S = lambda **kw: '{' + ', '.join(f'"{k}": {v}' for k, v in kw.items()) + '}'
ok_stmt = S(effect='"allow"', action='"ccc:*"', resource='"*"')

# JSON syntax
for i, t in enumerate([
    '{"version": "2.0", "statement": [' + ok_stmt + '⟦,]}',
    '{"version": "2.0"⟦,}',
    '[1, 2⟦,]',
    P(ok_stmt + '⟦,'),
    '{"a": [1, 2, 3⟦,], "b": 1}',
]): cases.append((f'json-trailing-comma-{i}', 'policy', 'json/trailing-comma', t))
for i, t in enumerate([
    '{"version": "2.0"⟦ "statement": []}',
    '{\n  "version": "2.0"⟦\n  "statement": []\n}',
    '{"version": "2.0", "statement": [{"effect": "allow"⟦ "action": "*", "resource": "*"}]}',
    '{"a": 1⟦ "b": 2}',
    '{"version": "2.0", "statement": [' + ok_stmt + '⟦ ' + ok_stmt + ']}',
]): cases.append((f'json-missing-comma-{i}', 'policy', 'json/missing-comma', t))
for i, t in enumerate([
    '⟦// comment\n{"version": "2.0"}',
    '{"version": "2.0", ⟦/* block */ "statement": []}',
    '{\n  "version": "2.0" ⟦// trailing\n}',
]): cases.append((f'json-comment-{i}', 'policy', 'json/comment', t))
for i, t in enumerate([
    "{⟦'version': '2.0'}",
    '{"version": ⟦\'2.0\'}',
]): cases.append((f'json-single-quote-{i}', 'policy', 'json/single-quote', t))
for i, t in enumerate([
    '{⟦version: "2.0"}',
    '{"version": "2.0", ⟦statement: []}',
]): cases.append((f'json-unquoted-key-{i}', 'policy', 'json/unquoted-key', t))
for i, t in enumerate(['⟦', '⟦   ', '⟦\n\n']):
    cases.append((f'json-empty-{i}', 'policy', 'json/empty', t))
for i, t in enumerate(['{"a": 1} ⟦{"b": 2}', '"x" ⟦"y"', '{}⟦[]']):
    cases.append((f'json-multiple-roots-{i}', 'policy', 'json/multiple-roots', t))
for i, depth in enumerate([600, 2000, 100000]):
    t = '[' * 512 + '⟦' + '[' * (depth - 512) + ']' * depth
    cases.append((f'json-too-deep-{i}', 'policy', 'json/too-deep', t))
for i, t in enumerate(['{"version": ⟦"2.0', '{"version": "2.0", "statement": "abc⟦\\q"}']):
    cases.append((f'json-bad-string-{i}', 'policy', 'json/bad-string', t))

# Grammar (G rules)
for i, (t, code) in enumerate([
    ('⟦[]', 'policy/not-an-object'), ('⟦"policy"', 'policy/not-an-object'), ('⟦42', 'policy/not-an-object'), ('⟦null', 'policy/not-an-object'),
    ('⟦{"statement": [' + ok_stmt + ']}', 'policy/missing-version'),
    ('⟦{"version": "2.0"}', 'policy/missing-statement'),
    ('{"version": ⟦"1.0", "statement": [' + ok_stmt + ']}', 'policy/bad-version'),
    ('{"version": ⟦2, "statement": [' + ok_stmt + ']}', 'policy/bad-version'),
    ('{"version": ⟦"2012-10-17", "statement": [' + ok_stmt + ']}', 'policy/bad-version'),
    ('{"version": "2.0", "statement": ⟦[]}', 'policy/empty-statement'),
    ('{"version": "2.0", "statement": ⟦"all"}', 'policy/statement-type'),
    ('{"version": "2.0", "statement": [⟦"allow"]}', 'policy/statement-type'),
    ('{"version": "2.0", ⟦"Statement": [' + ok_stmt + ']}', 'policy/uppercase-element'),
    ('{⟦"VERSION": "2.0", "statement": [' + ok_stmt + ']}', 'policy/uppercase-element'),
    ('{"version": "2.0", "statement": [{⟦"Effect": "allow", "action": "*", "resource": "*"}]}', 'policy/uppercase-element'),
    ('{"version": "2.0", "statement": [{"effect": "allow", ⟦"Action": "*", "resource": "*"}]}', 'policy/uppercase-element'),
    ('{"version": "2.0", "statement": [{⟦"sid": "a", "effect": "allow", "action": "*", "resource": "*"}]}', 'policy/foreign-element'),
    ('{"version": "2.0", "statement": [{"effect": "allow", ⟦"NotAction": "*", "action": "*", "resource": "*"}]}', 'policy/foreign-element'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", ⟦"not_resource": "*", "resource": "*"}]}', 'policy/foreign-element'),
    ('{⟦"Id": "x", "version": "2.0", "statement": [' + ok_stmt + ']}', 'policy/foreign-element'),
    ('{"version": "2.0", ⟦"statements": [' + ok_stmt + ']}', 'policy/unknown-element'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", ⟦"conditions": {}}]}', 'policy/unknown-element'),
    ('{"version": "2.0", "statement": [⟦{"action": "*", "resource": "*"}]}', 'policy/missing-element'),
    ('{"version": "2.0", "statement": [⟦{"effect": "allow", "resource": "*"}]}', 'policy/missing-element'),
    ('{"version": "2.0", "statement": [⟦{"effect": "allow", "action": "*"}]}', 'policy/missing-element'),
    ('{"version": "2.0", "statement": [{"effect": ⟦"Allow", "action": "*", "resource": "*"}]}', 'policy/bad-effect'),
    ('{"version": "2.0", "statement": [{"effect": ⟦"DENY", "action": "*", "resource": "*"}]}', 'policy/bad-effect'),
    ('{"version": "2.0", "statement": [{"effect": ⟦"permit", "action": "*", "resource": "*"}]}', 'policy/bad-effect'),
    ('{"version": "2.0", "statement": [{"effect": ⟦true, "action": "*", "resource": "*"}]}', 'policy/bad-effect'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": ⟦[], "resource": "*"}]}', 'policy/empty-list'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": ⟦[]}]}', 'policy/empty-list'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": ⟦1, "resource": "*"}]}', 'policy/not-a-string'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": ["*", ⟦null], "resource": "*"}]}', 'policy/not-a-string'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": [⟦{"a": 1}]}]}', 'policy/not-a-string'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": ⟦"  ", "resource": "*"}]}', 'policy/empty-string'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": ⟦"ccc", "resource": "*"}]}', 'policy/bad-action'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": ⟦":CreateStaff", "resource": "*"}]}', 'policy/bad-action'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": ⟦"ccc::uin/1"}]}', 'policy/bad-resource'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": ⟦"arn:aws:s3:::bucket/key"}]}', 'policy/bad-resource'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": ⟦"QCS::ccc::uin/1:SdkAppId/1"}]}', 'policy/bad-resource'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": ⟦[]}]}', 'policy/condition-type'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {"ip_equal": ⟦"10.0.0.0/8"}}]}', 'policy/condition-type'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {"ip_equal": {"qcs:ip": ⟦[]}}}]}', 'policy/empty-list'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {"ip_equal": {"qcs:ip": ⟦null}}}]}', 'policy/condition-value-type'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {"ip_equal": {"qcs:ip": [⟦{"x": 1}]}}}]}', 'policy/condition-value-type'),
    ('{"version": "2.0", "statement": [{"effect": "allow", "effect": "deny", "action": "*", "resource": "*"}]}'.replace('"effect": "deny"', '⟦"effect": "deny"'), 'json/duplicate-key'),
    ('{"version": "2.0", ⟦"version": "2.0", "statement": [' + ok_stmt + ']}', 'json/duplicate-key'),
]): cases.append((f'grammar-{i:02}', 'policy', code, t))

# Operators (C2) and unreadable values (C7)
for i, op in enumerate(['string_equals', 'StringEquals', 'IpAddress', 'NotIpAddress', 'ip_equals', 'date_lessthan', 'null_equal_if_exist', 'for_any:string_equal', 'Bool', 'numeric_lt']):
    t = '{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {⟦"' + op + '": {"k": "v"}}}]}'
    cases.append((f'operator-{i}', 'policy', 'policy/unknown-operator', t))
for i, (op, value) in enumerate([
    ('ip_equal', '10.0.0.0/33'), ('ip_equal', '300.1.1.1'), ('ip_not_equal', 'localhost'), ('ip_equal', '10.0.0.0/8/8'),
    ('date_less_than', 'tomorrow'), ('date_greater_than', '2026-02-30T00:00:00Z'), ('date_equal', '2026-01-01T25:00:00Z'), ('date_less_than', '01/02/2026'),
    ('numeric_less_than', 'ten'), ('numeric_equal', '1,000'), ('numeric_greater_than', '0x10'), ('numeric_equal', '1e9999999'),
    ('bool_equal', 'yes'), ('bool_equal', 'TRUE'), ('null_equal', 'maybe'),
]):
    t = '{"version": "2.0", "statement": [{"effect": "allow", "action": "*", "resource": "*", "condition": {"' + op + '": {"k": ⟦"' + value + '"}}}]}'
    cases.append((f'value-{i:02}', 'policy', 'policy/unreadable-value', t))

# Requests
R = '{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "1", "owner_uin": "100000000001"}}'
for i, (t, code) in enumerate([
    ('⟦[]', 'request/not-an-object'),
    ('⟦{"params": {}}', 'request/missing-action'),
    ('{"action": ⟦42}', 'request/bad-action'),
    ('{"action": ⟦"ccc:*", "resource": "*"}', 'request/bad-action'),
    ('{"action": ⟦"CreateStaff", "resource": "*"}', 'request/bad-action'),
    ('{"action": "ccc:CreateStaff", "params": ⟦[1]}', 'request/bad-params'),
    ('{"action": "ccc:CreateStaff", ⟦"parameters": {}}', 'request/unknown-key'),
    ('{"action": "ccc:CreateStaff", "principal": ⟦"me"}', 'request/bad-principal'),
    ('{"action": "ccc:CreateStaff", "principal": {"uin": ⟦true}}', 'request/bad-id'),
    ('{"action": "ccc:CreateStaff", "principal": {"uin": ⟦"", "owner_uin": "1"}}', 'request/bad-id'),
    ('{"action": "ccc:CreateStaff", "principal": {⟦"user": "1"}}', 'request/unknown-key'),
    ('{"action": "ccc:CreateStaff", "context": ⟦[]}', 'request/bad-context'),
    ('{"action": "ccc:CreateStaff", "context": {"qcs:ip": ⟦{"a": 1}}}', 'request/bad-context-value'),
    ('{"action": "ccc:CreateStaff", "context": {"qcs:ip": [⟦null]}}', 'request/bad-context-value'),
    ('{"action": "ccc:CreateStaff", "resource": ⟦42}', 'request/not-a-string'),
    ('{"action": "ccc:CreateStaff", "resource": [⟦1]}', 'request/not-a-string'),
    ('{"action": ⟦"cvm:RunInstances"}', 'request/missing-resource'),
    ('{"action": ⟦"ccc:CreateStaff", "principal": {"owner_uin": "1"}}', 'request/missing-resource-param'),
    ('{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1}, "principal": ⟦{"uin": "1"}}', 'request/missing-owner-uin'),
    ('{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1}, "principal": {"owner_uin": "1"}, "resource": ⟦"ccc::bad"}', 'request/bad-resource'),
    ('{"action": "ccc:CreateStaff", ⟦"action": "ccc:CreateStaff"}', 'json/duplicate-key'),
]): cases.append((f'request-{i:02}', 'request', code, t))
cases.append(('request-syntax', 'request', 'json/missing-comma', R.replace(', "params"', '⟦ "params"')))
cases.append(('request-empty-0', 'request', 'request/empty', '⟦'))
cases.append(('request-empty-1', 'request', 'request/empty', '⟦  \n  '))

manifest = []
for name, kind, code, template in cases:
    assert template.count('⟦') == 1, name
    at = template.index('⟦')
    text = template.replace('⟦', '')
    before = text[:at]
    line = before.count('\n') + 1
    column = len(before) - (before.rfind('\n') + 1) + 1
    fname = f'{name}.{"policy" if kind == "policy" else "request"}.json'
    open(os.path.join(OUT, fname), 'w').write(text)
    manifest.append(f'{fname}\t{code}\t{line}\t{column}')
# BOM and odd unicode
open(os.path.join(OUT, 'unicode-bom-bad-effect.policy.json'), 'w', encoding='utf-8').write('\ufeff{"version": "2.0", "statement": [{"effect": "允许", "action": "*", "resource": "*"}]}')
manifest.append('unicode-bom-bad-effect.policy.json\tpolicy/bad-effect\t1\t45')
open(os.path.join(OUT, 'unicode-emoji-key.policy.json'), 'w').write('{"version": "2.0", "statement": [{"🙂": 1, "effect": "allow", "action": "*", "resource": "*"}]}')
manifest.append('unicode-emoji-key.policy.json\tpolicy/unknown-element\t1\t35')
open(os.path.join(OUT, 'huge-string.policy.json'), 'w').write('{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:' + 'A' * 200000 + '", "resource": "*"}]}')
manifest.append('huge-string.policy.json\tpolicy/too-long\t1\t1')
open(os.path.join(OUT, 'MANIFEST.tsv'), 'w').write('# file\texpected code\tline\tcolumn (1-based, characters; BOM not counted)\n' + '\n'.join(manifest) + '\n')
print(len(manifest), 'cases')
