"""The sectors of investment the city reports on, as lookup rows Coordinators may extend."""

from django.db import migrations

SECTORS = [
    ("manufacturing", "Công nghiệp chế biến, chế tạo", "Manufacturing"),
    ("real-estate", "Kinh doanh bất động sản", "Real estate"),
    ("ict", "Thông tin và truyền thông", "Information and communications"),
    ("wholesale-retail", "Bán buôn, bán lẻ", "Wholesale and retail trade"),
    (
        "science-technology",
        "Khoa học, công nghệ và dịch vụ chuyên môn",
        "Science, technology and professional services",
    ),
    ("finance", "Tài chính, ngân hàng, bảo hiểm", "Finance, banking and insurance"),
    ("education", "Giáo dục và đào tạo", "Education and training"),
    ("health", "Y tế", "Health"),
    ("hospitality", "Dịch vụ lưu trú và ăn uống", "Accommodation and food services"),
    ("transport-logistics", "Vận tải, kho bãi", "Transport and logistics"),
    ("agriculture", "Nông, lâm nghiệp và thủy sản", "Agriculture, forestry and fishing"),
    ("energy", "Sản xuất, phân phối điện, năng lượng", "Electricity and energy"),
    ("other", "Ngành khác", "Other"),
]


def add_sectors(apps, schema_editor):
    from caunoi.core.fold import fold

    InvestmentSector = apps.get_model("investments", "InvestmentSector")
    for slug, name, name_en in SECTORS:
        InvestmentSector.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "search_text": fold(f"{name} {name_en} {slug}"),
            },
        )


def remove_sectors(apps, schema_editor):
    apps.get_model("investments", "InvestmentSector").objects.filter(
        slug__in=[slug for slug, _name, _en in SECTORS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("investments", "0001_initial")]

    operations = [migrations.RunPython(add_sectors, remove_sectors)]
