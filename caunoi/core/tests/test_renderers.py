"""The form renderer writes selects in Python, the same HTML as Django's templates; the
lists' row actions are written in Python too."""

import re

from django import forms
from django.forms.renderers import DjangoTemplates

from caunoi.core.renderers import FormRenderer


class Choosing(forms.Form):
    one = forms.ChoiceField(
        choices=[("", "—"), ("a&b", "Hà Nội <Thủ đô>"), ("2", "Lào")],
        widget=forms.Select(attrs={"class": "form-select", "data-x": 'say "hi"', "required": True}),
    )
    many = forms.MultipleChoiceField(
        choices=[("Châu Á", [("1", "Việt Nam"), ("3", "Lào")]), ("9", "Khác")],
        widget=forms.SelectMultiple(attrs={"disabled": False, "autofocus": True}),
    )


def _squeeze(html: str) -> str:
    return re.sub(r">\s+<", "><", str(html)).strip()


def test_a_select_is_written_as_djangos_templates_write_it():
    data = {"one": "a&b", "many": ["3", "9"]}
    ours = Choosing(data, renderer=FormRenderer())
    django = Choosing(data, renderer=DjangoTemplates())
    for name in ("one", "many"):
        assert _squeeze(ours[name]) == _squeeze(django[name])
    html = str(ours["one"])
    assert 'value="a&amp;b" selected' in html and "Hà Nội &lt;Thủ đô&gt;" in html
    assert 'data-x="say &quot;hi&quot;"' in html and "disabled" not in str(ours["many"])


def test_the_project_uses_it():
    from django.conf import settings

    assert settings.FORM_RENDERER == "caunoi.core.renderers.FormRenderer"


def test_a_lists_edit_button_shows_for_those_who_may_change_the_record(client, personas, db):
    from django.urls import reverse

    from caunoi.events.tests.factories import EventFactory

    event = EventFactory(owner_unit=personas.unit_a, name="Giao lưu <hữu nghị>")
    edit = reverse("events:event_edit", args=[event.pk])
    client.force_login(personas.officer_a)
    page = client.get(reverse("events:event_list")).content.decode()
    assert f'href="{edit}"' in page and "Giao lưu &lt;hữu nghị&gt;" in page
    client.force_login(personas.auditor)  # reads every unit, changes none
    page = client.get(reverse("events:event_list")).content.decode()
    assert "Giao lưu &lt;hữu nghị&gt;" in page and f'href="{edit}"' not in page
