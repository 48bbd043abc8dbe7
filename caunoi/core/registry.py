"""What apps contribute to the shell: menu entries, home-page counters, attention items.

Apps register in ``AppConfig.ready()``; core renders what the current user may see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MenuItem:
    label: str
    url_name: str
    perm: str | None = None
    icon: str = ""


@dataclass
class Menu:
    key: str
    label: str
    icon: str
    order: int = 100
    items: list[MenuItem] = field(default_factory=list)


@dataclass(frozen=True)
class Counter:
    """A home-page tile: how many records of a model the user can see."""

    label: str
    model_label: str  # "partners.Partner"
    url_name: str
    icon: str = ""
    order: int = 100


@dataclass(frozen=True)
class AttentionItem:
    """One line of the home page's "needs attention" area."""

    text: str
    url: str = ""
    level: str = "warning"  # info, warning, danger
    when: object = None


@dataclass(frozen=True)
class HomePanel:
    """A card on the home page, shown to users holding ``perm``."""

    template: str
    perm: str | None = None
    order: int = 100


menus: dict[str, Menu] = {}
home_panels: list[HomePanel] = []
counters: list[Counter] = []
attention_providers: list[Callable] = []


def register_menu(menu: Menu) -> None:
    existing = menus.get(menu.key)
    if existing is None:
        menus[menu.key] = menu
    else:
        existing.items.extend(i for i in menu.items if i not in existing.items)


def add_menu_items(key: str, items: list[MenuItem]) -> None:
    """Add entries to a menu registered earlier (core's "resources" menu, say); the menu keeps
    its label, icon and place."""
    register_menu(Menu(key, "", "", items=list(items)))


def register_counter(counter: Counter) -> None:
    if counter not in counters:
        counters.append(counter)


def register_home_panel(panel: HomePanel) -> None:
    if panel not in home_panels:
        home_panels.append(panel)


def register_attention(provider: Callable) -> None:
    """``provider(user) -> list[AttentionItem]``; called on the home page."""
    if provider not in attention_providers:
        attention_providers.append(provider)


reminder_providers: list[Callable] = []


def register_reminders(provider: Callable) -> None:
    """``provider(today) -> Iterable[caunoi.core.notifications.Reminder]``; run by
    ``caunoi send_reminders`` once a day."""
    if provider not in reminder_providers:
        reminder_providers.append(provider)
