"""Template helpers of the delegations app: the home page's "waiting for your approval"."""

from __future__ import annotations

from django import template

register = template.Library()
WAITING_ITEMS = 8


@register.inclusion_tag("delegations/_waiting_list.html", takes_context=True)
def waiting_for_me(context):
    """The requests whose pending approval step names the user, soonest departure first."""
    from caunoi.delegations.chain import waiting_for
    from caunoi.delegations.models import Delegation

    user = context["request"].user
    rows = (
        Delegation.objects.restrict(user)
        .filter(waiting_for(user))
        .select_related("owner_unit")
        .order_by("start_date")
    )
    return {"waiting": list(rows[: WAITING_ITEMS + 1]), "limit": WAITING_ITEMS}
