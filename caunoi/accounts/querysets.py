from __future__ import annotations

import datetime

from django.db.models import Q
from django.utils import timezone

from caunoi.core.querysets import RestrictedQuerySet


class OrgUnitQuerySet(RestrictedQuerySet):
    def active(self, on: datetime.date | None = None):
        day = on or timezone.localdate()
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )

    def subtree(self, unit):
        """The unit and every unit below it."""
        return self.filter(path__startswith=unit.path)


class MembershipQuerySet(RestrictedQuerySet):
    def active(self, on: datetime.date | None = None):
        day = on or timezone.localdate()
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )
