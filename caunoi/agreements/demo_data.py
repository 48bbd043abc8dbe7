"""The demo agreements: those named in the seed facts, and demo agreements at every stage.

Seed rows: (title, English title, kind, owning unit key, partner names, field slugs, source,
status, expiry in years after signing or None for indefinite). Where the seed documents give
no signing day, the partner's relation start (partners demo) is used, and the description
says the day is illustrative.

Demo rows: (title, English title, kind, unit key, partner names, field slugs, stage, signed
days ago, expires days from today or None); relative days keep the demo's expiring and
dormant agreements current whenever it is loaded.
"""

SEED_NOTE = "Theo {source}. Nguồn không nêu ngày ký: ngày ghi ở đây là minh họa."
DEMO_NOTE = "Dữ liệu minh họa (demo)."
SOURCES = {
    "dofa_2021": "Sở Ngoại vụ Hà Nội (02/11/2021)",
    "hnm_2024": "Báo Hànộimới (17/01/2024)",
    "tccs_2021": "Tạp chí Cộng sản (2021)",
}

SEED_AGREEMENTS = [
    (
        "Thỏa thuận hợp tác hữu nghị giữa Thủ đô Hà Nội và Thủ đô Viêng Chăn",
        "Friendship and cooperation agreement between Hà Nội and Vientiane Capital",
        "friendship_cooperation",
        "songoaivu",
        ["Thủ đô Viêng Chăn"],
        ["quan-ly-do-thi", "giao-duc", "y-te"],
        "dofa_2021",
        "in_force",
        None,
    ),
    (
        "Thỏa thuận hợp tác hữu nghị giữa Thủ đô Hà Nội và Thủ đô Bắc Kinh",
        "Friendship and cooperation agreement between Hà Nội and Beijing",
        "friendship_cooperation",
        "songoaivu",
        ["Thủ đô Bắc Kinh"],
        ["quan-ly-do-thi", "van-hoa", "dau-tu-thuong-mai"],
        "hnm_2024",
        "in_force",
        None,
    ),
    (
        "Biên bản ghi nhớ hợp tác giữa Thành phố Hà Nội và Thành phố Quảng Châu",
        "Memorandum of understanding on cooperation between Hà Nội and Guangzhou",
        "mou",
        "songoaivu",
        ["Thành phố Quảng Châu"],
        ["dau-tu-thuong-mai", "du-lich", "y-te"],
        "hnm_2024",
        "in_force",
        5,
    ),
    (
        "Biên bản ghi nhớ hợp tác giữa Thành phố Hà Nội và Thủ đô Cairo",
        "Memorandum of understanding on cooperation between Hà Nội and Cairo",
        "mou",
        "songoaivu",
        ["Thủ đô Cairo"],
        ["van-hoa", "du-lich"],
        "hnm_2024",
        "in_force",
        5,
    ),
    (
        "Hà Nội tham gia Mạng lưới các thành phố hành động vì khí hậu C40",
        "Hà Nội's membership of the C40 Cities Climate Leadership Group",
        "network_membership",
        "songoaivu",
        ["Mạng lưới các thành phố hành động vì khí hậu C40"],
        ["moi-truong-khi-hau"],
        "dofa_2021",
        "in_force",
        None,
    ),
    (
        "Hà Nội tham gia Tổ chức Các thành phố thông minh bền vững thế giới (WeGO)",
        "Hà Nội's membership of WeGO",
        "network_membership",
        "songoaivu",
        ["Tổ chức Các thành phố thông minh bền vững thế giới"],
        ["chuyen-doi-so", "quan-ly-do-thi"],
        "dofa_2021",
        "in_force",
        None,
    ),
    (
        "Hà Nội tham gia Mạng lưới các thành phố sáng tạo UNESCO",
        "Hà Nội's membership of the UNESCO Creative Cities Network",
        "network_membership",
        "sovanhoa",
        ["Mạng lưới các thành phố sáng tạo UNESCO"],
        ["van-hoa"],
        "dofa_2021",
        "in_force",
        None,
    ),
    (
        "Hà Nội tham gia Hiệp hội Thị trưởng các thành phố Pháp ngữ (AIMF)",
        "Hà Nội's membership of the AIMF",
        "network_membership",
        "songoaivu",
        ["Hiệp hội Thị trưởng các thành phố Pháp ngữ"],
        ["quan-ly-do-thi"],
        "dofa_2021",
        "in_force",
        None,
    ),
    (
        "Hà Nội tham gia Hiệp hội quốc tế các Hội đồng kinh tế – xã hội (AICESIS)",
        "Hà Nội's membership of AICESIS",
        "network_membership",
        "songoaivu",
        ["Hiệp hội quốc tế các Hội đồng kinh tế – xã hội và thể chế tương đồng"],
        ["dau-tu-thuong-mai"],
        "tccs_2021",
        "in_force",
        None,
    ),
]

# Illustrative signing years where the partners demo has no relation start.
SEED_YEARS = {
    "Mạng lưới các thành phố hành động vì khí hậu C40": 2016,
    "Tổ chức Các thành phố thông minh bền vững thế giới": 2012,
    "Hiệp hội Thị trưởng các thành phố Pháp ngữ": 1996,
    "Hiệp hội quốc tế các Hội đồng kinh tế – xã hội và thể chế tương đồng": 2011,
}

