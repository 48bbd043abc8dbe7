"""The sectors of aid the city reports on (seed_facts: NGO aid targets), as lookup rows that
Coordinators may rename or extend later."""

from django.db import migrations

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


def add_sectors(apps, schema_editor):
    from caunoi.core.fold import fold

    AidSector = apps.get_model("aid_projects", "AidSector")
    for slug, name, name_en in SECTORS:
        AidSector.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "search_text": fold(f"{name} {name_en} {slug}"),
            },
        )


def remove_sectors(apps, schema_editor):
    apps.get_model("aid_projects", "AidSector").objects.filter(
        slug__in=[slug for slug, _name, _en in SECTORS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("aid_projects", "0001_initial")]

    operations = [migrations.RunPython(add_sectors, remove_sectors)]
