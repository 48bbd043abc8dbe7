"""The fields of cooperation named in the domain brief, as lookup rows Coordinators may extend."""

from django.db import migrations

from caunoi.core.lookups import seed_rows

FIELDS = [
    ("hi-tech-agriculture", "Nông nghiệp công nghệ cao", "Hi-tech agriculture"),
    ("urban-management", "Quản lý đô thị", "Urban management"),
    ("education", "Giáo dục, đào tạo", "Education and training"),
    ("health", "Y tế", "Health"),
    ("culture", "Văn hóa", "Culture"),
    ("tourism", "Du lịch", "Tourism"),
    ("environment-climate", "Môi trường và biến đổi khí hậu", "Environment and climate"),
    ("digital-transformation", "Chuyển đổi số", "Digital transformation"),
    ("trade-investment", "Thương mại, đầu tư", "Trade and investment"),
    ("people-to-people", "Giao lưu nhân dân", "People-to-people exchange"),
    ("other", "Lĩnh vực khác", "Other"),
]

add_fields, remove_fields = seed_rows("agreements", "CooperationField", FIELDS)


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]

    operations = [migrations.RunPython(add_fields, remove_fields)]
