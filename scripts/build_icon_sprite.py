"""Build static/vendor/tabler-icons/sprite.svg from an unpacked @tabler/icons tarball.

    cd /tmp && npm pack @tabler/icons@3.51.0 && tar xzf tabler-icons-3.51.0.tgz
    python3 scripts/build_icon_sprite.py /tmp/package

To add an icon, add its name to ICONS and run the script again (static/vendor/README.md).
"""

import re
import sys
from pathlib import Path

VERSION = "3.51.0"
OUT = Path(__file__).resolve().parent.parent / "static" / "vendor" / "tabler-icons" / "sprite.svg"
ALIASES = {"handshake": "heart-handshake"}  # names the templates use that the package lacks
ICONS = """
home users user building building-community world map-pin map file-text file-certificate
plane-departure plane-arrival plane calendar calendar-event cash chart-bar chart-line school
search plus pencil trash history download upload filter logout login key language settings
alert-triangle alert-circle info-circle check x chevron-left chevron-right chevron-down
arrow-back-up eye eye-off lock shield shield-check restore list columns dots-vertical bell
clipboard-list flag handshake heart-handshake sitemap id-badge-2 api book refresh external-link
sort-ascending sort-descending file-spreadsheet file-type-csv file-type-xls table tag mail phone
link star clock user-shield users-group layout-dashboard
paperclip file file-type-pdf file-type-docx file-type-doc photo send arrow-forward-up
circle-check circle-x ban player-play player-stop calendar-month calendar-week calendar-plus
calendar-due calendar-stats calendar-time cake confetti gift coins currency-dollar report-money
building-bank briefcase trending-up chart-pie target list-check checklist progress hourglass
alarm bell-ringing rss copy printer user-plus id globe timeline route speakerphone message notes
signature certificate gavel scale building-skyscraper truck package heartbeat first-aid-kit leaf
arrows-exchange clock-hour-4 world-pin file-description file-invoice file-check video
device-laptop map-2 arrow-right arrow-left list-details clipboard-check file-analytics receipt-2
pig-money wallet moneybag exchange user-check users-plus ticket microphone presentation news
book-2 forms writing award circle-dashed status-change rotate versions git-branch stack-2 archive
mail-forward inbox eye-check lock-access
""".split()  # noqa: SIM905
BOX = re.compile(r'<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*/>')
ATTRS = (
    'viewBox="0 0 24 24" fill="none" stroke="currentColor" '
    'stroke-linecap="round" stroke-linejoin="round"'
)


def drawing(package: Path, name: str) -> str:
    text = (package / "icons" / "outline" / f"{ALIASES.get(name, name)}.svg").read_text()
    inner = text[text.index(">", text.index("<svg")) + 1 : text.rindex("</svg>")]
    return re.sub(r">\s+<", "><", " ".join(BOX.sub("", inner).split()))


def main(package: Path) -> None:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f"<!-- Tabler Icons v{VERSION} (outline), MIT licence, see LICENSE next to this file. "
        "Built from @tabler/icons icons/outline/*.svg; see ../README.md. -->",
        '<svg xmlns="http://www.w3.org/2000/svg">',
    ]
    lines += [f'<symbol id="ti-{n}" {ATTRS}>{drawing(package, n)}</symbol>' for n in ICONS]
    lines.append("</svg>")
    OUT.write_text("\n".join(lines) + "\n")
    print(f"{len(ICONS)} icons written to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
