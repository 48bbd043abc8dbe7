from rest_framework.pagination import PageNumberPagination

from caunoi.core.paging import ListPaginator


class StandardPagination(PageNumberPagination):
    django_paginator_class = ListPaginator  # kept totals, ids first (core/paging.py)
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
