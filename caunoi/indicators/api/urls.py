from caunoi.indicators.api.views import IndicatorValueViewSet, IndicatorViewSet, SourceViewSet


def register(router) -> None:
    router.register("indicators", IndicatorViewSet, basename="indicator")
    router.register("indicator-values", IndicatorValueViewSet, basename="indicatorvalue")
    router.register("indicator-sources", SourceViewSet, basename="indicatorsource")
