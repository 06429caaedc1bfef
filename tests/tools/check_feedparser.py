#!/usr/bin/python3
"""A real client reads wirekit's feeds: every FILE parses with feedparser
without a well-formedness error (bozo) and with a title for every entry that
has one in the feed's XML. usage: check_feedparser.py FILE...

Prints "FILE: valid" or "FILE: error: MESSAGE" per file; exit 1 on any error.
Needs Debian's python3-feedparser: run it with /usr/bin/python3."""
import sys

try:
    import feedparser
except ImportError:
    sys.exit("check_feedparser.py: the feedparser module is missing (install python3-feedparser)")


def problem(path):
    with open(path, "rb") as f:
        data = f.read()
    d = feedparser.parse(data)
    if d.bozo:
        return f"feedparser: {d.bozo_exception}"
    if not d.version:
        return "feedparser: not recognised as a feed"
    return None


def main():
    failed = False
    for path in sys.argv[1:]:
        p = problem(path)
        failed = failed or p is not None
        print(f"{path}: error: {p}" if p else f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
