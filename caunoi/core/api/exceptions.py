"""API errors in the user's language, with the status codes clients expect."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from caunoi.core.models import ConcurrentEditError
from caunoi.core.money import MissingRate
from caunoi.core.workflow import TransitionNotAllowed


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "precondition_failed"


def conflict_body(exc: ConcurrentEditError) -> dict:
    return {
        "detail": _("Someone else saved this record after you read it. Nothing was changed."),
        "code": "conflict",
        "current_version": exc.current_version,
    }


def exception_handler(exc, context):
    if isinstance(exc, ConcurrentEditError):
        return Response(conflict_body(exc), status=status.HTTP_409_CONFLICT)
    if isinstance(exc, TransitionNotAllowed):
        return Response(
            {"detail": exc.message, "code": "transition_not_allowed", "status": exc.status},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, MissingRate):
        return Response(
            {
                "detail": exc.message,
                "code": "missing_rate",
                "currency": exc.currency,
                "quote_currency": exc.quote,
                "date": exc.day.isoformat(),
            },
            status=status.HTTP_422_UNPROCESSABLE_ENTITY,
        )
    if isinstance(exc, ProtectedError):
        return Response(
            {
                "detail": _("This record cannot be deleted while other records refer to it."),
                "code": "protected",
            },
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, DjangoValidationError):
        detail = (
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
        exc = ValidationError(detail)
    return drf_exception_handler(exc, context)
