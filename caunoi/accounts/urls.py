from django.contrib.auth import views as auth_views
from django.urls import include, path

from caunoi.accounts import views

app_name = "accounts"

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("profile/", views.profile, name="profile"),
    path("profile/token/", views.api_token, name="api_token"),
    path("units/", include(views.OrgUnitViews.urls())),
    path("users/", include(views.UserViews.urls())),
    path("users/<int:pk>/password/", views.UserSetPasswordView.as_view(), name="user_set_password"),
    path("memberships/", include(views.MembershipViews.urls())),
    path("roles/", include(views.RoleViews.urls())),
]
