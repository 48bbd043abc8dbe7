"""Foreign languages staff work in, and the main languages of the countries Hà Nội deals with.

Both lists are data, not translations: each language carries its Vietnamese and English name
(shown by the interface language), keyed by its ISO 639-1 code. Countries are keyed by their
ISO 3166-1 alpha-2 code, the key django-countries uses.
"""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import get_language

# ISO 639-1 code: (Vietnamese name, English name)
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("Tiếng Anh", "English"),
    "fr": ("Tiếng Pháp", "French"),
    "zh": ("Tiếng Trung Quốc", "Chinese"),
    "ja": ("Tiếng Nhật", "Japanese"),
    "ko": ("Tiếng Hàn", "Korean"),
    "ru": ("Tiếng Nga", "Russian"),
    "lo": ("Tiếng Lào", "Lao"),
    "km": ("Tiếng Khmer", "Khmer"),
    "th": ("Tiếng Thái", "Thai"),
    "my": ("Tiếng Myanmar", "Burmese"),
    "ms": ("Tiếng Mã Lai", "Malay"),
    "id": ("Tiếng Indonesia", "Indonesian"),
    "tl": ("Tiếng Philippines (Tagalog)", "Filipino (Tagalog)"),
    "hi": ("Tiếng Hindi", "Hindi"),
    "bn": ("Tiếng Bengal", "Bengali"),
    "ur": ("Tiếng Urdu", "Urdu"),
    "mn": ("Tiếng Mông Cổ", "Mongolian"),
    "kk": ("Tiếng Kazakh", "Kazakh"),
    "de": ("Tiếng Đức", "German"),
    "es": ("Tiếng Tây Ban Nha", "Spanish"),
    "pt": ("Tiếng Bồ Đào Nha", "Portuguese"),
    "it": ("Tiếng Italia", "Italian"),
    "nl": ("Tiếng Hà Lan", "Dutch"),
    "sv": ("Tiếng Thụy Điển", "Swedish"),
    "fi": ("Tiếng Phần Lan", "Finnish"),
    "da": ("Tiếng Đan Mạch", "Danish"),
    "no": ("Tiếng Na Uy", "Norwegian"),
    "pl": ("Tiếng Ba Lan", "Polish"),
    "cs": ("Tiếng Séc", "Czech"),
    "sk": ("Tiếng Slovakia", "Slovak"),
    "hu": ("Tiếng Hungary", "Hungarian"),
    "ro": ("Tiếng Romania", "Romanian"),
    "bg": ("Tiếng Bulgaria", "Bulgarian"),
    "sr": ("Tiếng Serbia", "Serbian"),
    "uk": ("Tiếng Ukraina", "Ukrainian"),
    "el": ("Tiếng Hy Lạp", "Greek"),
    "tr": ("Tiếng Thổ Nhĩ Kỳ", "Turkish"),
    "he": ("Tiếng Do Thái (Hebrew)", "Hebrew"),
    "ar": ("Tiếng Ả Rập", "Arabic"),
    "fa": ("Tiếng Ba Tư", "Persian"),
    "sw": ("Tiếng Swahili", "Swahili"),
}

ENGLISH = "en"

# ISO 3166-1 alpha-2 country code: main language codes, most useful first.
COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    # Neighbours and ASEAN
    "LA": ("lo",),
    "KH": ("km",),
    "CN": ("zh",),
    "TH": ("th",),
    "MM": ("my",),
    "MY": ("ms", "en"),
    "SG": ("en", "zh", "ms"),
    "ID": ("id",),
    "PH": ("tl", "en"),
    "BN": ("ms", "en"),
    "TL": ("pt",),
    # North-east, south and central Asia
    "JP": ("ja",),
    "KR": ("ko",),
    "KP": ("ko",),
    "TW": ("zh",),
    "MN": ("mn",),
    "IN": ("hi", "en"),
    "BD": ("bn", "en"),
    "PK": ("ur", "en"),
    "KZ": ("kk", "ru"),
    # Europe
    "RU": ("ru",),
    "BY": ("ru",),
    "UA": ("uk",),
    "FR": ("fr",),
    "BE": ("fr", "nl", "de"),
    "LU": ("fr", "de"),
    "CH": ("de", "fr", "it"),
    "DE": ("de",),
    "AT": ("de",),
    "IT": ("it",),
    "ES": ("es",),
    "PT": ("pt",),
    "NL": ("nl",),
    "GB": ("en",),
    "IE": ("en",),
    "SE": ("sv",),
    "FI": ("fi",),
    "DK": ("da",),
    "NO": ("no",),
    "PL": ("pl",),
    "CZ": ("cs",),
    "SK": ("sk",),
    "HU": ("hu",),
    "RO": ("ro",),
    "BG": ("bg",),
    "RS": ("sr",),
    "GR": ("el",),
    # Middle East and Africa
    "TR": ("tr",),
    "IL": ("he",),
    "IR": ("fa",),
    "EG": ("ar",),
    "SA": ("ar",),
    "AE": ("ar", "en"),
    "DZ": ("ar", "fr"),
    "MA": ("ar", "fr"),
    "ZA": ("en",),
    "NG": ("en",),
    "KE": ("sw", "en"),
    "TZ": ("sw", "en"),
    "MZ": ("pt",),
    "AO": ("pt",),
    # Americas and Oceania
    "US": ("en",),
    "CA": ("en", "fr"),
    "CU": ("es",),
    "MX": ("es",),
    "AR": ("es",),
    "CL": ("es",),
    "VE": ("es",),
    "BR": ("pt",),
    "AU": ("en",),
    "NZ": ("en",),
}


def language_name(code: str, language: str | None = None) -> str:
    """The language's name in the interface language (Vietnamese unless English is active)."""
    names = LANGUAGES.get(code)
    if names is None:
        return code
    vi, en = names
    return en if (language or get_language() or "vi").startswith("en") else vi


_lazy_name = lazy(language_name, str)


def language_choices() -> list[tuple[str, str]]:
    """Choices for a language field, labelled in whichever language the page is shown in."""
    return [(code, _lazy_name(code)) for code in LANGUAGES]


def languages_for_country(country_code: str) -> tuple[str, ...]:
    """The main languages of a country (ISO alpha-2, any case); empty when unknown."""
    return COUNTRY_LANGUAGES.get((country_code or "").upper(), ())
