"""Fixed vocabularies of delegations (đoàn ra / đoàn vào)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Direction(models.TextChoices):
    OUTBOUND = "outbound", _("Outbound (going abroad)")
    INBOUND = "inbound", _("Inbound (received in Hà Nội)")


class Level(models.TextChoices):
    """Who leads the delegation or receives it; the level decides who approves a trip abroad."""

    CITY = "city", _("City leadership")
    DEPARTMENT = "department", _("Department")
    UNIT = "unit", _("Unit")
    ASSOCIATION = "association", _("Association")
    COMMUNE = "commune", _("Commune or ward")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Funding(models.TextChoices):
    STATE_BUDGET = "state_budget", _("State budget")
    PARTNER = "partner", _("Partner-funded")
    ASSOCIATION = "association", _("Association funds")
    OTHER = "other", pgettext_lazy("funding", "Other")


class Status(models.TextChoices):
    """Outbound: draft → submitted → (returned) → approved / rejected → travelling → back →
    reported → closed. Inbound: proposed → confirmed → under way → completed. Both: cancelled."""

    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Awaiting approval")
    RETURNED = "returned", _("Returned for changes")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    TRAVELLING = "travelling", _("Travelling")
    BACK = "back", _("Back, report due")
    REPORTED = "reported", _("Results report submitted")
    CLOSED = "closed", _("Closed")
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    UNDER_WAY = "under_way", _("Under way")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


OUTBOUND_STATUSES = (
    Status.DRAFT,
    Status.SUBMITTED,
    Status.RETURNED,
    Status.APPROVED,
    Status.REJECTED,
    Status.TRAVELLING,
    Status.BACK,
    Status.REPORTED,
    Status.CLOSED,
    Status.CANCELLED,
)
INBOUND_STATUSES = (
    Status.PROPOSED,
    Status.CONFIRMED,
    Status.UNDER_WAY,
    Status.COMPLETED,
    Status.CANCELLED,
)
# A results report is owed once an approved trip has ended, until it is filed.
REPORT_OWED = (Status.APPROVED, Status.TRAVELLING, Status.BACK)
# Statuses that no longer count for coordination (the trip will not happen).
DEAD = (Status.REJECTED, Status.CANCELLED)


class MemberRole(models.TextChoices):
    HEAD = "head", _("Head of delegation")
    DEPUTY = "deputy", _("Deputy head")
    MEMBER = "member", _("Member")
    INTERPRETER = "interpreter", _("Interpreter")
    PROTOCOL = "protocol", _("Protocol")
    SECURITY = "security", _("Security")


class StepKind(models.TextChoices):
    """A step of the approver chain, frozen when the request is submitted."""

    UNIT = "unit", _("The unit's approver")
    COORDINATOR = "coordinator", _("Department of Foreign Affairs (coordinator)")
    CITY = "city", _("City leadership")


class Decision(models.TextChoices):
    QUEUED = "queued", _("Not yet")
    PENDING = "pending", _("Waiting")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned for changes")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Not needed")


class TaskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


OPEN_TASKS = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)
