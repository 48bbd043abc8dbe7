"""Demo data for accounts: Hà Nội's real unit tree and one user per persona.

Idempotent: units are matched by Vietnamese name, users by user name. Demo only — production has
no default users.
"""

from __future__ import annotations

import datetime

from caunoi.accounts.choices import UnitKind as K
from caunoi.accounts.models import Membership, OrgUnit, Role, User
from caunoi.accounts.roles import sync_roles

REFORM_DAY = datetime.date(2025, 7, 1)  # districts abolished, 126 communes and wards
LAST_DISTRICT_DAY = datetime.date(2025, 6, 30)

# (key, name, English name, acronym, kind, parent key, extra)
UNITS = [
    ("thanhuy", "Thành ủy Hà Nội", "Hà Nội Party Committee", "TU", K.CITY_LEADERSHIP, None),
    (
        "hdnd",
        "Hội đồng nhân dân thành phố Hà Nội",
        "Hà Nội People's Council",
        "HĐND",
        K.CITY_LEADERSHIP,
        None,
    ),
    (
        "ubnd",
        "Ủy ban nhân dân thành phố Hà Nội",
        "Hà Nội People's Committee",
        "UBND",
        K.CITY_LEADERSHIP,
        None,
    ),
    (
        "songoaivu",
        "Sở Ngoại vụ Hà Nội",
        "Hà Nội Department of Foreign Affairs",
        "SNgV",
        K.DEPARTMENT,
        "ubnd",
    ),
    (
        "sotaichinh",
        "Sở Tài chính Hà Nội",
        "Hà Nội Department of Finance",
        "STC",
        K.DEPARTMENT,
        "ubnd",
    ),
    ("sodulich", "Sở Du lịch Hà Nội", "Hà Nội Department of Tourism", "SDL", K.DEPARTMENT, "ubnd"),
    (
        "sovanhoa",
        "Sở Văn hóa và Thể thao Hà Nội",
        "Hà Nội Department of Culture and Sports",
        "SVHTT",
        K.DEPARTMENT,
        "ubnd",
    ),
    (
        "sogiaoduc",
        "Sở Giáo dục và Đào tạo Hà Nội",
        "Hà Nội Department of Education and Training",
        "SGDĐT",
        K.DEPARTMENT,
        "ubnd",
    ),
    (
        "socongthuong",
        "Sở Công Thương Hà Nội",
        "Hà Nội Department of Industry and Trade",
        "SCT",
        K.DEPARTMENT,
        "ubnd",
    ),
    (
        "mttq",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội",
        "Viet Nam Fatherland Front Committee of Hà Nội",
        "MTTQ",
        K.FATHERLAND_FRONT,
        None,
    ),
    (
        "phunu",
        "Hội Liên hiệp Phụ nữ thành phố Hà Nội",
        "Hà Nội Women's Union",
        "HLHPN",
        K.SOCIO_POLITICAL,
        "mttq",
    ),
    (
        "nongdan",
        "Hội Nông dân thành phố Hà Nội",
        "Hà Nội Farmers' Association",
        "HND",
        K.SOCIO_POLITICAL,
        "mttq",
    ),
    (
        "laodong",
        "Liên đoàn Lao động thành phố Hà Nội",
        "Hà Nội Federation of Labour",
        "LĐLĐ",
        K.SOCIO_POLITICAL,
        "mttq",
    ),
    (
        "cuuchienbinh",
        "Hội Cựu chiến binh thành phố Hà Nội",
        "Hà Nội Veterans' Association",
        "HCCB",
        K.SOCIO_POLITICAL,
        "mttq",
    ),
    ("thanhdoan", "Thành đoàn Hà Nội", "Hà Nội Youth Union", "TĐ", K.SOCIO_POLITICAL, "mttq"),
    (
        "haufo",
        "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
        "Hà Nội Union of Friendship Organisations",
        "HAUFO",
        K.FRIENDSHIP_UNION,
        "mttq",
    ),
    (
        "halovi",
        "Hội liên lạc với người Việt Nam ở nước ngoài thành phố Hà Nội",
        "Hà Nội Association for Liaison with Overseas Vietnamese",
        "HALOVI",
        K.OVERSEAS_LIAISON,
        "mttq",
    ),
]

