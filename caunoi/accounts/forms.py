from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm, SetPasswordForm
from django.utils.translation import gettext_lazy as _

from caunoi.accounts.models import Membership, OrgUnit, User
from caunoi.core.forms import BaseModelForm, style_widgets


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("Wrong user name or password. Both are case-sensitive."),
        "inactive": _("This account is disabled. Ask your administrator."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("User name")
        self.fields["password"].label = _("Password")
        style_widgets(self)


class OrgUnitForm(BaseModelForm):
    class Meta:
        model = OrgUnit
        fields = [
            "name",
            "name_en",
            "acronym",
            "kind",
            "parent",
            "valid_from",
            "valid_to",
            "successors",
            "description",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            below = OrgUnit.objects.subtree(self.instance).values("pk")
            self.fields["parent"].queryset = OrgUnit.objects.exclude(pk__in=below)
            self.fields["successors"].queryset = OrgUnit.objects.exclude(pk=self.instance.pk)


class UserForm(BaseModelForm):
    class Meta:
        model = User
        fields = ["username", "full_name", "email", "position", "phone", "language", "is_active"]


class UserCreateForm(UserForm):
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput, strip=False)
    password2 = forms.CharField(label=_("Password again"), widget=forms.PasswordInput, strip=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("The two passwords do not match."))
        elif cleaned.get("password1"):
            from django.contrib.auth.password_validation import validate_password

            candidate = User(username=cleaned.get("username"), email=cleaned.get("email"))
            try:
                validate_password(cleaned["password1"], candidate)
            except forms.ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_password(self.cleaned_data["password1"])
        if commit:
            user.save()
        return user


class MembershipForm(BaseModelForm):
    class Meta:
        model = Membership
        fields = ["user", "unit", "role", "include_descendants", "valid_from", "valid_to"]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("valid_from"), cleaned.get("valid_to")
        if start and end and end < start:
            self.add_error("valid_to", _("A membership cannot end before it begins."))
        return cleaned


class ProfileForm(BaseModelForm):
    class Meta:
        model = User
        fields = ["full_name", "email", "position", "phone", "language"]


class AdminSetPasswordForm(SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_widgets(self)
