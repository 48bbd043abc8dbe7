"""The tables behind the staff demo (see ``demo.py``): who works where, which languages,
which courses. Invented people (the seeds name none); course titles follow what Hà Nội runs."""

from __future__ import annotations

import datetime

D = datetime.date

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Phan",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trịnh",
    "Mai",
    "Lương",
    "Cao",
    "Tạ",
]
WOMEN = [
    "Thị Hương",
    "Thu Trang",
    "Thị Mai",
    "Ngọc Anh",
    "Thị Hồng",
    "Thanh Huyền",
    "Phương Thảo",
    "Thị Ngọc",
    "Minh Châu",
    "Thu Hằng",
    "Hải Yến",
    "Lan Anh",
    "Diệu Linh",
    "Bích Ngọc",
    "Thị Thanh",
]
MEN = [
    "Văn An",
    "Đức Anh",
    "Quang Huy",
    "Minh Khoa",
    "Văn Nam",
    "Hữu Phúc",
    "Tuấn Kiệt",
    "Mạnh Cường",
    "Thanh Tùng",
    "Xuân Trường",
    "Đình Hải",
    "Công Thành",
    "Ngọc Sơn",
    "Duy Khánh",
    "Trọng Hiếu",
]

# Unit key (caunoi/accounts/demo.py): (people, of whom full-time, languages per person, trained).
# A language is "code:level" on the CEFR (1 = A1 … 6 = C2) or "code:vnN" on the Vietnamese
# six-level framework; "" is nobody's foreign language. "trained" False leaves the unit without
# a course in the last 24 months, so the coverage screens show the gap.
PROFILES: dict[str, tuple[int, int, list[str], bool]] = {
    "thanhuy": (4, 2, ["en:5", "ru:4", "zh:3", ""], True),
    "hdnd": (3, 1, ["en:4", "", "fr:3"], True),
    "ubnd": (5, 2, ["en:5", "fr:4", "en:vn4", "zh:4", ""], True),
    "songoaivu": (6, 4, ["en:6", "fr:5", "zh:5", "ja:4", "en:5", "ru:4"], True),
    "sotaichinh": (3, 0, ["en:3", "", ""], False),
    "sodulich": (4, 1, ["en:5", "ko:4", "fr:3", ""], True),
    "sovanhoa": (4, 1, ["fr:4", "en:vn4", "", "zh:3"], True),
    "sogiaoduc": (4, 1, ["en:5", "ja:3", "", "en:4"], True),
    "socongthuong": (4, 1, ["en:5", "zh:4", "ko:3", ""], True),
    "mttq": (5, 2, ["en:4", "fr:4", "", "zh:3", "lo:4"], True),
    "phunu": (4, 1, ["en:4", "", "", "fr:3"], True),
    "nongdan": (3, 0, ["en:3", "", ""], False),
    "laodong": (3, 0, ["en:4", "ru:3", ""], True),
    "cuuchienbinh": (3, 0, ["ru:4", "", ""], False),
    "thanhdoan": (5, 1, ["en:5", "en:4", "ko:4", "ja:vn4", ""], True),
    "haufo": (6, 2, ["en:5", "fr:4", "ru:4", "zh:4", "lo:5", ""], True),
    "halovi": (4, 1, ["en:5", "fr:4", "", "en:3"], True),
    "hh_lao": (4, 1, ["lo:6", "lo:vn5", "en:3", ""], True),
    "hh_campuchia": (3, 0, ["km:4", "", "en:3"], False),
    "hh_trungquoc": (4, 1, ["zh:vn5", "zh:4", "en:4", ""], True),
    "hh_cuba": (3, 0, ["es:4", "", ""], False),
    "hh_nhatban": (4, 1, ["ja:5", "ja:vn4", "en:4", ""], True),
    "hh_hanquoc": (3, 0, ["ko:4", "en:3", ""], True),
    "hh_phap": (4, 1, ["fr:6", "fr:4", "en:4", ""], True),
    "hh_ando": (3, 0, ["en:5", "hi:3", ""], True),
    "p_hoankiem": (3, 0, ["en:3", "", ""], True),
    "p_cuanam": (3, 0, ["", "fr:3", ""], False),
    "p_badinh": (3, 0, ["en:4", "", ""], False),
    "p_ngocha": (3, 0, ["", "", ""], False),
    "p_giangvo": (3, 0, ["en:3", "", ""], True),
    "p_tayho": (4, 0, ["en:4", "fr:3", "ko:3", ""], True),
    "x_battrang": (3, 0, ["en:3", "ja:3", ""], True),
}

# People of the districts dissolved on 30/06/2025, moved to the wards that replaced them on
# 01/07/2025: (district key, ward key, full name, languages). Coverage on a date before the reform
# counts them in the district, after it in the ward; their training follows them.
MOVED = [
    ("q_hoankiem", "p_hoankiem", "Lê Minh Tuấn", ["en:4"]),
    ("q_hoankiem", "p_cuanam", "Vũ Thị Thanh Nga", ["fr:4"]),
    ("q_badinh", "p_badinh", "Đặng Quốc Việt", [""]),
    ("q_badinh", "p_ngocha", "Hoàng Thị Minh Phương", ["en:3"]),
]