DEMO_AGREEMENTS = [
    (
        "Biên bản ghi nhớ về chuyển đổi số giữa Hà Nội và Thành phố Fukuoka",
        "MOU on digital transformation between Hà Nội and Fukuoka",
        "mou",
        "haufo",
        ["Thành phố Fukuoka"],
        ["chuyen-doi-so"],
        "draft",
        None,
        None,
    ),
    (
        "Thỏa thuận hợp tác giáo dục giữa Hà Nội và Thủ đô La Habana",
        "Agreement on education between Hà Nội and Havana",
        "friendship_cooperation",
        "haufo",
        ["Thủ đô La Habana"],
        ["giao-duc"],
        "consultation",
        None,
        None,
    ),
    (
        "Chương trình hợp tác Hà Nội – Viêng Chăn giai đoạn 2026–2030",
        "Hà Nội – Vientiane cooperation programme 2026–2030",
        "programme",
        "songoaivu",
        ["Thủ đô Viêng Chăn"],
        ["quan-ly-do-thi", "giao-duc"],
        "legal_review",
        None,
        None,
    ),
    (
        "Biên bản ghi nhớ hợp tác du lịch với Vùng Nam Ostrobothnia",
        "MOU on tourism with South Ostrobothnia",
        "mou",
        "haufo",
        ["Vùng Nam Ostrobothnia"],
        ["du-lich"],
        "approved",
        None,
        None,
    ),
    (
        "Kế hoạch hành động giao lưu văn hóa Hà Nội – Fukuoka",
        "Hà Nội – Fukuoka action plan for cultural exchange",
        "programme",
        "haufo",
        ["Thành phố Fukuoka"],
        ["van-hoa"],
        "in_force",
        700,
        25,
    ),
    (
        "Biên bản ghi nhớ hợp tác nông nghiệp công nghệ cao với Tỉnh Vân Nam",
        "MOU on hi-tech agriculture with Yunnan Province",
        "mou",
        "haufo",
        ["Tỉnh Vân Nam"],
        ["nong-nghiep-cong-nghe-cao"],
        "in_force",
        1000,
        75,
    ),
    (
        "Chương trình trao đổi thanh niên Hà Nội – Khu vực Kyushu",
        "Hà Nội – Kyushu youth exchange programme",
        "programme",
        "haufo",
        ["Khu vực Kyushu"],
        ["giao-duc"],
        "in_force",
        400,
        160,
    ),
    (
        "Chương trình hợp tác Hà Nội – Viêng Chăn giai đoạn 2021–2025",
        "Hà Nội – Vientiane cooperation programme 2021–2025",
        "programme",
        "songoaivu",
        ["Thủ đô Viêng Chăn"],
        ["quan-ly-do-thi", "y-te"],
        "expired",
        "2021-03-15",
        "2025-12-31",
    ),
    (
        "Biên bản ghi nhớ về giao lưu báo chí với Khu vực Kyushu",
        "MOU on press exchange with the Kyushu region",
        "mou",
        "haufo",
        ["Khu vực Kyushu"],
        ["van-hoa"],
        "terminated",
        900,
        800,
    ),
]

# A renewal chain: the 2019–2023 programme with Beijing, superseded by its renewal.
CHAIN = (
    (
        "Chương trình hợp tác Hà Nội – Bắc Kinh giai đoạn 2019–2023",
        "Hà Nội – Beijing cooperation programme 2019–2023",
        "2019-05-20",
        "2023-12-31",
    ),
    (
        "Chương trình hợp tác Hà Nội – Bắc Kinh giai đoạn 2024–2028",
        "Hà Nội – Beijing cooperation programme 2024–2028",
        "2023-12-20",
        "2028-12-31",
    ),
    ["Thủ đô Bắc Kinh"],
    ["quan-ly-do-thi", "van-hoa"],
)

CONSULTED = [  # (body, answered, opinion, text)
    ("Bộ Ngoại giao", True, "agree_with_comments", "Đề nghị làm rõ điều khoản về kinh phí."),
    ("Bộ Giáo dục và Đào tạo", False, "", ""),
]

PLANS = {  # title → [(what, unit key, deadline days from today, status)]
    "Thỏa thuận hợp tác hữu nghị giữa Thủ đô Hà Nội và Thủ đô Viêng Chăn": [
        ("Trao đổi đoàn cán bộ quản lý đô thị", "songoaivu", -200, "done"),
        ("Đào tạo cán bộ y tế cơ sở cho Viêng Chăn", "songoaivu", 120, "in_progress"),
        ("Kết nối giao thương doanh nghiệp hai thủ đô", "socongthuong", -20, "planned"),
    ],
    "Kế hoạch hành động giao lưu văn hóa Hà Nội – Fukuoka": [
        ("Tổ chức Lễ hội Việt Nam – Hà Nội tại Fukuoka", "haufo", -300, "done"),
        ("Triển lãm ảnh Hà Nội – Fukuoka", "sovanhoa", -45, "in_progress"),
    ],
    "Biên bản ghi nhớ hợp tác giữa Thành phố Hà Nội và Thành phố Quảng Châu": [
        ("Hội nghị xúc tiến đầu tư tại Quảng Châu", "socongthuong", 60, "planned"),
    ],
}
EVIDENCE = {  # plan item → event name (from the events demo, if it is loaded)
    "Kết nối giao thương doanh nghiệp hai thủ đô": "Chương trình kết nối giao thương tại Lào",
    "Tổ chức Lễ hội Việt Nam – Hà Nội tại Fukuoka": "Lễ hội Việt Nam – Hà Nội 2023 tại Fukuoka",
}
CAMPAIGN = "Rà soát các thỏa thuận quốc tế còn hiệu lực (demo)"
