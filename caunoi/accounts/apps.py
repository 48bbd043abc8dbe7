from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs):
    from django.apps import apps

    from caunoi.accounts.roles import sync_roles

    # post_migrate fires once per app; the roles need every app's permissions, so act on the last.
    last = [c for c in apps.get_app_configs() if c.models_module is not None][-1]
    if sender.label == last.label:
        sync_roles(verbosity=0)


class AccountsConfig(AppConfig):
    name = "caunoi.accounts"
    label = "accounts"
    verbose_name = _("Accounts and units")

    def ready(self) -> None:
        # Keep the built-in roles in step with the models after every migrate (infrastructure,
        # like Django's own permission creation; no business logic runs here).
        post_migrate.connect(_sync_roles, dispatch_uid="caunoi_sync_roles")
        self.register_shell()

    def register_shell(self) -> None:
        from caunoi.core.registry import Counter, Menu, MenuItem, register_counter, register_menu

        register_menu(
            Menu(
                "admin",
                _("Administration"),
                "settings",
                order=900,
                items=[
                    MenuItem(
                        _("Units"), "accounts:orgunit_list", "accounts.view_orgunit", "sitemap"
                    ),
                    MenuItem(_("Users"), "accounts:user_list", "accounts.view_user", "users"),
                    MenuItem(
                        _("Memberships"),
                        "accounts:membership_list",
                        "accounts.view_membership",
                        "id-badge-2",
                    ),
                    MenuItem(_("Roles"), "accounts:role_list", "accounts.view_role", "shield"),
                    MenuItem(
                        _("Change history"),
                        "core:objectchange_list",
                        "core.view_objectchange",
                        "history",
                    ),
                    MenuItem(_("Recycle bin"), "core:trash", "core.restore_deleted", "trash"),
                    MenuItem(_("API documentation"), "api:docs", None, "api"),
                ],
            )
        )
        register_counter(
            Counter(_("Units"), "accounts.OrgUnit", "accounts:orgunit_list", "sitemap", order=900)
        )
