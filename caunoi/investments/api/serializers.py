from caunoi.core.api.serializers import BaseModelSerializer
from caunoi.investments.models import InvestmentProject


class InvestmentProjectSerializer(BaseModelSerializer):
    class Meta:
        model = InvestmentProject
        fields = [
            "id",
            "display",
            "version",
            "name",
            "name_en",
            "investor",
            "country",
            "overseas_vietnamese",
            "sector",
            "kind",
            "capital_amount",
            "capital_currency",
            "registered_on",
            "certificate_number",
            "location",
            "location_unit",
            "status",
            "source",
            "owner_unit",
            "description",
            "created_at",
            "updated_at",
        ]
