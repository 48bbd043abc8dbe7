"""Personal-data duties for contacts (Law 91/2025/QH15, Decree 356/2025/NĐ-CP)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from caunoi.core import changelog, personal_data
from caunoi.partners.models import Contact, ContactAccessLog
from caunoi.partners.models.contacts import PERSONAL_FIELDS


def log_access(contact: Contact, request, action: str) -> ContactAccessLog:
    return personal_data.log_access(contact, request, action)


def personal_record(contact: Contact) -> dict:
    """Everything the city holds on the person, with why and for how long."""
    return {
        "record": contact.pk,
        "full_name": contact.full_name,
        "title": contact.title,
        "position": contact.position,
        "partner": str(contact.partner) if contact.partner else "",
        "organisation": contact.organisation,
        "overseas_vietnamese": contact.is_overseas_vietnamese,
        "languages": contact.languages,
        "email": contact.email,
        "phone": contact.phone,
        "other_channels": contact.other_channels,
        "notes": contact.notes,
        "purpose": contact.purpose,
        "legal_basis": contact.get_legal_basis_display(),
        "consent_given_on": contact.consent_given_on,
        "consent_source": contact.consent_source,
        "retain_until": contact.retain_until,
        "held_by": str(contact.owner_unit),
        "recorded_on": contact.created_at,
        "accesses": [
            {"time": row.time, "user": str(row.user or ""), "action": row.get_action_display()}
            for row in contact.access_log.select_related("user")
        ],
    }


def anonymise_contact(contact: Contact, request) -> None:
    """Replace every personal field, keep the record number; history keeps only who and when.

    Side effects: the contact is saved (versioned), its change-log values are erased, and the
    erasure is written to the access log.
    """
    for field in PERSONAL_FIELDS:
        setattr(contact, field, "")
    contact.full_name = _("Erased person #%(pk)s") % {"pk": contact.pk}
    contact.organisation = ""
    contact.consent_given_on = None
    contact.anonymised_at = timezone.now()
    contact.save()
    changelog.erase_history(contact)
    log_access(contact, request, "erase")
