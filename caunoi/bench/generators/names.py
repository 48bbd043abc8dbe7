"""Names for generated data: Vietnamese people, foreign people and places by language group,
and the words that partner, event and project titles are made of."""

from __future__ import annotations

import random


def _words(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


VI_FAMILY = _words(
    "Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô "
    "Dương Lý Đinh Trịnh Mai Tạ Lương Chu Kiều Đào Cao Lâm"
)
VI_MIDDLE = _words("Văn Thị Minh Đức Thu Ngọc Quang Thanh Hữu Hoài Xuân Thế Bảo Gia Khánh Anh Hồng")
VI_GIVEN = _words(
    "An Bình Chi Dũng Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai Minh Nam "
    "Nga Ngọc Phong Phương Quân Sơn Tâm Thảo Thắng Trang Trung Tú Tuấn Việt Yến Đạt Đông Huyền "
    "Loan Nhung Quyên Thủy Vân Hòa Lộc Phúc Kiên Cường Hiền Thư Vy Nhi"
)

# Language groups: given names, family names, and syllables that place names are made of.
GROUPS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ja": (
        _words("Haruto Yui Sota Aoi Ren Hina Yuto Sakura Takeshi Keiko Hiroshi Naomi Kenji Emi"),
        _words("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato"),
        _words("Fuku Oka Yama Kawa Saki Naga Shima Hiro Kita Mina Toyo Sendai Kobe Nara"),
    ),
    "ko": (
        _words("Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Seo-jun Su-bin Hyun-woo Eun-ji"),
        _words("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
        _words("Seo Bu San Dae Gu In Cheon Gwang Ju Ul Su Won Jeon"),
    ),
    "zh": (
        _words("Wei Fang Li Na Jun Min Hao Xin Lei Ying Tao Jing Bo Yan"),
        _words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou"),
        _words("Guang Zhou Nan Ning Kun Ming Shen Hang Cheng Du Xi An Chong Qing"),
    ),
    "ru": (
        _words("Ivan Olga Dmitry Natalia Sergei Elena Alexei Tatiana Mikhail Anna"),
        _words("Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva Kozlov Novikova Morozov"),
        _words("Novo Sibir Ekater Volgo Kras Omsk Sara Samar Tver Vlad Kazan Perm"),
    ),
    "fr": (
        _words("Jean Marie Pierre Sophie Luc Claire Antoine Camille Julien Élodie"),
        _words("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau"),
        _words("Saint Mont Ville Bourg Lyon Nantes Toul Bor Mar Rennes Lille Caen"),
    ),
    "en": (
        _words("James Mary John Patricia Robert Jennifer Michael Linda David Susan Emma Oliver"),
        _words("Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Clark"),
        _words("Spring Field Brook Ford Chester Wood Bridge Port Mill Ash Bay Hill"),
    ),
    "de": (
        _words("Lukas Anna Felix Lena Jonas Marie Paul Laura Max Sophie"),
        _words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann"),
        _words("Berg Burg Stadt Dorf Heim Bach Feld Hausen Furt Stein Brück Wald"),
    ),
    "lo": (
        _words("Somchai Noy Bounmy Khamla Phonsavanh Vilay Keo Sengdao Thongchanh Mali"),
        _words("Phommachanh Sisavath Vongsa Keomany Souvanna Inthavong Chanthala"),
        _words("Luang Pha Bang Xieng Khouang Savan Nakhet Champa Sak Bokeo Oudom"),
    ),
    "es": (
        _words("José María Carlos Ana Luis Carmen Miguel Lucía Javier Isabel"),
        _words("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez"),
        _words("San Santa Villa Puerto Río Monte Nueva Cruz Alta Mar Sol Vista"),
    ),
    "ar": (
        _words("Ahmed Fatima Mohamed Aisha Omar Mariam Youssef Layla Hassan Nour"),
        _words("Hassan Ali Ibrahim Mahmoud Saleh Mansour Haddad Nasser Farouk"),
        _words("Al Qah Ira Alex Andria Dam Ascus Amm Man Riy Adh Tun Is"),
    ),
}
# Countries whose people's names come from one group; the rest take "en".
COUNTRY_GROUP = {
    **dict.fromkeys("JP", "ja"),
    **dict.fromkeys(["KR", "KP"], "ko"),
    **dict.fromkeys(["CN", "TW", "SG", "HK", "MO"], "zh"),
    **dict.fromkeys(["RU", "BY", "UA", "KZ", "UZ", "KG", "TJ", "MN"], "ru"),
    **dict.fromkeys(["FR", "BE", "CH", "LU", "MC", "SN", "CI", "CM", "MA", "DZ", "TN"], "fr"),
    **dict.fromkeys(["DE", "AT", "NL", "DK", "SE", "NO", "FI", "PL", "CZ", "HU"], "de"),
    **dict.fromkeys(["LA", "TH", "KH", "MM"], "lo"),
    **dict.fromkeys(["ES", "MX", "AR", "CU", "CL", "PE", "CO", "VE", "BR", "PT", "IT"], "es"),
    **dict.fromkeys(["EG", "SA", "AE", "QA", "KW", "IQ", "IR", "SY", "JO", "PS", "LB"], "ar"),
}

