from caunoi.delegations.models.children import (
    PASSPORT_FIELDS,
    DelegationMember,
    DelegationOutcome,
    FollowUpTask,
    MemberAccessLog,
    MemberListTransfer,
    OutcomeKind,
    ProgrammeItem,
)
from caunoi.delegations.models.delegations import (
    ApprovalStep,
    Delegation,
    DelegationLogEntry,
)

__all__ = [
    "PASSPORT_FIELDS",
    "ApprovalStep",
    "Delegation",
    "DelegationLogEntry",
    "DelegationMember",
    "DelegationOutcome",
    "FollowUpTask",
    "MemberAccessLog",
    "MemberListTransfer",
    "OutcomeKind",
    "ProgrammeItem",
]
