#!/usr/bin/python3
"""Does `wirekit validate` agree with the reference schemas? (issue 8)

usage: agreement.py --wirekit BIN --source DIR --shared DIR [--formats F,G,...] [--show N] [--list] [--mutations DIR]

Takes every sample and corpus input (the format matrix's set: samples/,
corpus/dispatch, corpus/newsml-g2/*.xml, corpus/feeds/real, gofeed's inputs),
the reference material's own ninjs and JSON Feed examples and the hand-made
cases in tests/validate/cases/. One `wirekit -v validate` run over all of them
gives each file's format and verdict; the reference tool of that format gives
its verdict (xmllint, several files a run; JSON Schema in this process). Prints
a table (format, files, agree, disagree) and every disagreement with the first
message of each side; exits 1 when any file of a checked format disagrees, or
when wirekit gives a file no verdict (a crash). Formats without a reference
(dispatch) only need a verdict; a file whose format cannot be told, an error.

--mutations DIR also writes systematic mutations of the NewsML-G2, Atom,
ninjs, JSON Feed and json inputs into DIR and compares those too: for XML a
foreign child in the parent's namespace, a bad attribute value, a missing
child, a doubled element; for JSON an unknown member, a value of the wrong
type, a missing member, a doubled array element (issue 19).

--formats limits the comparison to those formats (default: every format).
ninjs files are checked against the schema of the version wirekit says it
chose (its -v note "checked against ninjs X.Y"); unit tests pin that choice.
Run with /usr/bin/python3 (Debian's python3-jsonschema and rfc3987). Before
comparing, the JSON reference's format checks must reject a known-bad value
each (validate_json.py's format_checker); otherwise it exits 1 naming the
missing package.
"""
import argparse
import copy
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
from xml.dom import minidom

# The reference of each format. XML formats: an xmllint command line, or
# check_rss.py's (the files are appended). JSON formats: a JSON Schema file with the schemas its
# "$ref"s need, whether "format" keywords are checked, and how the file is
# laid out ("document", "elements": a top-level array's elements each, "lines").
# Paths are relative to the shared folder ({shared}) or the project ({source}).
XML_REFERENCES = {
    "newsml": ["xmllint", "--noout", "--nonet", "--schema", "{shared}/formats-ref/newsml-g2/newsml-g2-plus-nitf.xsd"],
    "atom": ["xmllint", "--noout", "--nonet", "--relaxng", "{shared}/formats-ref/atom/atom.rng"],
    # No official RSS 2.0 schema exists. The unofficial XSD in formats-ref/rss
    # refuses the spec's own managingEditor example ("geo@herald.com (George
    # Matesky)") and a channel without items, yet does not require a channel's
    # title, link or description; the project's structural check of the RSS
    # 2.0 rules (also the matrix's reference) is used instead.
    "rss": ["/usr/bin/python3", "{source}/tests/tools/check_rss.py"],
    "nitf": ["xmllint", "--noout", "--nonet", "--schema", "{shared}/formats-ref/newsml-g2/nitf-3-6.xsd"],
    # The DTD and NITF's schema, each on its part (the script says why).
    "newsml1": ["/usr/bin/python3", "{source}/tests/tools/check_newsml1.py", "{shared}/formats-ref/newsml1/NewsML_1.2.dtd",
                "{shared}/formats-ref/newsml-g2/nitf-3-6.xsd"],
}
NINJS_GEOJSON = "{shared}/formats-ref/ninjs/geojson/GeoJSON.json"
JSON_REFERENCES = {
    "ninjs 1.6": ("{shared}/formats-ref/ninjs/ninjs-schema_1.6.json", [NINJS_GEOJSON], True, "elements"),
    "ninjs 2.2": ("{shared}/formats-ref/ninjs/ninjs-schema_2.2.json", [NINJS_GEOJSON], True, "elements"),
    "ninjs 3.1": ("{shared}/formats-ref/ninjs/ninjs-schema_3.1.json", [NINJS_GEOJSON], True, "elements"),
    # sonicdoe's schema rather than SchemaStore's: it follows the spec text
    # where they differ (version is one of the two URLs, an item is an
    # object, extension names start with "_"); see man/wirekit-validate.1.
    "jsonfeed": ("{shared}/formats-ref/jsonfeed/sonicdoe-jsonfeed-schema/schema-v1.1.json", [], True, "document"),
    "json": ("{source}/formats/json/wirekit.schema.json", [], True, "document"),
    "jsonl": ("{source}/formats/json/wirekit.schema.json", [], True, "lines"),
}
# Files whose format wirekit cannot tell (gofeed's empty and unknown feeds)
# are refused with an error, which is all that is asked of them.
UNDETECTED = "(format not told)"
NO_REFERENCE = {"dispatch", "anpa", "iptc7901", "zczc", UNDETECTED}
MUTATED_FORMATS = {"newsml", "atom", "ninjs", "jsonfeed", "json"}


