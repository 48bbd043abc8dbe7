from caunoi.aid_projects.models.children import Disbursement, InKindItem
from caunoi.aid_projects.models.projects import (
    AidProject,
    AidProjectLogEntry,
    AidSector,
    check_parties,
)

__all__ = [
    "AidProject",
    "AidProjectLogEntry",
    "AidSector",
    "Disbursement",
    "InKindItem",
    "check_parties",
]
