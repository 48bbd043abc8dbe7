from django.urls import include, path

from caunoi.delegations.views import children, delegations, documents

app_name = "delegations"

urlpatterns = [
    path(
        "members/<int:pk>/erase-passport/",
        children.ErasePassportView.as_view(),
        name="delegationmember_erase_passport",
    ),
    path("members/", include(children.DelegationMemberViews.urls())),
    path("programme/", include(children.ProgrammeItemViews.urls())),
    path("outcomes/", include(children.DelegationOutcomeViews.urls())),
    path("follow-ups/", include(children.FollowUpTaskViews.urls())),
    path("<int:pk>/agenda/", documents.AgendaView.as_view(), name="delegation_agenda"),
    path("<int:pk>/agenda.docx", documents.AgendaDocxView.as_view(), name="delegation_agenda_docx"),
    path("<int:pk>/summary.docx", documents.TripSummaryView.as_view(), name="delegation_summary"),
    path(
        "<int:pk>/send-members/", documents.MemberTransferView.as_view(), name="delegation_transfer"
    ),
    path("", include(delegations.DelegationViews.urls())),
]
