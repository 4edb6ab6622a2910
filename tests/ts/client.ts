// A client of the JavaScript package that reads every field of every result shape, each with the type it must
// have: `tsc -p tests/ts` (strict) fails if the package's types lose a field, widen one to `object` or `any`, or
// change its type. tests/js/types.test.mjs checks the same types against real results.
import init, {
  initSync, evaluate, catalog, matrix, encodeShare, decodeShare, PreparedPolicies,
  type EvaluateResult, type Trace, type StatementTrace, type KeyTrace, type Note, type NotEvaluated, type KeyReason,
  type KeyOrigin, type ValueProblem, type Diagnostic, type Span, type Rule, type Decision, type MatrixRow,
  type Catalog, type SharedWorkspace, type Locale, type Workspace, type StatementRef,
} from '../../pkg/cam_playground.js';

declare const wasm: Uint8Array;
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exactly = <A, B>(proof: Exactly<A, B>): Exactly<A, B> => proof;

const span = (s: Span): number => s.start + s.end + s.line + s.column;
const rules = (list: Rule[]): string => list.join(',');
const decision = (d: Decision | null): string => d ?? 'none';

function diagnostic(d: Diagnostic): string {
  const severity: 'error' | 'security_warning' | 'warning' | 'info' = d.severity;
  return [d.code, severity, d.message, d.help, d.path, span(d.span), d.rule ?? '', d.cam_error ?? ''].join();
}

const statementRef = (s: StatementRef): string => `${s.source}${s.policy}/${s.statement}@${span(s.span)}`;

function note(n: Note): string {
  switch (n.kind) {
    case 'root_account': return n.kind;
    case 'list_api_tag_deny': return statementRef(n.statement);
    case 'platform_may_ignore_deny': return n.service;
    case 'list_query_operator': return statementRef(n.statement) + n.operator;
    case 'scp_no_allow': case 'scp_skips_root': case 'anonymous_bucket_only': case 'cross_account':
    case 'bucket_action_ignored': return n.kind;
    case 'caller_needs_no_policy': return n.principal;
    case 'everyone_deny_not_applied': return statementRef(n.statement);
  }
}

function notEvaluated(n: NotEvaluated | undefined): string {
  if (n === undefined) return '';
  switch (n.kind) {
    case 'invalid': return n.kind;
    case 'perm_id': return n.action + span(n.span);
    case 'unknown_operator': return n.operator + span(n.span) + (n.suggestion ?? '');
  }
}

function reason(r: KeyReason): string {
  switch (r.kind) {
    case 'missing': return String(r.if_exist);
    case 'null': return `${r.expects_absent}${r.absent}`;
    case 'some_value_matched': case 'negated_some_matched': case 'value_outside_set': return r.request_value;
    case 'empty_set_for_all': case 'empty_set_for_any': case 'no_value_matched': case 'negated_none_matched':
    case 'all_values_matched': case 'unknown_operator': return r.kind;
  }
}

function origin(o: KeyOrigin | undefined): string {
  if (o === undefined) return '';
  return o.kind === 'principal' ? o.value : o.product + o.ignored.join();
}

function problem(p: ValueProblem | undefined): string {
  if (p === undefined) return '';
  return p.kind === 'exponent_too_large' ? p.value + p.limit.toFixed() : p.value;
}

function key(k: KeyTrace): string {
  return [k.key, span(k.span), (k.request_values ?? []).join(), k.multi, k.matched, reason(k.reason),
    k.values.map((v) => v.written + v.value + span(v.span) + String(v.matched) + problem(v.problem)).join(),
    k.unreadable_request_values.map((u) => u.value + problem(u.problem)).join(), origin(k.origin), rules(k.assumptions)].join();
}

