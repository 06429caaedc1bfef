#!/usr/bin/python3
"""NewsML 1.2 documents against IPTC's DTD, and their NITF payloads against
NITF 3.6's schema, with xmllint, offline.

usage: check_newsml1.py DTD NITF_XSD FILE...

The DTD declares DataContent as ANY, so DTD validation demands a declaration
for every element inside it, and NITF is not declared there
(../shared/formats-ref/newsml1/README.md). Rather than filter xmllint's
messages (which would also hide a misspelt NewsML element), each file is
checked in two parts:
1. the document with every DataContent emptied, against the DTD, strictly;
2. every nitf element a DataContent holds, against the XSD (other markup,
   such as XHTML, is declared by neither and not checked; as wirekit
   validate does).
Prints "FILE: valid" or "FILE: error: ..." lines; exit status 1 when any file
has a problem.
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def xmllint(args, path):
    run = subprocess.run(["xmllint", "--noout", "--nonet", *args, path], capture_output=True, text=True)
    return run.returncode, run.stderr.strip()


def check(path, dtd, xsd, scratch):
    problems = []
    tree = ET.parse(path)
    payloads = []
    for data in tree.iter("DataContent"):
        payloads += [child for child in data if child.tag.rsplit("}", 1)[-1] == "nitf"]
        for child in list(data):
            data.remove(child)
        data.text = None
    envelope = os.path.join(scratch, "envelope.xml")
    tree.write(envelope, encoding="UTF-8", xml_declaration=True)
    status, message = xmllint(["--dtdvalid", dtd], envelope)
    if status != 0:
        problems.append("NewsML part: " + message.replace(envelope, "(envelope)"))
    for n, payload in enumerate(payloads, 1):
        part = os.path.join(scratch, f"payload-{n}.xml")
        ET.ElementTree(payload).write(part, encoding="UTF-8", xml_declaration=True)
        status, message = xmllint(["--schema", xsd], part)
        if status != 0:
            problems.append(f"payload {n}: " + message.replace(part, f"(payload {n})"))
    return problems


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    dtd, xsd, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for path in files:
            try:
                problems = check(path, dtd, xsd, scratch)
            except ET.ParseError as e:
                problems = [f"not well-formed: {e}"]
            for p in problems:
                print(f"{path}: error: {p}")
            if problems:
                failed = True
            else:
                print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