FRIENDSHIP = [
    ("hh_lao", "Lào", "Laos"),
    ("hh_campuchia", "Campuchia", "Cambodia"),
    ("hh_trungquoc", "Trung Quốc", "China"),
    ("hh_cuba", "Cuba", "Cuba"),
    ("hh_nhatban", "Nhật Bản", "Japan"),
    ("hh_hanquoc", "Hàn Quốc", "Korea"),
    ("hh_phap", "Pháp", "France"),
    ("hh_ando", "Ấn Độ", "India"),
]

WARDS = [
    ("p_hoankiem", "Phường Hoàn Kiếm", "Hoàn Kiếm Ward"),
    ("p_cuanam", "Phường Cửa Nam", "Cửa Nam Ward"),
    ("p_badinh", "Phường Ba Đình", "Ba Đình Ward"),
    ("p_ngocha", "Phường Ngọc Hà", "Ngọc Hà Ward"),
    ("p_giangvo", "Phường Giảng Võ", "Giảng Võ Ward"),
    ("p_tayho", "Phường Tây Hồ", "Tây Hồ Ward"),
    ("x_battrang", "Xã Bát Tràng", "Bát Tràng Commune"),
]

DISTRICTS = [  # (key, name, English, successors)
    ("q_hoankiem", "Quận Hoàn Kiếm", "Hoàn Kiếm District", ["p_hoankiem", "p_cuanam"]),
    ("q_badinh", "Quận Ba Đình", "Ba Đình District", ["p_badinh", "p_ngocha", "p_giangvo"]),
]

# (username, full name, position, unit key, role slug, include units below)
PERSONAS = [
    ("officer", "Nguyễn Thị Lan", "Chuyên viên Ban Đối ngoại", "haufo", "officer", True),
    ("approver", "Trần Văn Hùng", "Phó Chủ tịch Liên hiệp", "haufo", "approver", True),
    ("ward_officer", "Lê Minh Tuấn", "Công chức Văn phòng", "p_hoankiem", "officer", False),
    (
        "coordinator",
        "Phạm Thu Hà",
        "Trưởng phòng Hợp tác quốc tế",
        "songoaivu",
        "coordinator",
        False,
    ),
    ("auditor", "Đỗ Quang Minh", "Thanh tra viên", "ubnd", "auditor", True),
    ("admin", "Quản trị hệ thống", "Quản trị hệ thống", "songoaivu", "administrator", True),
]
DEMO_PASSWORD = "CauNoi@2026"  # noqa: S105 - demo data only, printed on purpose


def _unit(units, key, name, name_en, acronym, kind, parent_key, **extra):
    unit = OrgUnit.objects.filter(name=name).first() or OrgUnit(name=name)
    unit.name_en, unit.acronym, unit.kind = name_en, acronym, kind
    unit.parent = units.get(parent_key)
    for field, value in extra.items():
        setattr(unit, field, value)
    unit.save()
    units[key] = unit
    return unit


def load(stdout=None) -> dict:
    sync_roles()
    units: dict[str, OrgUnit] = {}
    for key, name, name_en, acronym, kind, parent in UNITS:
        _unit(units, key, name, name_en, acronym, kind, parent)
    for key, vi, en in FRIENDSHIP:
        _unit(
            units,
            key,
            f"Hội hữu nghị Việt Nam – {vi} thành phố Hà Nội",
            f"Hà Nội Viet Nam – {en} Friendship Association",
            "",
            K.FRIENDSHIP_ASSOCIATION,
            "haufo",
        )
    for key, name, name_en in WARDS:
        _unit(units, key, name, name_en, "", K.COMMUNE_WARD, "ubnd", valid_from=REFORM_DAY)
    for key, name, name_en, successors in DISTRICTS:
        district = _unit(
            units, key, name, name_en, "", K.DISTRICT, "ubnd", valid_to=LAST_DISTRICT_DAY
        )
        district.successors.set([units[s] for s in successors])
    roles = {role.slug: role for role in Role.objects.all()}
    logins = []
    for username, full_name, position, unit_key, role_slug, below in PERSONAS:
        user = User.objects.filter(username=username).first() or User(username=username)
        user.full_name, user.position = full_name, position
        user.email = f"{username}@demo.caunoi.invalid"
        if not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
        user.save()
        Membership.objects.get_or_create(
            user=user,
            unit=units[unit_key],
            role=roles[role_slug],
            defaults={"include_descendants": below},
        )
        logins.append(
            (username, DEMO_PASSWORD, str(roles[role_slug].name_en), units[unit_key].name)
        )
    if stdout is not None:
        stdout.write(f"  units: {OrgUnit.objects.count()}, users: {User.objects.count()}")
    return {"units": units, "logins": logins}
