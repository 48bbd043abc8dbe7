"""The sectors of investment the city reports on, as lookup rows Coordinators may extend."""

from django.db import migrations

from caunoi.core.lookups import seed_rows

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


add_sectors, remove_sectors = seed_rows("investments", "InvestmentSector", SECTORS)


class Migration(migrations.Migration):
    dependencies = [("investments", "0001_initial")]

    operations = [migrations.RunPython(add_sectors, remove_sectors)]