# Demo users linked to a staff record: user name → (unit key, full-time).
LINKED_USERS = {
    "officer": ("haufo", True),
    "approver": ("haufo", False),
    "coordinator": ("songoaivu", True),
    # ward_officer (Lê Minh Tuấn) is one of the people in MOVED.
}

POSITIONS = {
    "department": ["Chuyên viên Phòng Hợp tác quốc tế", "Phó Trưởng phòng", "Chuyên viên"],
    "friendship_association": [
        "Phó Chủ tịch kiêm Tổng Thư ký Hội",
        "Ủy viên Ban Chấp hành",
        "Hội viên",
    ],
    "commune_ward": ["Công chức Văn hóa – Xã hội", "Phó Chủ tịch UBND", "Công chức Văn phòng"],
    "district": ["Chuyên viên Phòng Nội vụ", "Chuyên viên Văn phòng HĐND và UBND"],
    "other": ["Chuyên viên Ban Đối ngoại", "Phó Trưởng ban Đối ngoại", "Chuyên viên Văn phòng"],
}

# (title, English title, topic, organiser, start, end, mode, hours, owning unit key)
COURSES = [
    (
        "Bồi dưỡng kiến thức, kỹ năng đối ngoại nhân dân năm 2023",
        "People-to-people diplomacy knowledge and skills, 2023",
        "foreign_affairs_skills",
        "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
        D(2023, 6, 12),
        D(2023, 6, 16),
        "in_person",
        32,
        "haufo",
    ),
    (
        "Lễ tân đối ngoại",
        "Diplomatic protocol",
        "protocol",
        "Sở Ngoại vụ Hà Nội",
        D(2023, 10, 9),
        D(2023, 10, 11),
        "in_person",
        16,
        "songoaivu",
    ),
    (
        "Tiếng Anh giao tiếp đối ngoại",
        "English for foreign-affairs communication",
        "languages",
        "Sở Ngoại vụ Hà Nội",
        D(2024, 3, 4),
        D(2024, 6, 28),
        "hybrid",
        120,
        "songoaivu",
    ),
    (
        "Thông tin đối ngoại và truyền thông trên không gian mạng",
        "Foreign information work and online communication",
        "information",
        "Sở Ngoại vụ Hà Nội",
        D(2024, 8, 20),
        D(2024, 8, 21),
        "online",
        12,
        "songoaivu",
    ),
    (
        "Nghiên cứu, phân tích và dự báo tình hình quốc tế",
        "Research, analysis and forecasting of international affairs",
        "research",
        "Học viện Ngoại giao",
        D(2024, 11, 11),
        D(2024, 11, 14),
        "in_person",
        24,
        "songoaivu",
    ),
    (
        "Bồi dưỡng kiến thức, kỹ năng đối ngoại nhân dân năm 2025",
        "People-to-people diplomacy knowledge and skills, 2025",
        "foreign_affairs_skills",
        "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
        D(2025, 5, 19),
        D(2025, 5, 23),
        "in_person",
        32,
        "haufo",
    ),
    (
        "Lễ tân đối ngoại và tổ chức đón tiếp đoàn quốc tế",
        "Protocol and receiving foreign delegations",
        "protocol",
        "Sở Ngoại vụ Hà Nội",
        D(2025, 9, 15),
        D(2025, 9, 17),
        "in_person",
        16,
        "songoaivu",
    ),
    (
        "Kỹ năng giao tiếp, thuyết trình trong hoạt động đối ngoại",
        "Communication and presentation in foreign affairs",
        "communication",
        "Học viện Ngoại giao",
        D(2025, 12, 8),
        D(2025, 12, 10),
        "online",
        12,
        "songoaivu",
    ),
    (
        "Tiếng Lào giao tiếp cho cán bộ đối ngoại",
        "Lao for foreign-affairs staff",
        "languages",
        "Hội hữu nghị Việt Nam – Lào thành phố Hà Nội",
        D(2026, 3, 2),
        D(2026, 5, 29),
        "in_person",
        90,
        "haufo",
    ),
    (
        "Bồi dưỡng kiến thức, kỹ năng đối ngoại nhân dân năm 2026",
        "People-to-people diplomacy knowledge and skills, 2026",
        "foreign_affairs_skills",
        "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
        D(2026, 10, 19),
        D(2026, 10, 23),
        "in_person",
        32,
        "haufo",
    ),
]

# Yearly plans: (unit key, year, [(topic, course index or None, target people)]).
PLANS = [
    (
        "haufo",
        2025,
        [("foreign_affairs_skills", 5, 8), ("protocol", None, 3), ("languages", None, 4)],
    ),
    (
        "haufo",
        2026,
        [("foreign_affairs_skills", 9, 10), ("languages", 8, 4), ("research", None, 2)],
    ),
    ("songoaivu", 2026, [("communication", None, 4), ("protocol", None, 3)]),
    ("hh_lao", 2026, [("languages", 8, 3), ("foreign_affairs_skills", None, 2)]),
    ("p_hoankiem", 2026, [("foreign_affairs_skills", None, 2), ("languages", None, 1)]),
]
