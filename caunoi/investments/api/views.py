from caunoi.core.api.viewsets import BaseModelViewSet
from caunoi.investments import filters
from caunoi.investments.api.serializers import InvestmentProjectSerializer
from caunoi.investments.models import InvestmentProject


class InvestmentProjectViewSet(BaseModelViewSet):
    model = InvestmentProject
    serializer_class = InvestmentProjectSerializer
    filterset_class = filters.InvestmentProjectFilterSet
