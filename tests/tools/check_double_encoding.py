#!/usr/bin/python3
"""Counts double-encoded UTF-8 left in wirekit's output of feeds.

Usage: check_double_encoding.py WIREKIT FORMAT FEED... [-- EXTRA-ARGS]

Converts each FEED with `WIREKIT convert -t FORMAT` (plus EXTRA-ARGS) and
looks in the output for the byte patterns UTF-8 takes when it is decoded as
Windows-1252 and encoded again: "Ã" or "Â" followed by a character of
U+0080-U+00BF, "â€", "Å" followed by one of those. Prints the count per
feed; exits 1 when any is left, 0 when none is, 2 when a conversion fails
(but for a feed without items, which some formats have nothing to write for).
"""
import re
import subprocess
import sys

PATTERN = re.compile("[ÃÂÅÄ][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u20ac\u2122\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192\u02c6\u02dc]|â€")


def main(argv):
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    wirekit, target, feeds = argv[1], argv[2], argv[3:]
    left = 0
    for feed in feeds:
        out = subprocess.run([wirekit, "convert", "-q", "-t", target, *extra, feed], capture_output=True)
        if out.returncode != 0:
            # A feed without items gives formats of articles alone nothing to write.
            if b"no article to write" not in out.stderr:
                sys.stderr.write(out.stderr.decode("utf-8", "replace"))
                return 2
            print(f"    - {feed} (no items)")
            continue
        found = PATTERN.findall(out.stdout.decode("utf-8", "replace"))
        left += len(found)
        print(f"{len(found):5} {feed}")
    print(f"{left} double-encoded sequences left")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
