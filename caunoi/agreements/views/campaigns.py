"""Review campaigns (open, follow per unit, close) and the attention page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from caunoi.agreements import attention, campaigns, filters, tables, workflow
from caunoi.agreements.models import Agreement, ReviewCampaign
from caunoi.core.forms import may_record
from caunoi.core.views import ModelViews, ObjectDetailView
from caunoi.core.views.mixins import ScopedObjectMixin


class ReviewCampaignDetailView(ObjectDetailView):
    """Progress per unit for everyone; the list of agreements for the units the reader sees,
    each with its latest review in the campaign or a button to add one."""

    template_name = "agreements/reviewcampaign_detail.html"

    def get_context_data(self, **kwargs):
        from caunoi.agreements.models import Review

        context = super().get_context_data(**kwargs)
        campaign, user = self.object, self.request.user
        visible = Agreement.objects.restrict(user).values("pk")
        rows = list(campaigns.entries(campaign).filter(agreement__in=visible))
        for row in rows:
            row.may_review = (
                campaign.is_open
                and not row.reviewed
                and may_record(user, Review, "add", row.agreement.owner_unit_id)
            )
        context.update(
            progress=campaigns.progress(campaign),
            rows=rows,
            may_close=campaign.is_open
            and user.has_perm(workflow.COORDINATE)
            and user.has_perm("agreements.change_reviewcampaign", campaign),
        )
        all_progress = context["progress"]
        done = sum(p.reviewed for p in all_progress)
        total = sum(p.total for p in all_progress)
        context.update(done=done, total=total, percent=round(100 * done / total) if total else 100)
        return context


class ReviewCampaignViews(ModelViews):
    model = ReviewCampaign
    table_class = tables.ReviewCampaignTable
    filterset_class = filters.ReviewCampaignFilterSet
    detail_view = ReviewCampaignDetailView
    screens = ("list", "detail", "changelog")


class CampaignOpenView(LoginRequiredMixin, View):
    """A coordinator opens a campaign over every agreement in force today."""

    template_name = "agreements/campaign_open.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm(workflow.COORDINATE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        from caunoi.agreements.forms import CampaignOpenForm

        year = timezone.localdate().year
        form = CampaignOpenForm(
            initial={"name": _("Review of agreements in force, %(year)s") % {"year": year}}
        )
        return render(request, self.template_name, self._context(form))

    def _context(self, form):
        from caunoi.agreements.choices import AgreementStatus

        count = Agreement.objects.filter(status=AgreementStatus.IN_FORCE).count()
        return {"form": form, "count": count, "opts": ReviewCampaign._meta}

    def post(self, request, *args, **kwargs):
        from caunoi.agreements.forms import CampaignOpenForm

        form = CampaignOpenForm(request.POST)
        if form.is_valid():
            try:
                campaign = campaigns.open_campaign(
                    name=form.cleaned_data["name"],
                    due_on=form.cleaned_data["due_on"],
                    description=form.cleaned_data["description"],
                    acting_user=request.user,
                )
            except ValidationError as exc:
                for field, errors in getattr(exc, "message_dict", {None: exc.messages}).items():
                    for error in errors:
                        form.add_error(field if field in form.fields else None, error)
            else:
                messages.success(request, _("Opened: %(name)s") % {"name": campaign.name})
                return redirect(campaign.get_absolute_url())
        return render(request, self.template_name, self._context(form))


class CampaignCloseView(ScopedObjectMixin, View):
    model = ReviewCampaign
    action = "change"
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        campaign = self.get_object()
        try:
            campaign = campaigns.close_campaign(campaign, acting_user=request.user)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Closed: %(name)s") % {"name": campaign.name})
        return redirect(campaign.get_absolute_url())


class AttentionView(LoginRequiredMixin, TemplateView):
    """Everything the reader's units should act on, rule by rule (ADR 0017)."""

    template_name = "agreements/attention.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm("agreements.view_agreement"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        found = attention.collect(self.request.user, today)
        context.update(
            found=found,
            today=today,
            bands=[(band, found.expiring.get(band, [])) for band in attention.BANDS],
            to_review=campaigns.to_review(self.request.user),
        )
        return context