def input_files(source, shared):
    """The matrix's inputs (tests/matrix/matrix.cpp add_files), then the extras."""
    def listing(folder, recursive, wanted):
        found = []
        if recursive:
            for root, _, names in os.walk(folder):
                found += [os.path.join(root, n) for n in names]
        else:
            found = [os.path.join(folder, n) for n in os.listdir(folder)]
        return sorted(p for p in found if os.path.isfile(p) and wanted(p))

    def not_sources_list(p):
        return os.path.basename(p) not in ("SOURCES.txt", "README.md")

    def is_gofeed_input(p):
        stem, ext = os.path.splitext(p)
        if ext == ".xml":
            return True
        if ext != ".json" or stem.endswith("_expected"):
            return False
        return not os.path.exists(stem + ".xml") and os.path.basename(os.path.dirname(p)) != "invalid"

    files = listing(f"{source}/samples", False, not_sources_list)
    files += listing(f"{shared}/corpus/dispatch", False, not_sources_list)
    files += listing(f"{shared}/corpus/newsml-g2", False, lambda p: p.endswith(".xml"))
    files += listing(f"{shared}/corpus/nitf", False, lambda p: p.endswith(".xml"))
    files += listing(f"{shared}/corpus/newsml1", False, lambda p: p.lower().endswith(".xml"))
    files += listing(f"{shared}/corpus/feeds/real", False, lambda p: not_sources_list(p) and not p.endswith(".md"))
    files += listing(f"{shared}/corpus/feeds/gofeed", True, is_gofeed_input)
    files += listing(f"{shared}/formats-ref/ninjs/examples", True, lambda p: p.endswith(".json"))
    files += listing(f"{shared}/formats-ref/jsonfeed/examples", False, lambda p: p.endswith(".json"))
    files += listing(f"{source}/tests/validate/cases", False, lambda p: not p.endswith(".md"))
    return files


def xml_mutations(text, rng):
    """Mutated copies of the XML TEXT: (kind, text) pairs."""
    try:
        doc = minidom.parseString(text.encode("utf-8"))
    except Exception:
        return []
    elements = [e for e in doc.getElementsByTagName("*") if e is not doc.documentElement]
    if not elements:
        return []
    out = []

    def variant(kind, change):
        d = minidom.parseString(text.encode("utf-8"))
        els = [e for e in d.getElementsByTagName("*") if e is not d.documentElement]
        target = els[rng.randrange(len(els))]
        if change(d, target) is not False:
            out.append((kind, d.toxml()))

    def foreign_child(d, target):
        prefix = target.prefix + ":" if target.prefix else ""
        target.appendChild(d.createElement(prefix + "wirekitMutant"))

    def bad_attribute(d, target):
        if not target.attributes.length:
            return False
        target.attributes.item(0).value = "not a value !"

    def missing_child(d, target):
        children = [c for c in target.childNodes if c.nodeType == c.ELEMENT_NODE]
        if not children:
            return False
        target.removeChild(children[0])

    def doubled(d, target):
        target.parentNode.insertBefore(target.cloneNode(True), target)

    for kind, change in (("foreign-child", foreign_child), ("bad-attribute", bad_attribute),
                         ("missing-child", missing_child), ("doubled", doubled)):
        variant(kind, change)
    return out


def json_mutations(text, rng):
    """Mutated copies of the JSON TEXT (one document): (kind, text) pairs."""
    try:
        value = json.loads(text)
    except ValueError:
        return []
    objects, arrays, leaves = [], [], []

    def walk(v):
        if isinstance(v, dict):
            objects.append(v)
            for key, child in v.items():
                if isinstance(child, str):
                    leaves.append((v, key))
                walk(child)
        elif isinstance(v, list):
            if v:
                arrays.append(v)
            for child in v:
                walk(child)

    out = []
    for kind in ("unknown-member", "wrong-type", "missing-member", "doubled"):
        mutant = copy.deepcopy(value)
        objects.clear(), arrays.clear(), leaves.clear()
        walk(mutant)
        if kind == "unknown-member" and objects:
            rng.choice(objects)["wirekitMutant"] = "x"
        elif kind == "wrong-type" and leaves:
            parent, key = rng.choice(leaves)
            parent[key] = 5
        elif kind == "missing-member" and [o for o in objects if o]:
            target = rng.choice([o for o in objects if o])
            del target[sorted(target)[0]]
        elif kind == "doubled" and arrays:
            target = rng.choice(arrays)
            target.append(copy.deepcopy(target[0]))
        else:
            continue
        out.append((kind, json.dumps(mutant, ensure_ascii=False, indent=1)))
    return out


