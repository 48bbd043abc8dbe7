"""Importing investment projects from Excel or CSV (the investment office's list of
registrations). A row with the name and investor of an existing project updates it; all or
nothing."""

from __future__ import annotations

from caunoi.core.imports import Column, ImportSpec, ModelLookup, NumberParser
from caunoi.indicators.models import Source
from caunoi.investments.models import InvestmentProject
from caunoi.partners.models import Country


class InvestmentProjectImport(ImportSpec):
    """Investment projects; the natural key is the name and the investor."""

    model = InvestmentProject
    natural_key = ("name", "investor")
    columns = [
        Column("name", aliases=("Tên dự án", "Project")),
        Column("name_en", aliases=("Tên tiếng Anh",)),
        Column(
            "investor",
            aliases=("Nhà đầu tư", "Investor"),
            lookup=ModelLookup(keys=("acronym", "name", "name_en", "name_native")),
            example="Tập đoàn AEON",
        ),
        Column(
            "country",
            aliases=("Quốc gia", "Nước", "Country"),
            lookup=ModelLookup(Country, keys=("iso", "name", "name_en")),
            example="JP",
        ),
        Column("overseas_vietnamese", aliases=("Kiều bào",), required=False),
        Column("sector", aliases=("Ngành", "Lĩnh vực")),
        Column("kind", aliases=("Hình thức đầu tư",), required=False),
        Column(
            "capital_amount",
            aliases=("Vốn đăng ký", "Vốn"),
            parser=NumberParser(),
            example="25000000",
        ),
        Column("capital_currency", aliases=("Loại tiền", "Tiền tệ"), required=False, example="USD"),
        Column("registered_on", aliases=("Ngày cấp", "Ngày đăng ký"), example="15/03/2024"),
        Column("certificate_number", aliases=("Số giấy chứng nhận",)),
        Column("location", aliases=("Địa điểm", "Địa chỉ")),
        Column("location_unit", aliases=("Xã, phường",)),
        Column("status", aliases=("Tình trạng",), required=False),
        Column("source", aliases=("Nguồn",), lookup=ModelLookup(Source, keys=("code", "title"))),
        Column("owner_unit", aliases=("Đơn vị", "Đơn vị quản lý")),
    ]