PROVINCES = _words(
    "Hà Nội, Huế, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, "
    "Hà Tĩnh, Cao Bằng, Tuyên Quang, Lào Cai, Thái Nguyên, Phú Thọ, Bắc Ninh, Hưng Yên, "
    "Hải Phòng, Ninh Bình, Quảng Trị, Đà Nẵng, Quảng Ngãi, Gia Lai, Khánh Hòa, Lâm Đồng, "
    "Đắk Lắk, Thành phố Hồ Chí Minh, Đồng Nai, Tây Ninh, Cần Thơ, Vĩnh Long, Đồng Tháp, "
    "Cà Mau, An Giang",
    ", ",
)
WARD_WORDS = _words(
    "Ba Đình, Hoàn Kiếm, Cửa Nam, Ngọc Hà, Giảng Võ, Tây Hồ, Long Biên, Cầu Giấy, Đống Đa, "
    "Hai Bà Trưng, Hoàng Mai, Thanh Xuân, Sơn Tây, Hà Đông, Bồ Đề, Việt Hưng, Phúc Lợi, Yên Hòa, "
    "Nghĩa Đô, Kim Liên, Văn Miếu, Ô Chợ Dừa, Láng, Bạch Mai, Vĩnh Tuy, Tương Mai, Định Công, "
    "Khương Đình, Phương Liệt, Thanh Liệt, Đại Mỗ, Tây Mỗ, Xuân Phương, Thượng Cát, Đông Ngạc, "
    "Phú Thượng, Gia Lâm, Đông Anh, Sóc Sơn, Mê Linh, Thạch Thất, Quốc Oai, Chương Mỹ, Ba Vì",
    ", ",
)
DEPARTMENTS = (
    ("Sở Ngoại vụ", "Department of Foreign Affairs", "department"),
    ("Liên hiệp các tổ chức hữu nghị", "Union of Friendship Organisations", "friendship_union"),
    ("Ủy ban Mặt trận Tổ quốc", "Fatherland Front Committee", "fatherland_front"),
    ("Hội Liên hiệp Phụ nữ", "Women's Union", "socio_political"),
    ("Thành đoàn", "Youth Union", "socio_political"),
    ("Sở Văn hóa và Thể thao", "Department of Culture and Sports", "department"),
    ("Sở Giáo dục và Đào tạo", "Department of Education and Training", "department"),
    ("Sở Tài chính", "Department of Finance", "department"),
    (
        "Hội hữu nghị Việt Nam – Nhật Bản",
        "Viet Nam – Japan Friendship Association",
        "friendship_association",
    ),
    (
        "Hội hữu nghị Việt Nam – Lào",
        "Viet Nam – Laos Friendship Association",
        "friendship_association",
    ),
    (
        "Hội liên lạc với người Việt Nam ở nước ngoài",
        "Overseas Vietnamese Liaison Association",
        "overseas_liaison",
    ),
)

