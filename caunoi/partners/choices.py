from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from caunoi.core.models.personal import LegalBasis  # noqa: F401  (shared with delegations)


class Region(models.TextChoices):
    ASEAN = "asean", _("ASEAN")
    NORTHEAST_ASIA = "northeast_asia", _("Northeast Asia")
    SOUTH_ASIA = "south_asia", _("South Asia")
    CENTRAL_ASIA = "central_asia", _("Central Asia")
    MIDDLE_EAST_AFRICA = "middle_east_africa", _("Middle East – Africa")
    EUROPE = "europe", _("Europe")
    NORTH_AMERICA = "north_america", _("North America")
    LATIN_AMERICA = "latin_america", _("Latin America")
    OCEANIA = "oceania", _("Oceania")


class PartnershipLevel(models.TextChoices):
    """Viet Nam's framework of partnerships, highest first."""

    SPECIAL = "special_relationship", _("Special relationship")
    COMPREHENSIVE_STRATEGIC = "comprehensive_strategic", _("Comprehensive strategic partnership")
    STRATEGIC = "strategic", _("Strategic partnership")
    COMPREHENSIVE = "comprehensive", _("Comprehensive partnership")
    OTHER = "other", pgettext_lazy("partnership", "Other")


class PartnerKind(models.TextChoices):
    FOREIGN_LOCALITY = "foreign_locality", _("Foreign locality")
    EMBASSY = "embassy", _("Embassy or mission")
    INTERNATIONAL_ORG = "international_org", _("International organisation")
    CITY_NETWORK = "city_network", _("Inter-city network")
    NGO = "ngo", _("Foreign NGO")
    FRIENDSHIP_ORG = "friendship_org", _("Foreign friendship organisation")
    OVERSEAS_VIETNAMESE = "overseas_vietnamese", _("Overseas Vietnamese association")
    BUSINESS = "business", _("Business or investor")
    UNIVERSITY = "university", _("University or research body")
    MEDIA = "media", _("Media")
    OTHER = "other", pgettext_lazy("partner kind", "Other")


class LocalityLevel(models.TextChoices):
    CAPITAL = "capital", _("Capital")
    CITY = "city", _("City")
    PROVINCE = "province", _("Province or state")
    REGION = "region", _("Region")


class PartnerStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PROSPECTIVE = "prospective", _("Prospective")
    INACTIVE = "inactive", _("Inactive")


class RelationLevel(models.TextChoices):
    """How Hà Nội (or one of its units) relates to a partner, closest first."""

    TWINNING = "twinning", _("Twinning / sister city")
    FRIENDSHIP_COOPERATION = "friendship_cooperation", _("Friendship and cooperation")
    NETWORK_MEMBERSHIP = "network_membership", _("Network membership")
    CONTACT = "contact", _("Contact only")


class RelationStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    ENDED = "ended", _("Ended")


class ContactAccess(models.TextChoices):
    VIEW = "view", _("Viewed details")
    EXPORT = "export", _("Exported personal data")
    ERASE = "erase", _("Erased")
