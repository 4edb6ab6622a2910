// Writes the docs pages the example sites share (pages/*.md) from the playground's gallery. Run it after the
// gallery changes: `node examples/docs-sites/make-pages.mjs`; the pages are committed, as a docs author's are.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const gallery = JSON.parse(readFileSync(new URL('../gallery.json', import.meta.url)));
const json = (value) => JSON.stringify(value, null, 2);
// Prose escapes what MDX (Docusaurus) would read as an expression or a tag; CommonMark reads `\{` as `{` too.
const prose = (text) => text.replace(/[{}<]/g, (c) => `\\${c}`);
const fence = (kind, text) => `\`\`\`${kind}\n${text}\n\`\`\`\n`;
const principal = { uin: '100000000011', owner_uin: '100000000001' };
// No front matter: mdBook would print it, and every generator takes the title from the first heading.
const page = (title, order, body) => `# ${title}\n\n${body}`;

mkdirSync(`${here}pages`, { recursive: true });
const write = (name, text) => writeFileSync(`${here}pages/${name}`, text);

// mdBook's table of contents (the other generators leave this file out).
write('SUMMARY.md', `# Summary

- [CAM policy examples](./index.md)
- [Basics](./basics.md)
- [Twelve examples](./many.md)
- [A long policy](./long.md)
`);

write('index.md', page('CAM policy examples', 1, `These pages try the CAM Policy Playground's one script tag in a docs site.

- [Basics](./basics.md): a policy and its request, a broken policy, options written inside a fence, a hand-written element.
- [Twelve examples](./many.md): the playground's gallery, one example after another.
- [A long policy](./long.md): forty statements.
`));

const ipPolicy = { version: '2.0', statement: [{ effect: 'allow', action: ['ccc:DescribeStaffInfoList'], resource: ['*'],
  condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } }] };
const ipRequest = { action: 'ccc:DescribeStaffInfoList', params: { SdkAppId: 1400000000 }, principal,
  context: { 'qcs:ip': '10.1.2.3' } };
const readOnly = { version: '2.0', statement: [{ effect: 'allow', action: ['ccc:Describe*'], resource: ['*'] }] };
write('basics.md', page('Basics', 2, `A policy that allows listing staff from the office network, and the request that tries it.

${fence('cam-policy', json(ipPolicy))}
${fence('cam-request', json(ipRequest))}
## A broken policy

A trailing comma: the playground shows where, and what CAM would answer.

${fence('cam-policy', `{
  "version": "2.0",
  "statement": [
    {
      "effect": "allow",
      "action": ["ccc:CreateStaff"],
      "resource": ["*"],
    }
  ]
}`)}
## Options inside a fence

The first line of the fence names the options: here the compact view in the dark theme.

${fence('cam-policy', `// cam: view=compact theme=dark name="Read only"\n${json(readOnly)}`)}
${fence('cam-request', json({ action: 'ccc:DeleteStaff', params: { SdkAppId: 1400000000 }, principal }))}
## Written by hand

<cam-playground view="result" readonly policy='{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:DescribeStaffInfoList"], "resource": ["*"]}]}' request='{"action": "ccc:DescribeStaffInfoList", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}}'></cam-playground>

## Next

The [twelve examples](./many.md).
`));

const extra = [
  { title: 'Read-only operator', why: 'Describe APIs on every SdkAppId; a write is implicitly denied.',
    policies: [{ policy: readOnly }], request: { action: 'ccc:CreateStaff', params: { SdkAppId: 1400000000 }, principal } },
  { title: 'Deny deletes everywhere', why: 'An explicit deny wins over an allow of everything.',
    policies: [{ policy: { version: '2.0', statement: [
      { effect: 'allow', action: ['ccc:*'], resource: ['*'] },
      { effect: 'deny', action: ['ccc:Delete*'], resource: ['*'] }] } }],
    request: { action: 'ccc:DeleteStaff', params: { SdkAppId: 1400000000 }, principal } },
];
// A fence holds one identity policy: the gallery's examples of other kinds of document (a role's trust policy,
// an SCP, …) need more than one and stay in the playground.
const identityOnly = gallery.filter((example) => !['trust', 'session', 'bucket', 'scp'].some((kind) => example[kind]));
const examples = [...identityOnly, ...extra].map((example, i) => `## ${i + 1}. ${prose(example.title)}

${prose(example.why)}

${fence('cam-policy', json(example.policies[0].policy))}
${fence('cam-request', json(example.request))}`);
write('many.md', page('Twelve examples', 3, `${examples.join('\n')}`));

const statements = Array.from({ length: 40 }, (_, i) => ({
  effect: i % 7 === 6 ? 'deny' : 'allow',
  action: [`ccc:Describe${['Staff', 'SkillGroup', 'Telephony', 'Carrier', 'PSTN'][i % 5]}*`],
  resource: [`qcs::ccc::uin/100000000001:SdkAppId/${1400000000 + i}`],
  condition: { ip_equal: { 'qcs:ip': [`10.${i}.0.0/16`] } },
}));
write('long.md', page('A long policy', 4, `Forty statements, one per SdkAppId, each from its own network.

${fence('cam-policy', json({ version: '2.0', statement: statements }))}
${fence('cam-request', json({ action: 'ccc:DescribeStaffInfoList', params: { SdkAppId: 1400000000 }, principal,
  context: { 'qcs:ip': '10.0.1.2' } }))}`));
