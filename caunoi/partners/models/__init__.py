from caunoi.partners.models.contacts import Contact, ContactAccessLog
from caunoi.partners.models.countries import Country
from caunoi.partners.models.partners import CooperationField, Partner
from caunoi.partners.models.relations import PartnerRelation

__all__ = [
    "Contact",
    "ContactAccessLog",
    "CooperationField",
    "Country",
    "Partner",
    "PartnerRelation",
]
