from caunoi.core.models.base import (
    BaseModel,
    ChangeLoggedModel,
    ConcurrentEditError,
    OrganizationalModel,
    PrimaryModel,
)
from caunoi.core.models.changes import ObjectChange
from caunoi.core.search.models import SearchEntry

__all__ = [
    "BaseModel",
    "ChangeLoggedModel",
    "ConcurrentEditError",
    "ObjectChange",
    "OrganizationalModel",
    "PrimaryModel",
    "SearchEntry",
]
