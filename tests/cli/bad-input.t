# Bad input gets a precise error and a documented status; nothing is left
# behind in the output's folder, and an existing output file is untouched.

# Binary garbage (NUL bytes) named as a dispatch.
$ printf 'Head\000line\n\nBODY \001\002\003\n' > garbage.txt && wirekit convert -t json -o out.json garbage.txt; echo "status $?"; ls -A
status 65
garbage.txt
! wirekit: garbage.txt:1:5: error: NUL byte: binary data, not a text dispatch

# Control characters everywhere, no NUL.
$ printf '\001\002\003\004\005\006\007\010\016\017\020\021\n\nx\n' > controls.txt && wirekit convert -t json controls.txt
! wirekit: controls.txt: error: too many control characters: binary data, not a text dispatch
[65]

# A 50 MB single line is refused quickly, not loaded as a headline.
$ /usr/bin/python3 -c 'import sys; sys.stdout.write("A" * 50_000_000)' > long.txt && echo old > out.json && wirekit convert -o out.json long.txt; echo "status $?"; cat out.json; ls -A
status 65
old
controls.txt
garbage.txt
long.txt
out.json
! wirekit: long.txt:1: error: line is longer than 1 MiB: not a text dispatch

# Invalid UTF-8 (a lone continuation byte, a truncated sequence) is read as
# Windows-1252, with a warning.
$ printf 'Port \x80 reopens\n\nOSLO (NTB) - The port reopened \xe2\x82 on Monday.\n' > broken.txt && wirekit convert -t dispatch broken.txt
Port € reopens
<BLANKLINE>
OSLO (NTB) - The port reopened â‚ on Monday.
! wirekit: broken.txt: warning: input is not valid UTF-8; decoded as Windows-1252

# Whitespace only is an empty input.
$ printf '  \n\n\t\n' > blank.txt && wirekit convert -t json blank.txt
! wirekit: blank.txt: error: empty input: no headline, no story
[65]

# Several stories in one file are separated by a form-feed line.
$ printf 'First\n\nOSLO (NTB) - One.\n\f\nSecond\n\nBERGEN (NTB) - Two.\n' > two.txt && wirekit convert -t jsonl two.txt | /usr/bin/python3 -c 'import json, sys; [print(json.loads(l)["headline"], json.loads(l)["dateline"]["place"]) for l in sys.stdin]'
First OSLO
Second BERGEN
