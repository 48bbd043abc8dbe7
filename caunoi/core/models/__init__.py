from caunoi.core.models.base import (
    BaseModel,
    ChangeLoggedModel,
    ConcurrentEditError,
    OrganizationalModel,
    PrimaryModel,
)
from caunoi.core.models.changes import ObjectChange
from caunoi.core.models.children import UnitFromParentModel, refuse_duplicate
from caunoi.core.models.documents import Classification, DocumentModel
from caunoi.core.models.notifications import Notification, NotificationLevel
from caunoi.core.models.rates import ExchangeRate
from caunoi.core.models.workflow import WorkflowLogEntry
from caunoi.core.search.models import SearchEntry

__all__ = [
    "BaseModel",
    "ChangeLoggedModel",
    "Classification",
    "ConcurrentEditError",
    "DocumentModel",
    "ExchangeRate",
    "Notification",
    "NotificationLevel",
    "ObjectChange",
    "OrganizationalModel",
    "PrimaryModel",
    "SearchEntry",
    "UnitFromParentModel",
    "WorkflowLogEntry",
    "refuse_duplicate",
]
