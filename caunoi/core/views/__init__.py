from caunoi.core.views.bundle import ModelViews
from caunoi.core.views.detail import ObjectChangeLogView, ObjectDetailView
from caunoi.core.views.edit import ObjectDeleteView, ObjectEditView
from caunoi.core.views.list import ObjectListView
from caunoi.core.views.mixins import ScopedModelMixin, ScopedObjectMixin, get_for_user

__all__ = [
    "ModelViews",
    "ObjectChangeLogView",
    "ObjectDeleteView",
    "ObjectDetailView",
    "ObjectEditView",
    "ObjectListView",
    "ScopedModelMixin",
    "ScopedObjectMixin",
    "get_for_user",
]
