"""Home-page attention items: aid projects waiting for approval, for those who approve."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from caunoi.aid_projects.choices import AidStatus
from caunoi.aid_projects.models import AidProject
from caunoi.core.registry import AttentionItem


def attention_items(user) -> list[AttentionItem]:
    if not user.has_perm("aid_projects.approve_aidproject"):
        return []
    waiting = AidProject.objects.restrict(user, "approve").filter(status=AidStatus.PROPOSED)
    count = waiting.count()
    if not count:
        return []
    url = reverse("aid_projects:aidproject_list") + f"?status={AidStatus.PROPOSED}"
    return [
        AttentionItem(
            _("%(count)s aid projects wait for approval") % {"count": count}, url, "warning"
        )
    ]
