"""The sectors of aid the city reports on (seed_facts: NGO aid targets), as lookup rows that
Coordinators may rename or extend later."""

from django.db import migrations

from caunoi.core.lookups import seed_rows

SECTORS = [
    ("health", "Y tế", "Health"),
    ("disease-prevention", "Phòng, chống dịch bệnh", "Disease prevention"),
    ("education", "Giáo dục", "Education"),
    ("climate-change", "Ứng phó với biến đổi khí hậu", "Climate change"),
    ("poverty-reduction", "Xóa đói, giảm nghèo", "Poverty reduction"),
    ("technology-transfer", "Chuyển giao công nghệ", "Technology transfer"),
    ("disaster-relief", "Cứu trợ thiên tai, thảm họa", "Disaster relief"),
    ("culture", "Văn hóa", "Culture"),
    ("other", "Lĩnh vực khác", "Other"),
]


add_sectors, remove_sectors = seed_rows("aid_projects", "AidSector", SECTORS)


class Migration(migrations.Migration):
    dependencies = [("aid_projects", "0001_initial")]

    operations = [migrations.RunPython(add_sectors, remove_sectors)]
