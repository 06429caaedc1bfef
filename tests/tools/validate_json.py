#!/usr/bin/python3
"""Validate JSON output against a JSON Schema.

usage: validate_json.py SCHEMA FILE... [--lines] [--elements] [--ref SCHEMA2]... [--formats]

Each FILE is one JSON document, checked against the schema's root. With --lines it
is JSON Lines: every non-blank line is checked against the schema's
$defs/article (wirekit's own schema), or against its root when the schema has
no such definition (ninjs lines). With --elements a top-level array has each
element checked against the root (several ninjs objects); anything else is
checked as it is.

The schema's "$schema" picks the draft (2020-12 when it names none). --ref
makes another schema file available to "$ref"s under its own "$id" (or "id"),
so that validation never goes to the network: the GeoJSON schema for ninjs,
feed-1.json for SchemaStore's JSON Feed 1.1 schema. --formats checks "format"
keywords: "uri" with rfc3987, "date-time" as RFC 3339 (with rfc3339-validator,
else with a check of our own). Each format check is first shown a known-bad
value; when one accepts it (rfc3987 missing), the run stops with exit 1 naming
the package, rather than giving verdicts that could never fail.

Exit status: 0 when valid; 1 when not, each error printed on stderr as
"FILE[:LINE]: PATH: MESSAGE"; 2 on a usage error or an unusable schema.

Needs Debian's python3-jsonschema: run it with /usr/bin/python3.
"""
import argparse
import calendar
import json
import re
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_json.py: the jsonschema module is missing (install python3-jsonschema, run with /usr/bin/python3)")

RFC3339_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$")


def is_rfc3339_date_time(value):
    """RFC 3339 section 5.6 date-time: a real date, a time, a zone."""
    if not isinstance(value, str):
        return True  # "format" applies to strings only
    m = RFC3339_DATE_TIME.match(value)
    if not m:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    if m.group(9) is not None and (int(m.group(9)) > 23 or int(m.group(10)) > 59):
        return False
    return True


# For each "format" the reference schemas use: a value the check must refuse,
# and what makes python3-jsonschema check that format at all. Without it the
# keyword is silently ignored and the reference could not fail on it.
KNOWN_BAD_FORMAT_VALUES = {
    "uri": ("renditions-example", "the Debian package python3-rfc3987 (scripts/install-deps.sh)"),
    "date-time": ("2023-02-30T12:00:00Z", "rfc3339-validator or this script's own check"),
}


def unfailing_formats(checker):
    """The formats CHECKER accepts a known-bad value for, each with what it lacks."""
    return [f'format "{name}" accepts {bad!r}: install {needs}'
            for name, (bad, needs) in KNOWN_BAD_FORMAT_VALUES.items() if checker.conforms(bad, name)]


def format_checker():
    """A checker for every format the reference schemas use; exits when one cannot fail."""
    checker = jsonschema.FormatChecker()
    try:
        import rfc3339_validator  # noqa: F401  (jsonschema then checks date-time itself)
    except ImportError:
        checker.checks("date-time")(is_rfc3339_date_time)
    unfailing = unfailing_formats(checker)
    if unfailing:
        sys.exit("validate_json.py: the reference cannot fail: " + "; ".join(unfailing))
    return checker


def json_path(error):
    """articles[0].urgency, in the style of wirekit's own messages."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def errors_in(validator, value):
    for error in sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path))):
        yield f"{json_path(error)}: {error.message}"


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    cls.check_schema(schema)
    return schema, cls


def schema_id(schema, cls):
    return cls.ID_OF(schema).rstrip("#")


def problems_in(path, lines, check):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}: {e}"]
    problems = []
    if lines:
        # Split on LF only: str.splitlines() would also split at U+2028 and
        # friends, which JSON strings may hold unescaped.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as e:
                problems.append(f"{path}:{number}: invalid JSON: {e}")
                continue
            problems += check(value, f"{path}:{number}")
    else:
        try:
            value = json.loads(text)
        except ValueError as e:
            problems.append(f"{path}: invalid JSON: {e}")
        else:
            problems += check(value, path)
    return problems


def main():
    parser = argparse.ArgumentParser(description="Validate a JSON document or JSON Lines file against a JSON Schema.")
    parser.add_argument("schema")
    parser.add_argument("files", nargs="+", metavar="file")
    parser.add_argument("--lines", action="store_true", help="FILE is JSON Lines, one article (or ninjs object) per line")
    parser.add_argument("--elements", action="store_true", help="check each element of a top-level array")
    parser.add_argument("--ref", action="append", default=[], metavar="SCHEMA2",
                        help="another schema that $refs may name by its $id (repeatable)")
    parser.add_argument("--formats", action="store_true", help="check \"format\" keywords (uri, date-time, ...)")
    args = parser.parse_args()

    try:
        schema, cls = load_schema(args.schema)
        store = {}
        for ref in args.ref:
            other, other_cls = load_schema(ref)
            store[schema_id(other, other_cls)] = other
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{args.schema}: unusable schema: {e}", file=sys.stderr)
        return 2
    if args.lines and "article" in schema.get("$defs", {}):
        # The same definitions, rooted at one article.
        schema = {"$schema": schema.get("$schema"), "$defs": schema.get("$defs", {}), "$ref": "#/$defs/article"}
    options = {}
    if store:
        store[schema_id(schema, cls)] = schema
        options["resolver"] = jsonschema.RefResolver(base_uri=cls.ID_OF(schema), referrer=schema, store=store)
    if args.formats:
        options["format_checker"] = format_checker()
    validator = cls(schema, **options)

    def check(value, where):
        if args.elements and isinstance(value, list):
            return [f"{where}[{i}]: {p}" for i, element in enumerate(value) for p in errors_in(validator, element)]
        return [f"{where}: {p}" for p in errors_in(validator, value)]

    problems = []
    for path in args.files:
        problems += problems_in(path, args.lines, check)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