FIELDS_VI = _words(
    "giáo dục, y tế, văn hóa, du lịch, quy hoạch đô thị, môi trường, nông nghiệp, "
    "khoa học công nghệ, thể thao, thanh niên, phụ nữ, bảo tồn di sản, chuyển đổi số, "
    "giao thông, cấp thoát nước, biến đổi khí hậu",
    ", ",
)
NGO_WORDS = _words(
    "Hỗ trợ Cộng đồng|Community Support, Vì Trẻ em|For Children, Sức khỏe Toàn cầu|Global Health, "
    "Nước sạch|Clean Water, Hòa bình và Phát triển|Peace and Development, "
    "Giáo dục Mở|Open Education, Môi trường Xanh|Green Environment, Nhân đạo|Humanitarian Aid",
    ", ",
)
BUSINESS_WORDS = _words(
    "Holdings, Industries, Trading, Logistics, Electronics, Energy, Foods, Tech", ", "
)
EVENT_TITLES = (
    ("Giao lưu hữu nghị Việt Nam – {country} năm {year}",
     "Viet Nam – {country_en} friendship exchange {year}"),
    ("Hội thảo hợp tác {field} giữa Hà Nội và {place}",
     "Workshop on {field} cooperation between Hà Nội and {place}"),
    ("Triển lãm ảnh về đất nước và con người {country}", "Photo exhibition of {country_en}"),
    ("Lễ kỷ niệm ngày thiết lập quan hệ ngoại giao Việt Nam – {country}",
     "Anniversary of Viet Nam – {country_en} diplomatic relations"),
    ("Ngày hội văn hóa {country} tại Hà Nội", "{country_en} culture day in Hà Nội"),
    ("Diễn đàn xúc tiến đầu tư {place} – Hà Nội", "{place} – Hà Nội investment forum"),
    ("Chương trình thanh niên {country} – Việt Nam {year}",
     "{country_en} – Viet Nam youth programme {year}"),
    ("Tọa đàm về {field} với đoàn {place}", "Round table on {field} with {place}"),
    ("Trao quà nhân đạo cùng {partner}", "Humanitarian gifts with {partner}"),
    ("Gặp mặt kiều bào {country} dịp Tết", "Tết meeting with Vietnamese in {country_en}"),
)  # fmt: skip
VENUES = _words(
    "Trung tâm Hội nghị Quốc gia, Nhà Văn hóa Hữu nghị, Văn Miếu – Quốc Tử Giám, "
    "Hoàng thành Thăng Long, Nhà hát Lớn Hà Nội, Cung Văn hóa Lao động, Bảo tàng Hà Nội, "
    "Trụ sở Liên hiệp các tổ chức hữu nghị, Khách sạn Daewoo, Khách sạn Melia",
    ", ",
)


def vietnamese_name(rng: random.Random) -> str:
    return f"{rng.choice(VI_FAMILY)} {rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN)}"


def group_of(iso: str) -> str:
    return COUNTRY_GROUP.get(iso, "en")


def foreign_name(rng: random.Random, iso: str) -> str:
    given, family, _ = GROUPS[group_of(iso)]
    if group_of(iso) in {"ja", "ko", "zh"}:
        return f"{rng.choice(family)} {rng.choice(given)}"
    return f"{rng.choice(given)} {rng.choice(family)}"


def place_name(rng: random.Random, iso: str) -> str:
    syllables = GROUPS[group_of(iso)][2]
    first, second = rng.choice(syllables), rng.choice(syllables).lower()
    return first + second if len(first) + len(second) < 12 else first
