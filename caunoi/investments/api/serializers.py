from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.investments.forms import PROJECT_FIELDS
from caunoi.investments.models import InvestmentProject


class InvestmentProjectSerializer(BaseModelSerializer):
    class Meta:
        model = InvestmentProject
        fields = ["id", "display", "version", *PROJECT_FIELDS, "created_at", "updated_at"]
