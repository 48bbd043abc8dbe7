"""ViewTestCases: the permission matrix and CRUD behaviour of a model's screens, generically.

    class TestGadgetViews(ViewTestCases):
        model = Gadget

        def make(self, personas, unit):
            return Gadget.objects.create(name="G", owner_unit=unit)

        def form_data(self, personas, unit):
            return {"name": "New gadget", "owner_unit": unit.pk}

Every subclass asserts: anonymous → login; no capability → 403; own unit → 200 and a change
record; other unit → 404; a stale version is refused; delete hides; exports hold only what the
user sees; the list's query count does not grow with its rows.
"""

from __future__ import annotations

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from caunoi.core.models import ObjectChange
from caunoi.core.testing.coverage import covers

SCREENS_WITH_PK = {"detail", "edit", "delete", "changelog"}


@pytest.mark.django_db
class ViewTestCases:
    model = None
    namespace: str | None = None  # URL namespace; default the app label
    screens = ("list", "add", "detail", "edit", "delete", "changelog")
    scoped = True  # records belong to units: other units' records must be invisible
    editor = "officer_a"  # may add/change/delete in their own unit
    read_only_viewer = "auditor"  # sees the records but may not change them
    outsider = "outsider_b"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.model is not None:
            covers(*(cls.url_name(s) for s in cls.screens))

    # -- what a subclass provides --------------------------------------------------------------
    def make(self, personas, unit):
        raise NotImplementedError

    def form_data(self, personas, unit) -> dict:
        raise NotImplementedError

    def edit_data(self, personas, obj) -> dict:
        return {**self.form_data(personas, personas.unit_of(self.editor)), "version": obj.version}

    # -- helpers --------------------------------------------------------------------------------
    @classmethod
    def url_name(cls, screen: str) -> str:
        opts = cls.model._meta
        return f"{cls.namespace or opts.app_label}:{opts.model_name}_{screen}"

    def url(self, screen: str, obj=None) -> str:
        args = [obj.pk] if screen in SCREENS_WITH_PK else []
        return reverse(self.url_name(screen), args=args)

    def own(self, personas):
        return self.make(personas, personas.unit_of(self.editor))

    def changes_of(self, obj):
        ct = ContentType.objects.get_for_model(self.model)
        return ObjectChange.objects.filter(content_type=ct, object_id=obj.pk)

    # -- the matrix -----------------------------------------------------------------------------
    def test_anonymous_is_sent_to_login(self, client, personas):
        obj = self.own(personas)
        for screen in self.screens:
            response = client.get(self.url(screen, obj))
            assert response.status_code == 302, screen
            assert reverse("accounts:login") in response["Location"], screen

    def test_user_without_a_role_gets_403(self, client, personas):
        obj = self.own(personas)
        client.force_login(personas.nobody)
        for screen in self.screens:
            assert client.get(self.url(screen, obj)).status_code == 403, screen

    def test_own_unit_screens_answer_200(self, client, personas):
        obj = self.own(personas)
        client.force_login(personas.get(self.editor))
        for screen in self.screens:
            assert client.get(self.url(screen, obj)).status_code == 200, screen

    def test_other_units_record_is_404(self, client, personas):
        if not self.scoped:
            pytest.skip("records of this model are not owned by units")
        obj = self.own(personas)
        client.force_login(personas.get(self.outsider))
        shared = getattr(self.model, "shared_registry", False)
        for screen in self.screens:
            if screen in SCREENS_WITH_PK:
                reading = screen in {"detail", "changelog"}
                expected = (200 if reading else 403) if shared else 404
                assert client.get(self.url(screen, obj)).status_code == expected, screen

    def test_list_shows_only_records_in_scope(self, client, personas):
        if "list" not in self.screens:
            pytest.skip("no list screen")
        mine = self.own(personas)
        client.force_login(personas.get(self.editor))
        content = client.get(self.url("list")).content.decode()
        assert str(mine) in content or f"/{mine.pk}/" in content
        if self.scoped:
            theirs = self.make(personas, personas.unit_b)
            content = client.get(self.url("list")).content.decode()
            shared = getattr(self.model, "shared_registry", False)
            assert (f"/{theirs.pk}/" in content) == shared

    def test_read_only_viewer_sees_but_cannot_change(self, client, personas):
        obj = self.own(personas)
        client.force_login(personas.get(self.read_only_viewer))
        if "detail" in self.screens:
            assert client.get(self.url("detail", obj)).status_code == 200
        for screen in ("add", "edit", "delete"):
            if screen in self.screens:
                assert client.get(self.url(screen, obj)).status_code == 403, screen

    # -- writes ---------------------------------------------------------------------------------
    def test_add_creates_the_record_and_a_change(self, client, personas):
        if "add" not in self.screens:
            pytest.skip("no add screen")
        user = personas.get(self.editor)
        client.force_login(user)
        before = set(self.model._base_manager.values_list("pk", flat=True))
        data = self.form_data(personas, personas.unit_of(self.editor))
        response = client.post(self.url("add"), data)
        assert response.status_code == 302, _form_errors(response)
        created = self.model._base_manager.exclude(pk__in=before).get()
        change = self.changes_of(created).get()
        assert (change.action, change.source, change.user) == ("create", "ui", user)

    def test_edit_saves_and_keeps_before_and_after(self, client, personas):
        if "edit" not in self.screens:
            pytest.skip("no edit screen")
        obj = self.own(personas)
        client.force_login(personas.get(self.editor))
        response = client.post(self.url("edit", obj), self.edit_data(personas, obj))
        assert response.status_code == 302, _form_errors(response)
        obj.refresh_from_db()
        assert obj.version == 2
        change = self.changes_of(obj).filter(action="update").get()
        assert change.prechange is not None and change.postchange is not None

    def test_stale_version_is_refused_and_nothing_overwritten(self, client, personas):
        if "edit" not in self.screens:
            pytest.skip("no edit screen")
        obj = self.own(personas)
        stale = self.edit_data(personas, obj)
        obj.save()  # someone else saves first: version 2
        client.force_login(personas.get(self.editor))
        response = client.post(self.url("edit", obj), stale)
        assert response.status_code == 409
        assert b'data-testid="conflict"' in response.content
        obj.refresh_from_db()
        assert obj.version == 2

    def test_delete_hides_the_record(self, client, personas):
        if "delete" not in self.screens:
            pytest.skip("no delete screen")
        obj = self.own(personas)
        client.force_login(personas.get(self.editor))
        assert client.post(self.url("delete", obj)).status_code == 302
        assert not self.model.objects.filter(pk=obj.pk).exists()
        assert client.get(self.url("detail", obj)).status_code == 404
        assert self.changes_of(obj).filter(action="delete").exists()

    # -- lists ----------------------------------------------------------------------------------
    def test_exports_hold_only_records_in_scope(self, client, personas):
        if "list" not in self.screens:
            pytest.skip("no list screen")
        mine = self.own(personas)
        shared = getattr(self.model, "shared_registry", False)
        theirs = self.make(personas, personas.unit_b) if self.scoped and not shared else None
        client.force_login(personas.get(self.editor))
        csv_text = client.get(self.url("list") + "?export=csv").content.decode("utf-8-sig")
        assert _first_text(mine) in csv_text
        if theirs is not None and _first_text(theirs) != _first_text(mine):
            assert _first_text(theirs) not in csv_text
        xlsx = client.get(self.url("list") + "?export=xlsx")
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(xlsx.content)).active
        assert sheet.max_row >= 2

    def test_list_query_count_does_not_grow_with_rows(self, client, personas):
        if "list" not in self.screens:
            pytest.skip("no list screen")
        client.force_login(personas.get(self.editor))
        self.own(personas)
        url = self.url("list") + "?per_page=100"
        client.get(url)  # warm caches (content types, sessions)
        with CaptureQueriesContext(connection) as few:
            client.get(url)
        for _ in range(6):
            self.own(personas)
        with CaptureQueriesContext(connection) as many:
            client.get(url)
        assert len(many) <= len(few), [q["sql"] for q in many.captured_queries]


def _first_text(obj) -> str:
    return str(obj).split(" ")[0][:20]


def _form_errors(response) -> str:
    context = getattr(response, "context", None)
    form = context.get("form") if context else None
    return str(form.errors) if form is not None else response.content[:500].decode()
