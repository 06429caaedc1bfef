#!/usr/bin/python3
"""Runs wirekit's command-line transcript tests (tests/cli/*.t).

A transcript is a shell session written down: commands and the output they
must give. The format:

    # A comment: lines starting with '#' between commands are kept as they are.

    $ wirekit convert -t xml in.txt
    ! wirekit: error: unknown format 'xml' for -t (known: ...)
    [64]

    $ printf 'a\\n' > in.txt
    > cat in.txt
    a

- A line starting with "$ " is a command. Lines right after it starting with
  "> " continue it (they are joined with newlines, for here-documents and long
  pipelines). The command runs with `bash -c`; standard input is an empty pipe
  (not /dev/null: on some sandboxes that is a plain file other commands write to).
- The lines after the command, up to the next blank line or "$ " line, are its
  expected output: first every line it wrote to standard output, as it is,
  then every line it wrote to standard error, prefixed with "! ". (The two
  streams are captured apart and shown in that order, so the comparison does
  not depend on how the program interleaves them.)
- A last line "[N]" gives the expected exit status; without it the status
  must be 0.
- Output is decoded as UTF-8 (invalid bytes shown as \\xNN escapes). An empty
  output line is written "<BLANKLINE>"; a last line that lacks its newline
  ends with " (no-eol)"; a standard output line that would read as something
  else (it starts with "$ ", "> ", "! " or "| ", or is "[N]" or
  "<BLANKLINE>") is written with a "| " prefix.

Every .t file runs in a fresh temporary folder, which its commands share (so
one command can look at a file another wrote) and which is deleted after.
The environment is fixed, not inherited:

    PATH               a folder holding `wirekit` (the binary under test),
                       then /usr/bin:/bin
    SAMPLES            the project's samples/ folder
    SHARED             the shared reference folder (../shared from the project)
    TESTDIR            the folder of the .t file
    HOME, TMPDIR       the temporary folder
    LC_ALL=C.UTF-8  TZ=UTC  SOURCE_DATE_EPOCH=1700000000

(ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS are passed through when set.)

Usage:

    run_transcripts.py --wirekit BINARY [--samples DIR] [--shared DIR]
                       [--accept] [--timeout SECONDS] [FILE.t ...]

Without FILE arguments every *.t file next to this script runs. For each
command whose output or status differs, a unified diff (expected -> actual)
is printed; the exit status is 1 when any command failed, 2 on a usage or
transcript syntax error, 0 otherwise.

--accept rewrites the .t files with the actual output and status (the golden
update switch): review the change with `git diff tests/cli` before keeping it.
"""

import argparse
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

STATUS_LINE = re.compile(r"^\[(\d+)\]$")
BLANK = "<BLANKLINE>"
NO_EOL = " (no-eol)"
PASSED_THROUGH = ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS")


class TranscriptError(Exception):
    """A .t file that does not follow the format."""


class Command:
    def __init__(self, line_number, lines):
        self.line_number = line_number  # of the "$ " line, 1-based
        self.lines = lines              # the "$ " line and its "> " lines
        self.expected = []              # expected output lines, status included

    @property
    def script(self):
        return "\n".join(line[2:] for line in self.lines)


