#!/usr/bin/python3
"""The include graph runs one way (issue 18): every `#include "DIR/..."` of a
file in src/ or formats/ must name its own folder or a folder of a lower
layer, as LAYERS below lists them; format folders never include each other;
src/ includes formats/ only from the one registry table (formats/all_formats.cpp
is in formats/, so src/ never does). Prints every arrow against the layering
and exits 1 when there is one; also fails on a src/ folder missing from
LAYERS, one without a README.md, or one holding more than 50 files.

usage: check_layers.py SOURCE_DIR
"""
import os
import re
import sys

# Lowest first. A folder may include the folders of lower layers, never those
# of its own layer (peers stay independent) or above.
LAYERS = [
    ["model", "parallel"],
    ["report"],
    ["options", "text"],
    ["ids", "time"],
    ["dateline", "xml", "html", "json", "io", "wire"],
    ["feed", "http", "story", "nitfbody", "schema"],
    ["registry"],
    ["convert", "formats/*"],
    ["formats"],  # formats/all_formats.cpp: the one table of every format
    ["cli"],
]
MAX_FILES = 50
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)


def folder_of(path):
    """The layering folder of a project path: 'text', 'formats/rss', 'formats'."""
    parts = path.split("/")
    if parts[0] == "src":
        return parts[1]
    if parts[0] == "formats":
        return "formats/" + parts[1] if len(parts) > 2 else "formats"
    return None


def layer_of(folder):
    for rank, names in enumerate(LAYERS):
        if folder in names or (folder.startswith("formats/") and "formats/*" in names):
            return rank
    return None


def included_folder(target, source_folder):
    """The folder an include names, found as the compiler finds it (src/ is
    searched before formats/): 'text/x.hpp' -> 'text', 'rss/rss_reader.hpp' ->
    'formats/rss'; a bare name is in the including file's own folder."""
    if "/" not in target:
        return source_folder
    first = target.split("/")[0]
    if os.path.isfile(os.path.join(ROOT, "src", target)):
        return first
    if os.path.isfile(os.path.join(ROOT, "formats", target)):
        return "formats/" + first
    return None


def main():
    global ROOT
    ROOT = os.path.abspath(sys.argv[1])
    problems = []
    for name in sorted(os.listdir(os.path.join(ROOT, "src"))):
        path = os.path.join(ROOT, "src", name)
        if not os.path.isdir(path):
            continue
        if layer_of(name) is None:
            problems.append(f"src/{name}/: not in the layer table of tests/layers/check_layers.py")
        if not os.path.isfile(os.path.join(path, "README.md")):
            problems.append(f"src/{name}/: no README.md")
        count = len(os.listdir(path))
        if count > MAX_FILES:
            problems.append(f"src/{name}/: {count} files (at most {MAX_FILES})")
    arrows = 0
    for top in ("src", "formats"):
        for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
            for n in sorted(names):
                if not n.endswith((".cpp", ".hpp")):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, n), ROOT)
                source = folder_of(rel)
                source_rank = layer_of(source)
                with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
                    text = f.read()
                for number, target in ((text.count("\n", 0, m.start()) + 1, m.group(1)) for m in INCLUDE.finditer(text)):
                    arrows += 1
                    dest = included_folder(target, source)
                    if dest is None:
                        problems.append(f"{rel}:{number}: includes \"{target}\", in no known folder")
                        continue
                    if dest == source:
                        continue
                    dest_rank = layer_of(dest)
                    if dest_rank is None or source_rank is None or dest_rank >= source_rank:
                        problems.append(f"{rel}:{number}: {source} includes \"{target}\" of {dest}: "
                                        f"against the layering ({dest} is not below {source})")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems in {arrows} includes" if problems else f"ok: {arrows} includes follow the layering")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
