"""Build static/vendor/tabler-icons/sprite.svg from an unpacked @tabler/icons tarball.

    cd /tmp && npm pack @tabler/icons@3.51.0 && tar xzf tabler-icons-3.51.0.tgz
    python3 scripts/build_icon_sprite.py /tmp/package

To add an icon, add its name to scripts/icons.txt and run the script again
(static/vendor/README.md).
"""

import re
import sys
from pathlib import Path

VERSION = "3.51.0"
OUT = Path(__file__).resolve().parent.parent / "static" / "vendor" / "tabler-icons" / "sprite.svg"
ALIASES = {"handshake": "heart-handshake"}  # names the templates use that the package lacks
ICONS = [
    name
    for line in (Path(__file__).with_name("icons.txt")).read_text().splitlines()
    if not line.startswith("#")
    for name in line.split()
]
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
