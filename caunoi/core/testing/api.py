"""APIViewTestCases: the same permission matrix for a model's /api/v1/ endpoint.

class TestGadgetAPI(APIViewTestCases):
    model = Gadget
    basename = "gadget"
    def make(self, personas, unit): ...
    def api_data(self, personas, unit) -> dict: ...
"""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from caunoi.core.models import ObjectChange
from caunoi.core.testing.coverage import covers


@pytest.mark.django_db
class APIViewTestCases:
    model = None
    basename: str = ""
    scoped = True
    writable = True
    editor = "officer_a"
    read_only_viewer = "auditor"
    outsider = "outsider_b"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.basename:
            covers(f"api:{cls.basename}-list", f"api:{cls.basename}-detail")

    def make(self, personas, unit):
        raise NotImplementedError

    def api_data(self, personas, unit) -> dict:
        raise NotImplementedError

    def list_url(self) -> str:
        return reverse(f"api:{self.basename}-list")

    def detail_url(self, obj) -> str:
        return reverse(f"api:{self.basename}-detail", args=[obj.pk])

    def own(self, personas):
        return self.make(personas, personas.unit_of(self.editor))

    def changes_of(self, obj):
        ct = ContentType.objects.get_for_model(self.model)
        return ObjectChange.objects.filter(content_type=ct, object_id=obj.pk)

    def test_anonymous_gets_401(self, client, personas):
        obj = self.own(personas)
        assert client.get(self.list_url()).status_code == 401
        assert client.get(self.detail_url(obj)).status_code == 401

    def test_user_without_a_role_gets_403(self, client, personas):
        client.force_login(personas.nobody)
        assert client.get(self.list_url()).status_code == 403

    def test_list_and_detail_in_scope(self, client, personas):
        mine = self.own(personas)
        client.force_login(personas.get(self.editor))
        ids = [row["id"] for row in client.get(self.list_url()).json()["results"]]
        assert mine.pk in ids
        response = client.get(self.detail_url(mine))
        assert response.status_code == 200
        assert response["ETag"] == f'"{mine.version}"'
        if self.scoped:
            theirs = self.make(personas, personas.unit_b)
            ids = [row["id"] for row in client.get(self.list_url()).json()["results"]]
            shared = getattr(self.model, "shared_registry", False)
            assert (theirs.pk in ids) == shared
            expected = 200 if shared else 404
            assert client.get(self.detail_url(theirs)).status_code == expected

    def test_token_authentication_works(self, client, personas):
        from rest_framework.authtoken.models import Token

        token = Token.objects.create(user=personas.get(self.editor))
        response = client.get(self.list_url(), HTTP_AUTHORIZATION=f"Token {token.key}")
        assert response.status_code == 200

    def test_create_records_a_change_from_the_api(self, client, personas):
        if not self.writable:
            pytest.skip("read-only endpoint")
        user = personas.get(self.editor)
        client.force_login(user)
        response = client.post(
            self.list_url(),
            self.api_data(personas, personas.unit_of(self.editor)),
            content_type="application/json",
        )
        assert response.status_code == 201, response.content
        obj = self.model._base_manager.get(pk=response.json()["id"])
        change = self.changes_of(obj).get()
        assert (change.action, change.source, change.user) == ("create", "api", user)

    def test_if_match_guards_updates(self, client, personas):
        if not self.writable:
            pytest.skip("read-only endpoint")
        obj = self.own(personas)
        client.force_login(personas.get(self.editor))
        data = self.api_data(personas, personas.unit_of(self.editor))
        stale = client.put(
            self.detail_url(obj), data, content_type="application/json", HTTP_IF_MATCH='"99"'
        )
        assert stale.status_code == 412
        obj.refresh_from_db()
        assert obj.version == 1
        fresh = client.put(
            self.detail_url(obj), data, content_type="application/json", HTTP_IF_MATCH='"1"'
        )
        assert fresh.status_code == 200, fresh.content
        assert fresh["ETag"] == '"2"'

    def test_outsider_cannot_update_and_viewer_cannot_change(self, client, personas):
        if not self.writable:
            pytest.skip("read-only endpoint")
        obj = self.own(personas)
        data = self.api_data(personas, personas.unit_of(self.editor))
        if self.scoped:
            client.force_login(personas.get(self.outsider))
            response = client.put(self.detail_url(obj), data, content_type="application/json")
            shared = getattr(self.model, "shared_registry", False)
            assert response.status_code == (403 if shared else 404)
        client.force_login(personas.get(self.read_only_viewer))
        response = client.patch(self.detail_url(obj), {}, content_type="application/json")
        assert response.status_code == 403
        obj.refresh_from_db()
        assert obj.version == 1

    def test_delete_hides_the_record(self, client, personas):
        if not self.writable:
            pytest.skip("read-only endpoint")
        obj = self.own(personas)
        client.force_login(personas.get(self.editor))
        assert client.delete(self.detail_url(obj)).status_code == 204
        assert client.get(self.detail_url(obj)).status_code == 404
        ids = [row["id"] for row in client.get(self.list_url()).json()["results"]]
        assert obj.pk not in ids

    def test_list_query_count_does_not_grow_with_rows(self, client, personas):
        client.force_login(personas.get(self.editor))
        self.own(personas)
        client.get(self.list_url())
        with CaptureQueriesContext(connection) as few:
            client.get(self.list_url())
        for _ in range(6):
            self.own(personas)
        with CaptureQueriesContext(connection) as many:
            client.get(self.list_url())
        assert len(many) <= len(few), [q["sql"] for q in many.captured_queries]
