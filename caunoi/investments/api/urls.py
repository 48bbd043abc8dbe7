from caunoi.investments.api.views import InvestmentProjectViewSet


def register(router) -> None:
    router.register("investments", InvestmentProjectViewSet, basename="investmentproject")