def write_mutations(files, folder):
    """Mutations of the XML and JSON FILES, written into FOLDER; their paths."""
    os.makedirs(folder, exist_ok=True)
    written = []
    for path in files:
        name = os.path.basename(path)
        stem, ext = os.path.splitext(name)
        if ext not in (".xml", ".atom", ".json", ".ninjs"):
            continue
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        rng = random.Random(name)
        mutate = xml_mutations if ext in (".xml", ".atom") else json_mutations
        for kind, mutant in mutate(text, rng):
            suffix = ".feed.json" if name.endswith(".feed.json") else ext
            target = os.path.join(folder, f"{stem.replace('.feed', '')}.{kind}{suffix}")
            with open(target, "w", encoding="utf-8") as f:
                f.write(mutant)
            written.append(target)
    return sorted(written)


class Verdict:
    def __init__(self):
        self.format = None   # as wirekit detected it
        self.valid = None    # None: no verdict
        self.messages = []
        self.schema = None   # "ninjs 2.2" and the like, from wirekit's notes


def prefixed_file(line, known):
    """The known file LINE starts with (followed by ':'), if any."""
    for i, c in enumerate(line):
        if c == ":" and line[:i] in known:
            return line[:i]
    return None


def wirekit_verdicts(wirekit, files):
    verdicts = {f: Verdict() for f in files}
    run = subprocess.run([wirekit, "-v", "validate", *files], capture_output=True, text=True, errors="replace")
    verdict_line = re.compile(r": (valid|invalid) \(([a-z0-9]+)\)(: .*)?$")
    for line in run.stdout.splitlines():
        f = prefixed_file(line, verdicts)
        if f is None:
            continue
        m = verdict_line.match(line[len(f):])
        if m:
            verdicts[f].valid = m.group(1) == "valid"
            verdicts[f].format = m.group(2)
        else:
            verdicts[f].messages.append(line[len(f) + 1:].strip())
    for line in run.stderr.splitlines():
        if not line.startswith("wirekit: "):
            continue
        line = line[len("wirekit: "):]
        f = prefixed_file(line, verdicts)
        if f is None:
            continue
        m = re.search(r"checked against (ninjs \d\.\d)", line)
        if m and verdicts[f].schema is None:
            verdicts[f].schema = m.group(1)
        elif ": error: " in line:
            verdicts[f].messages.append(line[len(f) + 1:].strip())
    return verdicts, run.returncode


def validated_file(line, known):
    """The file LINE says is valid: xmllint's "FILE validates", check_rss.py's "FILE: valid"."""
    for verdict in (" validates", ": valid"):
        if line.endswith(verdict) and line[: -len(verdict)] in known:
            return line[: -len(verdict)]
    return None


def xml_verdicts(command, files):
    """FILE -> (valid, first message) from one run of the reference COMMAND over FILES."""
    run = subprocess.run(command + files, capture_output=True, text=True, errors="replace")
    known = set(files)
    out = {f: [False, None] for f in files}
    for line in (run.stderr + run.stdout).splitlines():
        valid = validated_file(line, known)
        if valid:
            out[valid][0] = True
            continue
        f = prefixed_file(line, known)
        if f is None and line.endswith(" fails to validate"):
            f = line[: -len(" fails to validate")]
        if f in out and out[f][1] is None:
            out[f][1] = line[len(f):].lstrip(": ")
    return {f: (v, m or "") for f, (v, m) in out.items()}


