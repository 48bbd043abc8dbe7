"""Demo investment projects 2019–2026 (marked "demo"): investors from the partner registry and
a few overseas-Vietnamese businesses, registered capital in the currency registered."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

from caunoi.accounts.models import OrgUnit
from caunoi.investments.models import InvestmentProject, InvestmentSector
from caunoi.partners.models import Country, Partner

DEMO_NOTE = "Dữ liệu minh họa (demo)."
# Overseas-Vietnamese businesses (kiều bào) the demo adds to the partner registry.
OVERSEAS_BUSINESSES = [
    ("Công ty TNHH Công nghệ Việt – Séc", "Viet–Czech Technology Co., Ltd.", "CZ"),
    ("Công ty CP Thực phẩm sạch Việt – Úc", "Viet–Australia Clean Food JSC", "AU"),
    ("Công ty TNHH Giáo dục Việt – Mỹ", "Viet–American Education Co., Ltd.", "US"),
    ("Công ty TNHH Dược phẩm Việt – Pháp", "Viet–France Pharmaceuticals Co., Ltd.", "FR"),
]
# (name, investor, sector, kind, capital, currency, registered on, location, ward, status)
PROJECTS = [
    (
        "Trung tâm thương mại tổng hợp phía Tây",
        "Tập đoàn AEON",
        "wholesale-retail",
        "new_project",
        D(190_000_000),
        "USD",
        "2019-04-15",
        "Hà Nội",
        "",
        "operating",
    ),
    (
        "Mở rộng nhà máy linh kiện thiết bị in",
        "Tập đoàn Canon",
        "manufacturing",
        "capital_increase",
        D(35_000_000),
        "USD",
        "2019-08-02",
        "Hà Nội",
        "",
        "operating",
    ),
    (
        "Trung tâm nghiên cứu và phát triển",
        "Tập đoàn Samsung Điện tử",
        "science-technology",
        "new_project",
        D(220_000_000),
        "USD",
        "2020-02-10",
        "Hà Nội",
        "",
        "operating",
    ),
    (
        "Khu phức hợp thương mại, khách sạn",
        "Tập đoàn Lotte",
        "hospitality",
        "new_project",
        D(642_000_000),
        "USD",
        "2020-09-18",
        "Quận Tây Hồ",
        "",
        "operating",
    ),
    (
        "Góp vốn vào công ty phát triển khu đô thị",
        "Tập đoàn Sumitomo",
        "real-estate",
        "capital_contribution",
        D(4_200_000_000),
        "JPY",
        "2021-03-05",
        "Hà Nội",
        "",
        "operating",
    ),
    (
        "Mua cổ phần dự án căn hộ dịch vụ",
        "Tập đoàn Capitaland",
        "real-estate",
        "capital_contribution",
        D(58_000_000),
        "SGD",
        "2021-11-22",
        "Quận Ba Đình",
        "",
        "operating",
    ),
    (
        "Trung tâm đào tạo và dịch vụ kỹ thuật hàng không",
        "Công ty Airbus",
        "education",
        "new_project",
        D(12_000_000),
        "EUR",
        "2022-06-20",
        "Hà Nội",
        "",
        "operating",
    ),
    (
        "Tăng vốn trung tâm nghiên cứu và phát triển",
        "Tập đoàn Samsung Điện tử",
        "science-technology",
        "capital_increase",
        D(100_000_000),
        "USD",
        "2023-03-14",
        "Hà Nội",
        "",
        "operating",
    ),
    (
        "Trung tâm dữ liệu và điện toán đám mây",
        "Tập đoàn Sumitomo",
        "ict",
        "new_project",
        D(150_000_000),
        "USD",
        "2023-11-28",
        "Hà Nội",
        "",
        "registered",
    ),
    (
        "Tăng vốn khu phức hợp thương mại, khách sạn",
        "Tập đoàn Lotte",
        "hospitality",
        "capital_increase",
        D(80_000_000),
        "USD",
        "2024-01-09",
        "Quận Tây Hồ",
        "",
        "operating",
    ),
    (
        "Trung tâm logistics lạnh",
        "Tập đoàn AEON",
        "transport-logistics",
        "new_project",
        D(45_000_000),
        "USD",
        "2024-10-03",
        "Hà Nội",
        "",
        "registered",
    ),
    (
        "Văn phòng làm việc và dịch vụ tài chính",
        "Tập đoàn Capitaland",
        "finance",
        "capital_contribution",
        D(30_000_000),
        "SGD",
        "2025-05-16",
        "",
        "p_badinh",
        "registered",
    ),
    (
        "Nhà máy thiết bị y tế",
        "Tập đoàn Canon",
        "health",
        "new_project",
        D(60_000_000),
        "USD",
        "2026-04-21",
        "Xã Bát Tràng",
        "x_battrang",
        "registered",
    ),
    (
        "Phần mềm quản lý đô thị thông minh",
        "Công ty TNHH Công nghệ Việt – Séc",
        "ict",
        "new_project",
        D(2_500_000),
        "USD",
        "2019-10-11",
        "",
        "",
        "operating",
    ),
    (
        "Chuỗi cửa hàng thực phẩm sạch",
        "Công ty CP Thực phẩm sạch Việt – Úc",
        "wholesale-retail",
        "new_project",
        D(35_000_000_000),
        "VND",
        "2021-06-08",
        "",
        "",
        "operating",
    ),
    (
        "Trường phổ thông song ngữ",
        "Công ty TNHH Giáo dục Việt – Mỹ",
        "education",
        "new_project",
        D(18_000_000),
        "USD",
        "2022-08-25",
        "Phường Tây Hồ",
        "",
        "operating",
    ),
    (
        "Nhà máy sản xuất dược phẩm",
        "Công ty TNHH Dược phẩm Việt – Pháp",
        "health",
        "new_project",
        D(9_500_000),
        "EUR",
        "2024-12-02",
        "",
        "x_battrang",
        "registered",
    ),
    (
        "Tăng vốn chuỗi cửa hàng thực phẩm sạch",
        "Công ty CP Thực phẩm sạch Việt – Úc",
        "wholesale-retail",
        "capital_increase",
        D(20_000_000_000),
        "VND",
        "2025-09-30",
        "",
        "",
        "registered",
    ),
    (
        "Nông nghiệp công nghệ cao ven đô",
        "Công ty TNHH Công nghệ Việt – Séc",
        "agriculture",
        "capital_contribution",
        D(1_200_000),
        "USD",
        "2026-03-12",
        "Xã Bát Tràng",
        "x_battrang",
        "registered",
    ),
]
WARDS = {"p_badinh": "Phường Ba Đình", "x_battrang": "Xã Bát Tràng"}


def _overseas_businesses(owner) -> None:
    for name, name_en, iso in OVERSEAS_BUSINESSES:
        if Partner.all_objects.filter(name=name).exists():
            continue
        Partner(
            kind="business",
            name=name,
            name_en=name_en,
            country=Country.objects.filter(iso=iso).first(),
            tags="demo, kiều bào",
            description=DEMO_NOTE + " Doanh nghiệp của người Việt Nam ở nước ngoài.",
            owner_unit=owner,
        ).save()


def load(stdout=None) -> dict:
    units = {u.acronym: u for u in OrgUnit.objects.exclude(acronym="")}
    wards = {key: OrgUnit.objects.filter(name=name).first() for key, name in WARDS.items()}
    finance, halovi = units["STC"], units["HALOVI"]
    _overseas_businesses(halovi)
    overseas = {name for name, _en, _iso in OVERSEAS_BUSINESSES}
    sectors = {s.slug: s for s in InvestmentSector.objects.all()}
    for name, investor, sector, kind, capital, currency, day, place, ward, status in PROJECTS:
        if InvestmentProject.all_objects.filter(name=name).exists():
            continue
        project = InvestmentProject(
            name=name,
            investor=Partner.objects.get(name=investor),
            overseas_vietnamese=investor in overseas,
            sector=sectors[sector],
            kind=kind,
            capital_amount=capital,
            capital_currency=currency,
            registered_on=datetime.date.fromisoformat(day),
            location=place,
            location_unit=wards.get(ward),
            status=status,
            owner_unit=halovi if investor in overseas else finance,
            description=DEMO_NOTE,
        )
        project.full_clean()
        project.save()
    if stdout is not None:
        stdout.write(f"  investment projects: {InvestmentProject.objects.count()}")
    return {}
