# `wirekit convert -t FMT -o FOLDER/ INPUT...`: batch conversion, one file
# per input (or per article with --split), named safely from a template.

$ mkdir -p in/sub/deeper && cp "$SAMPLES"/*.txt in/ && cp "$SAMPLES/lakeside-ferry-timetable.rss" in/sub/ && cp "$SAMPLES/observatory-open-night.atom" in/sub/deeper/ && touch in/.hidden.txt

# A folder stands for the files in it; --recursive adds its subfolders'.
$ wirekit convert -t json -o out/ in && ls out
canal-lock-rotterdam.json
festival-valparaiso.json
fischmarkt-hamburg.json
harbour-strike-reykjavik.json
solar-grid-millbrook-vermont.json
tea-harvest-kunming.json

$ wirekit convert -t atom -o atom/ -r in && ls atom
canal-lock-rotterdam.atom
festival-valparaiso.atom
fischmarkt-hamburg.atom
harbour-strike-reykjavik.atom
lakeside-ferry-timetable.atom
observatory-open-night.atom
solar-grid-millbrook-vermont.atom
tea-harvest-kunming.atom

$ for f in atom/*.atom; do xmllint --noout --relaxng "$SHARED/formats-ref/atom/atom.rng" "$f" 2>&1 | grep -v validates; done; echo checked
checked

# The outputs are what converting each input alone gives.
$ wirekit convert -t json in/fischmarkt-hamburg.txt | cmp - out/fischmarkt-hamburg.json && echo same
same

# Files that exist are not overwritten without --force; the others are written.
$ rm out/festival-valparaiso.json && echo changed > out/canal-lock-rotterdam.json && wirekit convert -t json -o out/ in; ls out | wc -l; cat out/canal-lock-rotterdam.json
6
changed
! wirekit: out/canal-lock-rotterdam.json: error: exists; not overwritten (use --force to overwrite)
! wirekit: out/fischmarkt-hamburg.json: error: exists; not overwritten (use --force to overwrite)
! wirekit: out/harbour-strike-reykjavik.json: error: exists; not overwritten (use --force to overwrite)
! wirekit: out/solar-grid-millbrook-vermont.json: error: exists; not overwritten (use --force to overwrite)
! wirekit: out/tea-harvest-kunming.json: error: exists; not overwritten (use --force to overwrite)
! wirekit: error: 5 of 6 inputs failed (see above)

$ wirekit convert -t json -o out/ --force in && ls out | wc -l && wirekit convert -t json in/canal-lock-rotterdam.txt | cmp - out/canal-lock-rotterdam.json && echo replaced
6
replaced

# --split writes one file per article; names default to {date}-{slug}.{ext}.
$ wirekit convert -t jsonl -o split/ --split "$SAMPLES/lakeside-ferry-timetable.rss" "$SAMPLES/tea-harvest-kunming.txt" && ls split
2022-11-24-yunnan-tea-growers-report-early-spring-harvest-after-mild-winter.jsonl
2024-06-10-listen-the-week-on-the-lake-episode-112.jsonl
2024-06-11-council-approves-new-cycle-path-along-the-north-shore.jsonl
2024-06-11-ferry-operator-cuts-winter-crossings-on-lake-varnen.jsonl

# Hostile ids and headlines: separators, dot-dot, control bytes, 5,000
# characters, and names that collide. Nothing lands outside the folder,
# nothing is overwritten, every article gets its own file.
$ /usr/bin/python3 -c '
> import json
> hostile = ["../../escape", "/etc/passwd", "..", ".", "a/../../b", "nul\u0001\u0002\u001b[31mred\u007f", "\\\\back\\\\slash", ".hidden", "x" * 5000, "Same", "Same", "same", ""]
> with open("hostile.jsonl", "w") as f:
>     for i, h in enumerate(hostile):
>         f.write(json.dumps({"id": h or "urn:x:%d" % i, "headline": h}) + "\n")
> '; mkdir jail

$ cd jail && wirekit convert -t json -o by-id/ --split --name '{id}.{ext}' ../hostile.jsonl && wirekit convert -t json -o by-headline/ --split --name '{headline}.{ext}' ../hostile.jsonl && wirekit convert -t json -o slugs/ --split --name '{slug}.{ext}' ../hostile.jsonl && ls -A by-id by-headline slugs | cut -c1-60 | cat -A
by-headline:$
--back--slash.json$
-.-escape.json$
-etc-passwd.json$
Same-2.json$
Same.json$
a-.-.-b.json$
hidden.json$
json$
json-2$
nul---[31mred-.json$
same.json$
untitled.json$
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx$
$
by-id:$
--back--slash.json$
-.-escape.json$
-etc-passwd.json$
Same-2.json$
Same.json$
a-.-.-b.json$
hidden.json$
json$
json-2$
nul---[31mred-.json$
same.json$
urn:x:12.json$
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx$
$
slugs:$
a-b.json$
back-slash.json$
escape.json$
etc-passwd.json$
hidden.json$
nul-31mred.json$
same-2.json$
same-3.json$
same.json$
untitled-2.json$
untitled-3.json$
untitled.json$
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx$

# Only the three folders and their files, and as many files as articles.
$ cd jail && find . -mindepth 1 | grep -v -E '^\./(by-id|by-headline|slugs)(/[^/]+)?$'; for d in */; do ls -A "$d" | wc -l; done; ls -A .. | grep escape || echo nothing escaped
13
13
13
nothing escaped