function statement(s: StatementTrace): string {
  const outcome: 'matched' | 'partly_matched' | 'not_matched' | 'not_evaluated' = s.outcome;
  return [s.statement, span(s.span), s.effect ?? 'invalid', outcome, notEvaluated(s.not_evaluated),
    s.action.matched, s.action.checks.map((c) => c.pattern + span(c.span) + String(c.name_prefix) + c.verdict + rules(c.assumptions)).join(),
    s.resources.map((r) => r.resource + String(r.matched) + r.checks.map((c) => c.pattern + span(c.span) + c.verdict
      + c.segments.map((g) => g.segment + g.pattern + g.actual + g.result).join() + rules(c.assumptions)).join()).join(),
    s.condition.matched, s.condition.blocks.map((b) => b.operator + span(b.span) + String(b.matched)
      + (b.parsed === null ? '' : `${b.parsed.qualifier ?? ''}${b.parsed.family}${b.parsed.comparison}${b.parsed.negated}${b.parsed.if_exist}`)
      + b.keys.map(key).join()).join(),
    s.principal === undefined ? '' : String(s.principal.matched) + s.principal.everyone + s.principal.names_caller
      + s.principal.checks.map((c) => c.field + c.name + span(c.span) + c.verdict + rules(c.assumptions)).join(),
    s.matches.map(String).join(), rules(s.assumptions)].join();
}

function trace(t: Trace | null): string {
  if (t === null) return '';
  return [decision(t.decision), t.authoritative, t.deciding.map(statementRef).join(), rules(t.assumptions),
    t.notes.map(note).join(), t.root_account,
    t.resources.map((r) => r.resource + decision(r.decision) + decision(r.policies) + decision(r.boundary)).join(),
    [...t.policies, ...t.boundary].map((p) => p.source + p.policy + p.statements.map(statement).join()).join(),
    (t.refused ?? []).length].join();
}

export function describe(r: EvaluateResult): string {
  return [decision(r.decision), r.authoritative, r.hypothetical,
    r.refused.map((x) => x.source + x.policy + x.errors.map((e) => e.cam_error + e.code + span(e.span)).join()).join(),
    r.deciding.map((d) => d.source + d.policy + d.statement + d.line + d.column).join(), rules(r.assumptions),
    r.notes.map(note).join(),
    r.steps.map((s) => s.depth + s.status + s.text + (s.line ?? 0) + (s.column ?? 0)).join('\n'),
    [...r.diagnostics.policies.flat(), ...r.diagnostics.boundary.flat(), ...r.diagnostics.request].map(diagnostic).join(),
    trace(r.trace)].join('\n');
}

export function row(m: MatrixRow): string {
  const category: 'read' | 'write' | 'list' | 'other' = m.category;
  return [m.action, category, m.granularity, decision(m.decision), m.authoritative, m.deciding.length, m.problem ?? ''].join();
}

export function products(c: Catalog): number {
  return c.products.map((p) => [p.name, p.name_zh ?? '', p.abbreviation, p.console, p.tag_authorization,
    p.granularity, p.ip_restriction, p.doc_page, p.last_updated, p.example_api ?? '', p.example_read_api ?? '', p.example_id ?? '',
    p.apis.map((a) => a.name + a.description + a.category + a.granularity + a.resource_template + String(a.ip_restriction)).join()].join().length)
    .reduce((a, b) => a + b, 0);
}

export function shared(s: SharedWorkspace): string {
  const w: Workspace = s.workspace;
  return [w.policies.map((p) => p.name + p.text).join(), w.boundary.length, w.request, s.view.tab, s.view.raw_request,
    s.stamp.engine, s.stamp.catalog, s.stamp.decision].join();
}

export async function main(lang: Locale): Promise<string> {
  await init();
  initSync({ module: wasm });
  const request = { action: 'ccc:CreateStaff', params: { SdkAppId: 1400000000 } };
  const result = evaluate({ policies: ['{}', { name: 'b', text: '{}' }, { version: '2.0' }], request, lang });
  {
    using prepared = new PreparedPolicies({ policies: [], boundary: [] });
    describe(prepared.evaluate({ request, explain: false, lang }));
  }
  const link: string = encodeShare({ policies: [], boundary: [], request: '{}' }, result.decision, lang);
  const proofs: true[] = [
    exactly<ReturnType<typeof catalog>, Catalog>(true),
    exactly<ReturnType<typeof matrix>, MatrixRow[]>(true),
    exactly<ReturnType<typeof decodeShare>, SharedWorkspace>(true),
    exactly<EvaluateResult['trace'], Trace | null>(true),
  ];
  return [describe(result), matrix({ policies: [], request }).map(row).join(), products(catalog()),
    shared(decodeShare(link, lang)), catalog().products[0].apis.length, proofs.length].join('\n');
}
