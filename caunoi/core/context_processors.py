from __future__ import annotations

from caunoi.core import registry


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    match = getattr(request, "resolver_match", None)
    namespace = match.namespace if match else ""
    url_name = f"{namespace}:{match.url_name}" if match else ""
    menus = []
    for menu in sorted(registry.menus.values(), key=lambda m: (m.order, m.key)):
        items = [i for i in menu.items if i.perm is None or user.has_perm(i.perm)]
        if items:
            active = any(i.url_name.split(":")[0] == namespace for i in items)
            menus.append({"menu": menu, "items": items, "active": active})
    return {"nav_menus": menus, "nav_current": url_name, "nav_unread": unread_count(request)}


def unread_count(request) -> int:
    """Counted once per request: table cells rendered with the request context ask again."""
    from caunoi.core.notifications import unread

    if not hasattr(request, "_caunoi_unread"):
        request._caunoi_unread = unread(request.user).count()
    return request._caunoi_unread
