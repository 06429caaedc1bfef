#!/usr/bin/python3
"""Validate wirekit JSON output against a JSON Schema (draft 2020-12).

usage: validate_json.py SCHEMA FILE [--lines]

FILE is one JSON document, checked against the schema's root. With --lines it
is JSON Lines: every non-blank line is one article, checked against the
schema's $defs/article.

Exit status: 0 when valid; 1 when not, each error printed on stderr as
"FILE[:LINE]: PATH: MESSAGE"; 2 on a usage error or an unusable schema.

Needs Debian's python3-jsonschema: run it with /usr/bin/python3.
"""
import argparse
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_json.py: the jsonschema module is missing (install python3-jsonschema, run with /usr/bin/python3)")


def json_path(error):
    """articles[0].urgency, in the style of wirekit's own messages."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def errors_in(validator, value):
    for error in sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path))):
        yield f"{json_path(error)}: {error.message}"


def main():
    parser = argparse.ArgumentParser(description="Validate a JSON document or JSON Lines file against a JSON Schema.")
    parser.add_argument("schema")
    parser.add_argument("file")
    parser.add_argument("--lines", action="store_true", help="FILE is JSON Lines, one article per line")
    args = parser.parse_args()

    try:
        with open(args.schema, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{args.schema}: unusable schema: {e}", file=sys.stderr)
        return 2
    if args.lines:
        # The same definitions, rooted at one article.
        schema = {"$schema": schema.get("$schema"), "$defs": schema.get("$defs", {}), "$ref": "#/$defs/article"}
    validator = jsonschema.Draft202012Validator(schema)

    problems = []
    try:
        with open(args.file, encoding="utf-8", newline="") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"{args.file}: {e}", file=sys.stderr)
        return 1
    if args.lines:
        # Split on LF only: str.splitlines() would also split at U+2028 and
        # friends, which JSON strings may hold unescaped.
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as e:
                problems.append(f"{args.file}:{number}: invalid JSON: {e}")
                continue
            problems += [f"{args.file}:{number}: {p}" for p in errors_in(validator, value)]
    else:
        try:
            value = json.loads(text)
        except ValueError as e:
            problems.append(f"{args.file}: invalid JSON: {e}")
        else:
            problems += [f"{args.file}: {p}" for p in errors_in(validator, value)]

    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
