#!/usr/bin/python3
"""Structural check of RSS 2.0 documents (no official schema exists).

usage: check_rss.py FILE...

Checks the rules of the RSS 2.0 specification that wirekit's writer follows:
the root is <rss version="2.0"> with one <channel>; the channel has title,
link and description; only the specification's elements appear without a
namespace; dates are RFC 822 with a four-digit year; links and permalink
guids are absolute URLs; atom:link has an href; enclosures carry url, a
numeric length and a type; an author is an e-mail address; every item has a
title or a description. Prints "FILE: valid" or one "FILE: error: ..." per problem; exit
status 1 when any file has a problem.
"""
import email.utils
import re
import sys
import xml.etree.ElementTree as ET

CHANNEL = {"title", "link", "description", "language", "copyright", "managingEditor", "webMaster", "pubDate",
           "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput",
           "skipHours", "skipDays", "item"}
ITEM = {"title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate", "source"}
ATOM = "{http://www.w3.org/2005/Atom}"
ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
URI_REFERENCE = re.compile(r"^\S+$")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
RFC822 = re.compile(r"^(\w{3}, )?\d{1,2} \w{3} \d{4} \d{2}:\d{2}(:\d{2})? \S+$")


def problems(root):
    if root.tag != "rss" or root.get("version") != "2.0":
        yield 'the root is not <rss version="2.0">'
        return
    channels = root.findall("channel")
    if len(channels) != 1:
        yield f"{len(channels)} channel elements instead of one"
        return
    channel = channels[0]
    yield from element_problems(channel, "channel", CHANNEL, required=("title", "link", "description"))
    for item in channel.findall("item"):
        where = f"item {item.findtext('guid') or item.findtext('title') or '?'}"
        yield from element_problems(item, where, ITEM, required=())
        if item.find("title") is None and item.find("description") is None:
            yield f"{where}: neither title nor description"
        guid = item.find("guid")
        if guid is not None:
            permalink = guid.get("isPermaLink", "true")
            if permalink not in ("true", "false"):
                yield f"{where}: guid isPermaLink is '{permalink}'"
            elif permalink == "true" and not ABSOLUTE_URL.match(guid.text or ""):
                yield f"{where}: a permalink guid that is not a URL: '{guid.text}'"
        for enclosure in item.findall("enclosure"):
            if not ABSOLUTE_URL.match(enclosure.get("url", "")) or not enclosure.get("type"):
                yield f"{where}: enclosure without url or type"
            if not enclosure.get("length", "").isdigit():
                yield f"{where}: enclosure length '{enclosure.get('length')}' is not a number"
        author = item.findtext("author")
        if author is not None and "@" not in author:
            yield f"{where}: author '{author}' is not an e-mail address"


def element_problems(element, where, allowed, required):
    for name in required:
        if element.find(name) is None:
            yield f"{where}: no {name}"
    for child in element:
        tag = child.tag
        if tag.startswith("{"):
            # RFC 4287: an atom:link's href is a URI reference, relative or
            # not; rel may be left out (it means "alternate").
            if tag == ATOM + "link" and not URI_REFERENCE.match(child.get("href", "")):
                yield f"{where}: atom:link without an href"
            continue
        if tag not in allowed:
            yield f"{where}: <{tag}> is not an RSS 2.0 element here"
        text = (child.text or "").strip()
        if tag in ("pubDate", "lastBuildDate") and (not RFC822.match(text) or email.utils.parsedate_tz(text) is None):
            yield f"{where}: {tag} '{text}' is not an RFC 822 date"
        if tag == "link" and not ABSOLUTE_URL.match(text):
            yield f"{where}: link '{text}' is not an absolute URL"
        if tag == "language" and not LANGUAGE.match(text):
            yield f"{where}: language '{text}' is not a language code"
        if tag == "ttl" and not text.isdigit():
            yield f"{where}: ttl '{text}' is not a number of minutes"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    failed = False
    for path in sys.argv[1:]:
        try:
            found = list(problems(ET.parse(path).getroot()))
        except ET.ParseError as e:
            found = [f"not well-formed XML: {e}"]
        for p in found:
            print(f"{path}: error: {p}")
        if found:
            failed = True
        else:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