def load_validate_json(source):
    spec = importlib.util.spec_from_file_location("validate_json", f"{source}/tests/tools/validate_json.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def json_validator(vj, schema_path, refs, formats, layout):
    """A function FILE -> list of problems, as validate_json.py would print them."""
    jsonschema = vj.jsonschema
    schema, cls = vj.load_schema(schema_path)
    options = {}
    if refs:
        store = {}
        for ref in refs:
            other, other_cls = vj.load_schema(ref)
            store[vj.schema_id(other, other_cls)] = other
        store[vj.schema_id(schema, cls)] = schema
        options["resolver"] = jsonschema.RefResolver(base_uri=cls.ID_OF(schema), referrer=schema, store=store)
    if formats:
        options["format_checker"] = vj.format_checker()
    if layout == "lines" and "article" in schema.get("$defs", {}):
        schema = {"$schema": schema.get("$schema"), "$defs": schema.get("$defs", {}), "$ref": "#/$defs/article"}
    validator = cls(schema, **options)

    def check(value, where):
        if layout == "elements" and isinstance(value, list):
            return [f"{where}[{i}]: {p}" for i, e in enumerate(value) for p in vj.errors_in(validator, e)]
        return [f"{where}: {p}" for p in vj.errors_in(validator, value)]

    def is_lines(path):
        # ninjs may come one object a line, as wirekit reads it.
        if layout == "lines":
            return True
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read().lstrip("\ufeff")
        first, _, rest = text.lstrip().partition("\n")
        try:
            json.loads(first)
        except ValueError:
            return False
        return layout == "elements" and rest.strip() != ""

    return lambda path: vj.problems_in(path, is_lines(path), check)


def main():
    parser = argparse.ArgumentParser(description="Compare wirekit validate's verdicts with the reference schemas'.")
    parser.add_argument("--wirekit", required=True)
    parser.add_argument("--source", required=True, help="the project's folder")
    parser.add_argument("--shared", required=True, help="the shared reference folder")
    parser.add_argument("--formats", help="compare only these formats (comma-separated)")
    parser.add_argument("--show", type=int, default=0, help="list at most N disagreements a format (0: all)")
    parser.add_argument("--list", action="store_true", help="also list every file with both verdicts")
    parser.add_argument("--mutations", help="write mutations of the XML and JSON inputs into this folder and compare them too")
    args = parser.parse_args()
    source, shared = os.path.abspath(args.source), os.path.abspath(args.shared)
    wanted = set(args.formats.split(",")) if args.formats else None

    def path(template):
        return template.format(source=source, shared=shared)

    vj = load_validate_json(source)
    vj.format_checker()  # a reference that cannot fail stops the comparison here, naming the package
    files = input_files(source, shared)
    verdicts, _ = wirekit_verdicts(args.wirekit, files)
    if args.mutations:
        # Only the formats that have an official schema (RSS has rules of its own).
        originals = [f for f in files if verdicts[f].format in MUTATED_FORMATS]
        mutants = write_mutations(originals, os.path.abspath(args.mutations))
        more, _ = wirekit_verdicts(args.wirekit, mutants)
        verdicts.update(more)
        files += mutants

    by_format = {}
    failures = []
    for f in files:
        fmt = verdicts[f].format or UNDETECTED
        by_format.setdefault(fmt, []).append(f)

    references = {}  # file -> (valid, first message); absent: no reference
    for fmt, group in by_format.items():
        if wanted and fmt not in wanted:
            continue
        if fmt in XML_REFERENCES:
            references.update(xml_verdicts([path(p) for p in XML_REFERENCES[fmt]], group))
        elif fmt == "ninjs" or fmt in JSON_REFERENCES:
            validators = {}
            for f in group:
                key = (verdicts[f].schema or "ninjs 2.2") if fmt == "ninjs" else fmt
                if key not in validators:
                    schema, refs, formats, layout = JSON_REFERENCES[key]
                    validators[key] = json_validator(vj, path(schema), [path(r) for r in refs], formats, layout)
                problems = validators[key](f)
                references[f] = (not problems, problems[0] if problems else "")

    rows = []
    for fmt in sorted(by_format):
        if wanted and fmt not in wanted:
            continue
        group = by_format[fmt]
        agree, disagree = 0, []
        for f in group:
            v = verdicts[f]
            if fmt == UNDETECTED and v.messages:
                agree += 1
                continue
            if v.valid is None:
                disagree.append((f, "no verdict (a crash?)", v.messages[:1], None))
                continue
            if fmt in NO_REFERENCE:
                agree += 1
                continue
            ref_valid, ref_message = references[f]
            if args.list:
                print(f"{fmt:<9} wirekit {'valid' if v.valid else 'invalid':<8} reference {'valid' if ref_valid else 'invalid':<8}"
                      f" {os.path.relpath(f, os.path.dirname(source))}")
            if ref_valid == v.valid:
                agree += 1
            else:
                disagree.append((f, "valid" if v.valid else "invalid", v.messages[:1],
                                 ("valid" if ref_valid else "invalid", ref_message)))
        rows.append((fmt + (" (no reference)" if fmt in NO_REFERENCE else ""), len(group), agree, disagree))
        failures += disagree

    print(f"{'format':<34} {'files':>6} {'agree':>6} {'disagree':>9}")
    for name, count, agree, disagree in rows:
        print(f"{name:<34} {count:>6} {agree:>6} {len(disagree):>9}")
    for name, count, agree, disagree in rows:
        shown = disagree[: args.show] if args.show else disagree
        for f, mine, my_messages, reference in shown:
            print(f"\nDISAGREE {name}: {os.path.relpath(f, os.path.dirname(source))}")
            print(f"  wirekit:   {mine}" + (f": {my_messages[0]}" if my_messages else ""))
            if reference:
                print(f"  reference: {reference[0]}" + (f": {reference[1]}" if reference[1] else ""))
        if len(shown) < len(disagree):
            print(f"\n... and {len(disagree) - len(shown)} more {name} disagreements")
    print("\nFAIL: verdicts disagree" if failures else "\nok: every verdict agrees")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