def parse(path):
    """Splits a transcript into items: plain strings (comments and blank
    lines, kept verbatim) and Command objects."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    items = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "" or line.startswith("#"):
            items.append(line)
            i += 1
            continue
        if not line.startswith("$ "):
            raise TranscriptError(
                f"{path}:{i + 1}: expected a command ('$ '), a comment ('#') or a blank line, got: {line!r}")
        command = Command(i + 1, [line])
        i += 1
        while i < len(lines) and lines[i].startswith("> "):
            command.lines.append(lines[i])
            i += 1
        while i < len(lines) and lines[i] != "" and not lines[i].startswith("$ "):
            command.expected.append(lines[i])
            i += 1
        items.append(command)
    return items


def needs_escape(line):
    return (line.startswith(("$ ", "> ", "! ", "| ")) or line == BLANK
            or STATUS_LINE.match(line) is not None)


def render_stream(data, stderr):
    """The expected-output lines for one captured stream."""
    if not data:
        return []
    text = data.decode("utf-8", errors="backslashreplace")
    missing_eol = not text.endswith("\n")
    lines = text.split("\n")
    if not missing_eol:
        lines.pop()
    out = []
    for line in lines:
        if line == "":
            shown = BLANK
        elif stderr:
            shown = line
        elif needs_escape(line):
            shown = "| " + line
        else:
            shown = line
        out.append(("! " + shown) if stderr else shown)
    if missing_eol:
        out[-1] += NO_EOL
    return out


def make_env(workdir, bindir, args, testdir):
    env = {
        "PATH": bindir + ":/usr/bin:/bin",
        "SAMPLES": args.samples,
        "SHARED": args.shared,
        "TESTDIR": testdir,
        "HOME": workdir,
        "TMPDIR": workdir,
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "SOURCE_DATE_EPOCH": "1700000000",
    }
    for name in PASSED_THROUGH:
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run_command(command, workdir, env, timeout):
    # A session of its own, so that a time-out kills the whole pipeline and
    # no stray child keeps the output pipes open.
    proc = subprocess.Popen(["bash", "-c", command.script], cwd=workdir, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(input=b"", timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        lines = render_stream(out, False) + render_stream(err, True)
        return lines + [f"! (timed out after {timeout:g} s)", "[124]"]
    lines = render_stream(out, False) + render_stream(err, True)
    status = proc.returncode
    if status < 0:
        status = 128 - status  # killed by a signal, as the shell reports it
    if status != 0:
        lines.append(f"[{status}]")
    return lines


def run_file(path, args, bindir):
    """Runs one transcript; returns (number of commands, number failed)."""
    items = parse(path)
    commands = [item for item in items if isinstance(item, Command)]
    failed = 0
    workdir = tempfile.mkdtemp(prefix="wirekit-t-")
    try:
        env = make_env(workdir, bindir, args, os.path.dirname(os.path.abspath(path)))
        for command in commands:
            actual = run_command(command, workdir, env, args.timeout)
            if actual != command.expected:
                failed += 1
                where = f"{path}:{command.line_number}"
                print(f"FAIL {where}: {command.lines[0][2:]}")
                diff = difflib.unified_diff(command.expected, actual,
                                            fromfile=f"{where} (expected)",
                                            tofile=f"{where} (actual)", lineterm="")
                for line in diff:
                    print("    " + line)
            command.actual = actual
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.accept and failed:
        out = []
        for item in items:
            if isinstance(item, Command):
                out.extend(item.lines)
                out.extend(item.actual)
            else:
                out.append(item)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        print(f"accepted: rewrote {path}")
    return len(commands), failed


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description="Run wirekit's CLI transcript tests (*.t).")
    parser.add_argument("--wirekit", required=True, help="the wirekit binary to test")
    parser.add_argument("--samples", default=os.path.join(project, "samples"),
                        help="the samples folder (default: the project's samples/)")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(project), "shared"),
                        help="the shared reference folder (default: ../shared from the project)")
    parser.add_argument("--accept", action="store_true",
                        help="rewrite the .t files with the actual output (review with git diff)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed per command")
    parser.add_argument("files", nargs="*", help="transcripts (default: every *.t next to this script)")
    args = parser.parse_args()

    binary = os.path.abspath(args.wirekit)
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"run_transcripts.py: {args.wirekit}: not an executable file", file=sys.stderr)
        return 2
    args.samples = os.path.abspath(args.samples)
    args.shared = os.path.abspath(args.shared)
    files = args.files or sorted(os.path.join(here, name) for name in os.listdir(here) if name.endswith(".t"))
    if not files:
        print("run_transcripts.py: no transcripts found", file=sys.stderr)
        return 2

    bindir = tempfile.mkdtemp(prefix="wirekit-bin-")
    total = failed = 0
    try:
        os.symlink(binary, os.path.join(bindir, "wirekit"))
        for path in files:
            try:
                n, f = run_file(path, args, bindir)
            except (TranscriptError, OSError) as e:
                print(f"run_transcripts.py: {e}", file=sys.stderr)
                return 2
            total += n
            failed += f
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    print(f"{total - failed} of {total} commands passed in {len(files)} transcript(s)"
          + (", failures accepted" if args.accept and failed else ""))
    return 1 if failed and not args.accept else 0


if __name__ == "__main__":
    sys.exit(main())
