"""Home-page attention items of the partner network."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.core.registry import AttentionItem
from caunoi.core.scope import ALL_UNITS


def attention_items(user) -> list[AttentionItem]:
    from caunoi.partners import activity
    from caunoi.partners.models import Partner

    if not user.has_perm("partners.change_partner") and not user.has_perm("partners.view_partner"):
        return []
    today = timezone.localdate()
    soon = today + datetime.timedelta(days=settings.CAUNOI_NGO_EXPIRY_ALERT_DAYS)
    mine = Partner.objects.restrict(user, "change")
    items = [
        AttentionItem(
            _("NGO registration of %(name)s expires on %(date)s")
            % {"name": p.name, "date": p.ngo_registration_valid_until.strftime("%d/%m/%Y")},
            p.get_absolute_url(),
            "danger" if p.ngo_registration_valid_until < today else "warning",
            p.ngo_registration_valid_until,
        )
        for p in mine.filter(ngo_registration_valid_until__lte=soon).order_by(
            "ngo_registration_valid_until"
        )[:10]
    ]
    items.extend(_contacts_past_retention(user, today))
    if user.unit_scope("partners.view_partner") is ALL_UNITS and user.has_perm(
        "accounts.view_all_units"
    ):
        quiet = activity.going_quiet(Partner.objects.all()).count()
        if quiet:
            from django.urls import reverse

            items.append(
                AttentionItem(
                    _("%(count)s partners have had no contact for %(months)s months")
                    % {"count": quiet, "months": activity.quiet_months()},
                    reverse("partners:partner_quiet"),
                    "info",
                )
            )
    return items


def _contacts_past_retention(user, today) -> list[AttentionItem]:
    """Personal data kept past its date must be reviewed: erase it or renew its basis."""
    from django.urls import reverse

    from caunoi.partners.models import Contact

    if not user.has_perm("partners.change_contact"):
        return []
    overdue = (
        Contact.objects.restrict(user, "change")
        .filter(retain_until__lt=today, anonymised_at__isnull=True)
        .count()
    )
    if not overdue:
        return []
    url = reverse("partners:contact_list") + f"?retain_until_before={today:%d/%m/%Y}"
    return [
        AttentionItem(
            _("%(count)s contacts are kept past their keep-until date: erase or renew them")
            % {"count": overdue},
            url,
            "danger",
        )
    ]
