"""Sign-in, profile and the administration of units, users, memberships and roles."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token

from caunoi.accounts import filters, forms, tables
from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.core.views import ModelViews, ObjectDetailView, ObjectEditView
from caunoi.core.views.pages import remember_language


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = forms.LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        # The interface follows the language the user chose last time.
        remember_language(response, form.get_user().language)
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:profile")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        from caunoi.core.forms import style_widgets

        style_widgets(form)
        return form

    def form_valid(self, form):
        messages.success(self.request, _("Your password was changed."))
        return super().form_valid(form)


@login_required
def profile(request):
    form = forms.ProfileForm(request.POST or None, instance=request.user, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile was saved."))
        response = redirect("accounts:profile")
        remember_language(response, user.language)
        return response
    token = Token.objects.filter(user=request.user).first()
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "token": token,
            "memberships": request.user.active_memberships,
            "new_token": request.session.pop("new_api_token", None),
        },
    )


@login_required
@require_POST
def api_token(request):
    """Create (or replace) the user's API token; the key is shown once."""
    with transaction.atomic():
        Token.objects.filter(user=request.user).delete()
        if request.POST.get("action") != "revoke":
            token = Token.objects.create(user=request.user)
            request.session["new_api_token"] = token.key
            messages.success(
                request, _("A new API token was created. Copy it now: it will not be shown again.")
            )
        else:
            messages.success(request, _("Your API token was revoked."))
    return redirect("accounts:profile")


class OrgUnitDetailView(ObjectDetailView):
    template_name = "accounts/orgunit_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        unit = self.object
        context["children"] = unit.children.all()
        context["successors"] = unit.successors.all()
        context["predecessors"] = unit.predecessors.all()
        if self.request.user.has_perm("accounts.view_membership"):
            context["unit_memberships"] = (
                Membership.objects.restrict(self.request.user)
                .filter(unit=unit)
                .select_related("user", "role")
            )
        return context


class OrgUnitViews(ModelViews):
    model = OrgUnit
    table_class = tables.OrgUnitTable
    filterset_class = filters.OrgUnitFilterSet
    form_class = forms.OrgUnitForm
    detail_view = OrgUnitDetailView
    detail_fields = [
        "name",
        "name_en",
        "acronym",
        "kind",
        "parent",
        "valid_from",
        "valid_to",
        "description",
    ]


class UserDetailView(ObjectDetailView):
    template_name = "accounts/user_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["user_memberships"] = self.object.memberships.select_related("unit", "role")
        return context


class UserViews(ModelViews):
    model = User
    table_class = tables.UserTable
    filterset_class = filters.UserFilterSet
    form_class = forms.UserForm
    add_form_class = forms.UserCreateForm
    detail_view = UserDetailView
    detail_fields = [
        "username",
        "full_name",
        "email",
        "position",
        "phone",
        "language",
        "is_active",
        "last_login",
        "date_joined",
    ]
    # Users are deactivated, never deleted: their history must keep its author.
    screens = ("list", "add", "detail", "edit", "changelog")


class UserSetPasswordView(ObjectEditView):
    model = User
    template_name = "accounts/user_set_password.html"

    def get(self, request, *args, **kwargs):
        target = self.get_object()
        form = forms.AdminSetPasswordForm(target)
        return self.render_to_response(self.get_context_data(form=form, object=target))

    def post(self, request, *args, **kwargs):
        target = self.get_object()
        form = forms.AdminSetPasswordForm(target, request.POST)
        if form.is_valid():
            form.save()
            messages.success(request, _("The password of %(user)s was set.") % {"user": target})
            return redirect(target.get_absolute_url())
        return self.render_to_response(self.get_context_data(form=form, object=target))


class MembershipViews(ModelViews):
    model = Membership
    table_class = tables.MembershipTable
    filterset_class = filters.MembershipFilterSet
    form_class = forms.MembershipForm


class RoleDetailView(ObjectDetailView):
    template_name = "accounts/role_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        grouped: dict[str, list] = {}
        for perm in self.object.permissions.select_related("content_type").order_by(
            "content_type__app_label", "codename"
        ):
            model = perm.content_type.model_class()
            label = str(model._meta.verbose_name_plural) if model else perm.content_type.model
            grouped.setdefault(label, []).append(permission_label(model, perm.codename))
        context["grouped_permissions"] = sorted(grouped.items())
        return context


def permission_label(model, codename: str) -> str:
    """A permission in the user's language: Django stores only English names."""
    custom = dict(model._meta.permissions) if model else {}
    if codename in custom:
        return str(custom[codename])
    action = codename.split("_", 1)[0]
    return str(ACTION_LABELS.get(action, codename))


ACTION_LABELS = {
    "view": pgettext_lazy("permission", "view"),
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
}


class RoleViews(ModelViews):
    model = Role
    table_class = tables.RoleTable
    filterset_class = filters.RoleFilterSet
    detail_view = RoleDetailView
    detail_fields = ["name", "name_en", "slug"]
    screens = ("list", "detail", "changelog")
