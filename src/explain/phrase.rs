//! What to say, decided once for every locale: small typed phrases the reasoning's sentences are made of. A
//! locale's table gives each phrase its words and decides nothing (which segment notes are worth a remark, how a
//! comparison reads from the typed operator, which sentence a failing segment gets are all decided here).

use serde::Serialize;

use crate::eval::trace::{KeyTrace, Segment, SegmentCheck, SegmentResult, StatementRef};
use crate::eval::Decision;
use crate::policy::values::ValueProblem;
use crate::policy::{Comparison, Family, Operator};

/// A remark on how a matching resource segment matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentNote<'a> {
    /// An empty segment means any (rule R3).
    EmptyMeansAny(Segment),
    /// An empty account means the owner's (rule R3); the owner as read.
    EmptyAccountIsOwner(&'a str),
    /// A `*` spans a `/` (rule R4); the segment's pattern.
    StarSpansSlash(&'a str),
    /// A `dir/*` pattern also covers the directory itself (rule R4); the segment's pattern.
    CoversDirectory(&'a str),
}

/// The remarks worth making on a matching resource's segments, in order.
pub fn segment_notes(segments: &[SegmentCheck]) -> Vec<SegmentNote<'_>> {
    segments
        .iter()
        .filter_map(|s| match s.result {
            // ccc resources never name a region, so an empty region is not worth a remark.
            SegmentResult::Any if s.segment == Segment::Region => None,
            SegmentResult::Any => Some(SegmentNote::EmptyMeansAny(s.segment)),
            SegmentResult::OwnerAccount => Some(SegmentNote::EmptyAccountIsOwner(&s.pattern)),
            SegmentResult::AcrossSlash => Some(SegmentNote::StarSpansSlash(&s.pattern)),
            SegmentResult::DirectoryItself => Some(SegmentNote::CoversDirectory(&s.pattern)),
            _ => None,
        })
        .collect()
}

/// Why a resource segment did not match, as one sentence says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentMiss {
    /// Only the case differs, and matching is case-sensitive (rule R8).
    CaseOnly,
    /// A variable outside the last segment is kept literally (rule V2); the actual value is what to write.
    VariableKept,
    /// The account is not the resource's owner.
    NotTheOwner,
    /// Any other difference.
    Different,
}

impl SegmentMiss {
    pub fn of(segment: &SegmentCheck) -> SegmentMiss {
        match segment.result {
            SegmentResult::CaseOnly => SegmentMiss::CaseOnly,
            SegmentResult::VariableNotSubstituted => SegmentMiss::VariableKept,
            _ if segment.segment == Segment::Account => SegmentMiss::NotTheOwner,
            _ => SegmentMiss::Different,
        }
    }
}

/// How an ordered comparison (dates, numbers, IP ranges) reads, taken from the typed operator. Operators that
/// match (strings, booleans) have none: their sentences say "matches".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ordered {
    /// A date or number equal to the policy's.
    Equals,
    DateBefore,
    DateAtOrBefore,
    DateAfter,
    DateAtOrAfter,
    LessThan,
    AtMost,
    MoreThan,
    AtLeast,
    /// An address in one of the policy's ranges.
    InRange,
}

impl Ordered {
    /// The comparison an operator makes, if it orders or ranges; `None` for matching operators.
    pub fn of(operator: &Operator) -> Option<Ordered> {
        use Comparison as C;
        use Family as F;
        Some(match (operator.family, operator.comparison) {
            (F::Date, C::Equal) | (F::Numeric, C::Equal) => Ordered::Equals,
            (F::Date, C::LessThan) => Ordered::DateBefore,
            (F::Date, C::LessThanEqual) => Ordered::DateAtOrBefore,
            (F::Date, C::GreaterThan) => Ordered::DateAfter,
            (F::Date, C::GreaterThanEqual) => Ordered::DateAtOrAfter,
            (F::Numeric, C::LessThan) => Ordered::LessThan,
            (F::Numeric, C::LessThanEqual) => Ordered::AtMost,
            (F::Numeric, C::GreaterThan) => Ordered::MoreThan,
            (F::Numeric, C::GreaterThanEqual) => Ordered::AtLeast,
            (F::Ip, _) => Ordered::InRange,
            _ => return None,
        })
    }
}

/// A value of a condition key that never matches (rule C7), remarked after the key's sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeverMatches<'a> {
    /// A policy value its operator cannot read.
    PolicyValue(&'a ValueProblem),
    /// A request value the operator cannot read.
    RequestValue(&'a ValueProblem),
}

/// A key's values that never match: the policy's first, then the request's.
pub fn never_matching(key: &KeyTrace) -> impl Iterator<Item = NeverMatches<'_>> {
    let policy = key
        .values
        .iter()
        .filter_map(|v| v.problem.as_ref())
        .map(NeverMatches::PolicyValue);
    let request = key
        .unreadable_request_values
        .iter()
        .map(|u| NeverMatches::RequestValue(&u.problem));
    policy.chain(request)
}

/// What the reasoning's last line says decided the request: the evaluation's decision with its grounds, so a
/// table words each case and never infers one (an allow naming no statement is the root account's).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Conclusion {
    /// The root account, with no statement involved (rule E4).
    RootAllows,
    /// These statements allow, and no deny matches (rule E1).
    AllowedBy(Vec<StatementRef>),
    /// These deny statements match: a deny always wins (rule E1).
    DeniedBy(Vec<StatementRef>),
    /// The identity policies allow, the permissions boundary does not (rule E3).
    BoundaryBlocks,
    /// Nothing allows: everything is denied by default (rule E1).
    NothingAllows,
}

impl Conclusion {
    /// The conclusion of a decision reached by `deciding` statements; `boundary_blocks` when the policies allowed
    /// a resource the boundary did not.
    pub fn of(decision: Decision, deciding: &[StatementRef], boundary_blocks: bool) -> Conclusion {
        match decision {
            Decision::Allow if deciding.is_empty() => Conclusion::RootAllows,
            Decision::Allow => Conclusion::AllowedBy(deciding.to_vec()),
            Decision::ExplicitDeny => Conclusion::DeniedBy(deciding.to_vec()),
            Decision::ImplicitDeny if boundary_blocks => Conclusion::BoundaryBlocks,
            Decision::ImplicitDeny => Conclusion::NothingAllows,
        }
    }
}
