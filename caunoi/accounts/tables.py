import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.tables import BaseTable


class OrgUnitTable(BaseTable):
    name = tables.Column(linkify=True)
    parent = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = OrgUnit
        fields = ("name", "acronym", "kind", "parent", "name_en", "valid_from", "valid_to")
        default_columns = ("name", "acronym", "kind", "parent", "valid_to")

    def render_name(self, record, value):
        indent = "— " * record.depth
        badge = (
            ""
            if record.is_active
            else format_html(' <span class="badge bg-secondary-lt">{}</span>', _("dissolved"))
        )
        return format_html("{}{}{}", indent, value, badge)

    def value_name(self, record, value):
        return value


class UserTable(BaseTable):
    username = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = User
        fields = (
            "username",
            "full_name",
            "email",
            "position",
            "language",
            "is_active",
            "last_login",
        )


class MembershipTable(BaseTable):
    user = tables.Column(linkify=True)
    unit = tables.Column(linkify=True)
    role = tables.Column(linkify=True)

    class Meta(BaseTable.Meta):
        model = Membership
        fields = ("user", "unit", "role", "include_descendants", "valid_from", "valid_to")


class RoleTable(BaseTable):
    name = tables.Column(linkify=True)
    actions = None

    class Meta(BaseTable.Meta):
        model = Role
        fields = ("name", "name_en", "slug")
        fixed_columns = ()
