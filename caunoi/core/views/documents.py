"""Serving an uploaded document: only to users who may see it, never from a public folder."""

from __future__ import annotations

from urllib.parse import quote

from django.http import FileResponse, Http404
from django.views import View

from caunoi.core.views.mixins import ScopedObjectMixin


class DocumentDownloadView(ScopedObjectMixin, View):
    """``GET <pk>/file/``: the file of a :class:`~caunoi.core.models.DocumentModel` in scope.

    PDFs and images open in the browser, Office files download. The stored content type is the
    one found when the file was checked; ``nosniff`` stops the browser guessing another.
    """

    def get(self, request, *args, **kwargs):
        document = self.get_object()
        try:
            handle = document.file.open("rb")
        except (FileNotFoundError, OSError) as exc:
            raise Http404 from exc
        response = FileResponse(handle, content_type=document.content_type)
        disposition = "inline" if document.inline else "attachment"
        name = document.original_name or "document"
        ascii_name = name.encode("ascii", "ignore").decode() or "document"
        response["Content-Disposition"] = (
            f'{disposition}; filename="{ascii_name.replace(chr(34), "")}"; '
            f"filename*=UTF-8''{quote(name)}"
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
        response["Cache-Control"] = "private, no-store"
        return response
