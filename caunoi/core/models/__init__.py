from caunoi.core.models.base import (
    BaseModel,
    ChangeLoggedModel,
    ConcurrentEditError,
    OrganizationalModel,
    PrimaryModel,
)
from caunoi.core.models.changes import ObjectChange

__all__ = [
    "BaseModel",
    "ChangeLoggedModel",
    "ConcurrentEditError",
    "ObjectChange",
    "OrganizationalModel",
    "PrimaryModel",
]
