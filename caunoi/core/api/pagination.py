from rest_framework.pagination import PageNumberPagination

from caunoi.core.counting import CachedCountPaginator


class StandardPagination(PageNumberPagination):
    django_paginator_class = CachedCountPaginator  # the total, kept 30 s (core/counting.py)
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
