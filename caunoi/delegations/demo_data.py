"""Demo facts for delegations: the ones implied by ../shared/data/seed_facts.yaml, and the
patterns of the generated ones.

Seed tuple: (key, direction, level, title, English title, start, end, mode, unit key,
partner names, country ISO codes, cities, purpose, status, head (name, position), outcomes,
source). Days are illustrative where the source gives only a month or a year.
"""

import datetime

D = datetime.date

SEED_DELEGATIONS = [
    (
        "ostrobothnia-2021",
        "inbound",
        "city",
        "Họp trực tuyến lãnh đạo UBND Thành phố với Hội đồng vùng Nam Ostrobothnia",
        "Online meeting of the City People's Committee leaders with the South Ostrobothnia "
        "Regional Council",
        D(2021, 6, 15),
        D(2021, 6, 15),
        "online",
        "songoaivu",
        ["Vùng Nam Ostrobothnia"],
        ["FI"],
        "Seinäjoki",
        "Trao đổi hợp tác giữa hai địa phương; cảm ơn sự hỗ trợ phòng, chống Covid-19.",
        "completed",
        ("Chu Ngọc Anh", "Chủ tịch UBND Thành phố"),
        [("commitment", "Hai bên duy trì trao đổi trực tuyến định kỳ về giáo dục và môi trường")],
        "dofa_2021",
    ),
    (
        "france-2023",
        "outbound",
        "city",
        "Đoàn công tác xúc tiến đầu tư, thương mại của thành phố Hà Nội tại Pháp",
        "Hà Nội investment and trade promotion mission to France",
        D(2023, 8, 21),
        D(2023, 8, 26),
        "in_person",
        "socongthuong",
        ["Thủ đô Pa-ri"],
        ["FR"],
        "Paris",
        "Tổ chức Hội nghị xúc tiến đầu tư, thương mại tại Pháp; làm việc với doanh nghiệp Pháp.",
        "closed",
        ("Trần Sỹ Thanh", "Chủ tịch UBND Thành phố"),
        [("result", "Tổ chức thành công Hội nghị xúc tiến đầu tư, thương mại tại Pháp")],
        "hnm_2024",
    ),
    (
        "china-2023",
        "outbound",
        "city",
        "Đoàn công tác xúc tiến đầu tư của thành phố Hà Nội tại Trung Quốc",
        "Hà Nội investment promotion mission to China",
        D(2023, 9, 11),
        D(2023, 9, 15),
        "in_person",
        "socongthuong",
        ["Thủ đô Bắc Kinh", "Thành phố Quảng Châu"],
        ["CN"],
        "Bắc Kinh, Quảng Châu",
        "Tổ chức Hội nghị xúc tiến đầu tư Hà Nội tại Trung Quốc; thúc đẩy hợp tác địa phương.",
        "closed",
        ("Trần Sỹ Thanh", "Chủ tịch UBND Thành phố"),
        [("agreement", "Văn bản hợp tác mới với Thành phố Quảng Châu (2023–2024)")],
        "hnm_2024",
    ),
    (
        "fukuoka-2023",
        "outbound",
        "city",
        "Đoàn công tác tham dự Lễ hội Việt Nam – Hà Nội 2023 tại Fukuoka và tọa đàm xúc tiến "
        "đầu tư với Khu vực Kyushu",
        "Delegation to the Viet Nam – Hà Nội Festival 2023 in Fukuoka and the Kyushu investment "
        "seminar",
        D(2023, 11, 6),
        D(2023, 11, 11),
        "in_person",
        "sovanhoa",
        ["Thành phố Fukuoka", "Khu vực Kyushu"],
        ["JP"],
        "Fukuoka",
        "Quảng bá văn hóa, du lịch Hà Nội; tọa đàm xúc tiến đầu tư Hà Nội – Khu vực Kyushu.",
        "closed",
        ("Nguyễn Văn Phong", "Phó Bí thư Thành ủy"),
        [
            ("result", "Lễ hội Việt Nam – Hà Nội 2023 tại Fukuoka thu hút đông đảo người dân"),
            ("commitment", "Doanh nghiệp Kyushu khảo sát cơ hội đầu tư tại Hà Nội năm 2024"),
        ],
        "hnm_2024",
    ),
    (
        "vientiane-2023",
        "inbound",
        "city",
        "Đoàn đại biểu cấp cao Thủ đô Viêng Chăn thăm và làm việc tại Hà Nội",
        "High-level delegation of Vientiane Capital visits Hà Nội",
        D(2023, 12, 12),
        D(2023, 12, 14),
        "in_person",
        "songoaivu",
        ["Thủ đô Viêng Chăn"],
        ["LA"],
        "Viêng Chăn",
        "Tổng kết hợp tác giữa hai Thủ đô; thống nhất kế hoạch hợp tác giai đoạn tiếp theo.",
        "completed",
        ("Atsaphangthong Siphandone", "Tỉnh trưởng Thủ đô Viêng Chăn"),
        [("agreement", "Biên bản thỏa thuận hợp tác giữa Thủ đô Hà Nội và Thủ đô Viêng Chăn")],
        "dofa_2021",
    ),
    (
        "vientiane-2027",
        "outbound",
        "unit",
        "Đoàn Liên hiệp các tổ chức hữu nghị thành phố Hà Nội thăm Thủ đô Viêng Chăn",
        "Hà Nội Union of Friendship Organisations visits Vientiane Capital",
        D(2027, 1, 12),
        D(2027, 1, 16),
        "in_person",
        "haufo",
        ["Thủ đô Viêng Chăn"],
        ["LA"],
        "Viêng Chăn",
        "Giao lưu hữu nghị nhân dân; trao quà hỗ trợ học sinh khó khăn.",
        "submitted",
        ("Trần Văn Hùng", "Phó Chủ tịch Liên hiệp"),
        [],
        "illustrative",
    ),
]

