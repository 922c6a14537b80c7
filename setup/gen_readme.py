#!/usr/bin/env python3
"""Build each addon's README.rst from its readme/ fragments, as OCA addons do.

Usage: gen_readme.py [--check] ADDON_DIR...

The fragments (DESCRIPTION.md, CONFIGURE.md, USAGE.md, ROADMAP.md, CONTRIBUTORS.md) are
plain Markdown paragraphs and lists; inline code, bold text and links are converted to
reStructuredText. With --check nothing is written and the exit code says whether every
README.rst is up to date.
"""

import ast
import re
import sys
from pathlib import Path

SECTIONS = [
    ("CONFIGURE.md", "Configuration"),
    ("USAGE.md", "Usage"),
    ("ROADMAP.md", "Known issues / Roadmap"),
]


def md_to_rst(text):
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"`\1 <\2>`_", text)
    text = re.sub(r"(?<!`)`([^`]+)`(?!`|_)", r"``\1``", text)
    return text.strip() + "\n"


def title(text, char):
    return f"{text}\n{char * len(text)}\n"


def render(addon):
    manifest = ast.literal_eval((addon / "__manifest__.py").read_text())
    readme = addon / "readme"
    name = manifest["name"]
    parts = ["=" * len(name), name, "=" * len(name), ""]
    parts.append(f"**{manifest.get('summary', '')}**\n")
    parts.append(md_to_rst((readme / "DESCRIPTION.md").read_text()))
    parts.append("**Table of contents**\n\n.. contents::\n   :local:\n")
    for fragment, heading in SECTIONS:
        path = readme / fragment
        if path.exists():
            parts.append(title(heading, "="))
            parts.append(md_to_rst(path.read_text()))
    parts.append(title("Credits", "="))
    parts.append(title("Authors", "-"))
    for author in manifest["author"].split(","):
        parts.append(f"* {author.strip()}")
    parts.append("")
    contributors = readme / "CONTRIBUTORS.md"
    if contributors.exists():
        parts.append(title("Contributors", "-"))
        parts.append(md_to_rst(contributors.read_text()))
    return "\n".join(parts).rstrip() + "\n"


def main(args):
    check = "--check" in args
    stale = []
    for arg in (a for a in args if a != "--check"):
        addon = Path(arg)
        content = render(addon)
        target = addon / "README.rst"
        if target.exists() and target.read_text() == content:
            continue
        if check:
            stale.append(str(target))
        else:
            target.write_text(content)
    for path in stale:
        print(f"{path} is out of date: run setup/gen_readme.py on its addon")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