# The longest names are cut to 200 bytes.
$ cd jail && for d in */; do ls "$d" | awk '{ print length($0) }' | sort -n | tail -1; done
200
200
85

# Template errors are usage errors, reported before anything is read.
$ wirekit convert -t json -o out/ --name '{title}.json' in
! wirekit: error: --name '{title}.json': unknown placeholder {title} (known: {name}, {id}, {headline}, {slug}, {date}, {source}, {ext}, {n})
[64]

$ wirekit convert -t json -o out/ --name 'sub/{slug}.json' in
! wirekit: error: --name 'sub/{slug}.json': a name cannot hold '/'; outputs all go into the -o folder
[64]

$ wirekit convert -o out/ in
! wirekit: error: a batch conversion needs -t FORMAT: the format of the files in out/
[64]

$ wirekit convert -t json --split in/festival-valparaiso.txt
! wirekit: error: --recursive, --split, --name, --force and --fail-fast are for batch conversion: give an output folder with -o FOLDER/
[64]

# A bad input is reported by name, the others are converted, and the exit
# status is that of the first failure; --fail-fast stops there.
$ mkdir mixed && cp in/canal-lock-rotterdam.txt mixed/1.txt && printf '{"broken":' > mixed/2.json && cp in/festival-valparaiso.txt mixed/3.txt && printf 'nothing to see' > mixed/4.dat && cp in/tea-harvest-kunming.txt mixed/5.txt

$ wirekit convert -t jsonl -o mixed-out/ mixed; echo "status $?"; ls mixed-out
status 65
1.jsonl
3.jsonl
4.jsonl
5.jsonl
! wirekit: mixed/2.json:1:11: error: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal
! wirekit: error: 1 of 5 inputs failed (see above)

$ wirekit convert -t jsonl -o fast-out/ --fail-fast mixed; echo "status $?"; ls fast-out
status 65
1.jsonl
! wirekit: mixed/2.json:1:11: error: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal
! wirekit: error: 1 of 5 inputs failed (see above); 3 not tried after --fail-fast stopped

$ wirekit convert -t jsonl -o missing-out/ mixed/1.txt no-such-file.txt; echo "status $?"; ls missing-out
status 66
1.jsonl
! wirekit: no-such-file.txt: error: cannot open: No such file or directory
! wirekit: error: 1 of 2 inputs failed (see above)

# -v ends with a summary (the time and rate vary, so they are masked here).
$ wirekit -v convert -t jsonl -o summary/ -j 2 mixed 2>&1 >/dev/null | tail -2 | sed -E 's/in [0-9.]+ s \([0-9]+ inputs\/s\)/in T s (R inputs\/s)/'
wirekit: note: converted 4 of 5 inputs to 4 files with -j 2 in T s (R inputs/s); 1 failed
wirekit: error: 1 of 5 inputs failed (see above)

# Without -j, one per processor this process may run on (here, taskset's one).
$ taskset -c 0 wirekit -v convert -t jsonl -o pinned/ mixed 2>&1 >/dev/null | tail -2 | sed -E 's/in [0-9.]+ s \([0-9]+ inputs\/s\)/in T s (R inputs\/s)/'
wirekit: note: converted 4 of 5 inputs to 4 files with -j 1 in T s (R inputs/s); 1 failed
wirekit: error: 1 of 5 inputs failed (see above)
