from django.db import models

from caunoi.core.models import OrganizationalModel, PrimaryModel


class GadgetKind(OrganizationalModel):
    """A lookup table row, for tests."""

    class Meta(OrganizationalModel.Meta):
        verbose_name = "gadget kind"
        verbose_name_plural = "gadget kinds"


class Gadget(PrimaryModel):
    """A business record owned by a unit, for tests."""

    name = models.CharField("name", max_length=100)
    kind = models.ForeignKey(GadgetKind, null=True, blank=True, on_delete=models.PROTECT)
    tags = models.ManyToManyField(GadgetKind, blank=True, related_name="tagged")
    starts_on = models.DateField("starts on", null=True, blank=True)
    secret = models.CharField("secret", max_length=50, blank=True)

    search_fields = ("name", "description")
    changelog_exclude = frozenset({"secret"})

    class Meta:
        verbose_name = "gadget"
        verbose_name_plural = "gadgets"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
