app_name = "aid_projects"

urlpatterns: list = []