# (title pattern, English pattern, level, mode): {p} partner, {c} country.
INBOUND_PATTERNS = [
    ("Đoàn {p} chào xã giao lãnh đạo Thành phố", "{p} delegation calls on the city leaders",
     "city", "in_person"),
    ("Đoàn {p} thăm và làm việc tại Hà Nội", "{p} delegation visits Hà Nội", "department",
     "in_person"),
    ("Đoàn hữu nghị {c} giao lưu với nhân dân Thủ đô", "{c} friendship delegation meets the "
     "people of the capital", "association", "in_person"),
    ("Đoàn doanh nghiệp {c} tìm hiểu cơ hội đầu tư", "{c} business delegation explores "
     "investment", "department", "in_person"),
    ("Họp trực tuyến với {p}", "Online meeting with {p}", "unit", "online"),
    ("Đoàn {p} khảo sát mô hình quản lý đô thị", "{p} studies urban management", "commune",
     "in_person"),
]  # fmt: skip
OUTBOUND_PATTERNS = [
    ("Đoàn công tác thăm và làm việc tại {p}", "Delegation visits {p}", "department"),
    ("Đoàn giao lưu hữu nghị nhân dân tại {c}", "People-to-people exchange in {c}", "association"),
    ("Đoàn xúc tiến du lịch tại {c}", "Tourism promotion in {c}", "unit"),
    ("Đoàn lãnh đạo Thành phố thăm {p}", "City leaders visit {p}", "city"),
]
INBOUND_PER_YEAR = 220  # city leaders receive some 200–250 delegations a year (seeds)
OUTBOUND_PER_YEAR = 45
GENERATED_UNITS = [
    "songoaivu",
    "socongthuong",
    "sovanhoa",
    "sodulich",
    "sogiaoduc",
    "haufo",
    "halovi",
    "phunu",
    "thanhdoan",
    "p_hoankiem",
]
HEADS = [
    ("Nguyễn Thị Thu Hà", "Phó Chủ tịch"),
    ("Lê Hồng Sơn", "Giám đốc Sở"),
    ("Phạm Quang Thanh", "Phó Giám đốc Sở"),
    ("Đỗ Thị Minh Hạnh", "Trưởng ban Đối ngoại"),
    ("Vũ Đức Long", "Chủ tịch Hội"),
]
MEMBERS = [
    ("Hoàng Văn Nam", "Chuyên viên"),
    ("Bùi Thị Mai", "Chuyên viên chính"),
    ("Trịnh Quốc Bảo", "Trưởng phòng"),
    ("Ngô Thị Hương", "Phó Trưởng phòng"),
]
FOLLOW_UPS = [
    "Gửi thư cảm ơn phía bạn",
    "Xây dựng kế hoạch triển khai các nội dung đã thống nhất",
    "Chuẩn bị đón đoàn đáp lễ",
    "Báo cáo UBND Thành phố kết quả làm việc",
]
