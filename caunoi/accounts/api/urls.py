from caunoi.accounts.api import views


def register(router) -> None:
    router.register("units", views.OrgUnitViewSet, basename="orgunit")
    router.register("users", views.UserViewSet, basename="user")
    router.register("memberships", views.MembershipViewSet, basename="membership")
    router.register("roles", views.RoleViewSet, basename="role")
