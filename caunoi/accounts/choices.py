from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitKind(models.TextChoices):
    CITY_LEADERSHIP = "city_leadership", _("City leadership")
    DEPARTMENT = "department", _("Department")
    FATHERLAND_FRONT = "fatherland_front", _("Fatherland Front")
    SOCIO_POLITICAL = "socio_political", _("Socio-political organisation")
    FRIENDSHIP_UNION = "friendship_union", _("Union of friendship organisations")
    FRIENDSHIP_ASSOCIATION = "friendship_association", _("Friendship association")
    OVERSEAS_LIAISON = "overseas_liaison", _("Overseas Vietnamese liaison association")
    COMMUNE_WARD = "commune_ward", _("Commune / ward")
    DISTRICT = "district", _("District (historical)")
    OTHER = "other", _("Other")


class Language(models.TextChoices):
    VI = "vi", "Tiếng Việt"
    EN = "en", "English"
