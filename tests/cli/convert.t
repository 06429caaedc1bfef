# `wirekit convert` with the dispatch reader and the json writers.

$ cp "$SAMPLES/harbour-strike-reykjavik.txt" story.txt && cp "$SAMPLES/tea-harvest-kunming.txt" yearless.txt

# -o out.json chooses json by the suffix; nothing goes to standard output,
# and the file holds the article.
$ wirekit convert -o out.json story.txt

$ ls
out.json
story.txt
yearless.txt

$ /usr/bin/python3 -c 'import json; d = json.load(open("out.json")); a = d["articles"][0]; print(d["wirekit"], len(d["articles"])); print(a["headline"]); print(a["dateline"]); print(a["sources"], a["language"], a["id"])'
1 1
Harbour Workers In Reykjavik Walk Out Over Night-Shift Pay, Ferries Held In Port
{'text': 'REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)', 'place': 'REYKJAVIK', 'date': '2024-03-12', 'credit': 'Nordic Wire / Baltic Press'}
['Nordic Wire', 'Baltic Press'] en urn:uuid:684a7219-ad16-5237-b45b-f3c1098cab7f

# -v says which rule chose each format.
$ wirekit -v convert -o out.json story.txt
! wirekit: story.txt: note: reading dispatch (file suffix .txt)
! wirekit: story.txt:3: note: dateline 'REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)'
! wirekit: story.txt:1: note: language guessed: en
! wirekit: out.json: note: writing json (output suffix .json)

$ wirekit convert -t JSONL -v story.txt yearless.txt | /usr/bin/python3 -c 'import json, sys; [print(json.loads(l)["dateline"]["text"]) for l in sys.stdin]'
REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)
KUNMING, Nov. 24 (Xinhua)
! wirekit: story.txt: note: reading dispatch (file suffix .txt)
! wirekit: story.txt:3: note: dateline 'REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)'
! wirekit: story.txt:1: note: language guessed: en
! wirekit: yearless.txt: note: reading dispatch (file suffix .txt)
! wirekit: yearless.txt:3: note: dateline 'KUNMING, Nov. 24 (Xinhua)'
! wirekit: yearless.txt:1: note: language guessed: en
! wirekit: <stdout>: note: writing jsonl (given with -t)

# The same conversion twice gives the same bytes.
$ wirekit convert -t json story.txt > a.json && wirekit convert -t json story.txt > b.json && cmp a.json b.json && echo same
same

# Every sample goes to json and back to the same bytes.
$ for f in "$SAMPLES"/*.txt; do wirekit convert -t json "$f" | wirekit convert -f json -t dispatch | cmp - "$f" && echo "${f##*/}"; done
canal-lock-rotterdam.txt
festival-valparaiso.txt
fischmarkt-hamburg.txt
harbour-strike-reykjavik.txt
solar-grid-millbrook-vermont.txt
tea-harvest-kunming.txt

# A dateline without a year is dated from --date, else from SOURCE_DATE_EPOCH
# (2023-11-14 here: "Nov. 24" then falls in 2022), else from the file's
# modification time.
$ wirekit convert -t json --date 2024-11-25 yearless.txt | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["dateline"]["date"])'
2024-11-24

$ touch -d 2021-12-01 yearless.txt && env -u SOURCE_DATE_EPOCH wirekit convert -t json yearless.txt | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["dateline"]["date"])'
2021-11-24

$ wirekit convert -t json yearless.txt | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["dateline"]["date"])'
2022-11-24

$ SOURCE_DATE_EPOCH=soon wirekit convert -t json yearless.txt
! wirekit: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not 'soon'
[78]

# --lang replaces the guess; --wrap hard-wraps dispatch output.
$ wirekit convert -t json --lang en-GB story.txt | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["language"])'
en-GB

# For json input, --lang fills in only where the article records no language.
$ wirekit convert -t json story.txt | wirekit convert -f json -t jsonl --lang de | /usr/bin/python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["language"])'
en

$ echo '{"wirekit": 1, "articles": [{"headline": "Ohne Sprache"}]}' | wirekit convert -f json -t jsonl --lang de | /usr/bin/python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["language"])'
de

$ wirekit convert -t dispatch --wrap 50 story.txt | head -n 6
Harbour Workers In Reykjavik Walk Out Over Night-Shift Pay, Ferries Held In Port
<BLANKLINE>
REYKJAVIK (Nordic Wire / Baltic Press - 12th
March, 2024) Harbour workers in Reykjavik stopped
loading and unloading ships at dawn on Tuesday,
leaving two island ferries and a container vessel

# An empty file is malformed data; so is empty standard input, whose format
# cannot even be told.
$ : > empty.txt && wirekit convert -t json empty.txt
! wirekit: empty.txt: error: empty input: no headline, no story
[65]

$ wirekit convert -t json < empty.txt
! wirekit: <stdin>: error: cannot tell the format from the name or the content; name one with -f (candidates: dispatch, anpa, iptc7901, zczc, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl)
[65]

# A failed conversion leaves an existing output file as it was.
$ echo old > keep.json && wirekit convert -o keep.json empty.txt; echo "status $?"; cat keep.json
status 65
old
! wirekit: empty.txt: error: empty input: no headline, no story

# -o into a folder that does not exist, or naming a folder: status 73, and no
# file (not even a temporary one) is left behind.
$ wirekit convert -o missing/out.json story.txt
! wirekit: missing/out.json: error: cannot create: No such file or directory
[73]

$ mkdir outdir && wirekit convert -t json -o outdir story.txt
! wirekit: outdir: error: is a folder; give a file name
[73]

$ ls -A . outdir
.:
a.json
b.json
empty.txt
keep.json
out.json
outdir
story.txt
yearless.txt
<BLANKLINE>
outdir:

# Text that is not UTF-8 is read as Windows-1252 with a warning; -q hides it.
$ printf 'Caf\xe9 reopens\n\nLYON (AFP) - The caf\xe9 reopened on Monday.\n' > latin1.txt && wirekit convert -t dispatch latin1.txt
Café reopens
<BLANKLINE>
LYON (AFP) - The café reopened on Monday.
! wirekit: latin1.txt: warning: input is not valid UTF-8; decoded as Windows-1252

$ wirekit -q convert -t dispatch latin1.txt
Café reopens
<BLANKLINE>
LYON (AFP) - The café reopened on Monday.

# --strict turns the Windows-1252 recovery into an error.
$ wirekit convert --strict -t dispatch latin1.txt
! wirekit: latin1.txt: error: input is not valid UTF-8 (--strict)
[65]

# -t FORMAT+VARIANT names a variant; a format without it is a usage error,
# and so is a --now that is not a full time.
$ wirekit convert -t json+pretty story.txt
! wirekit: error: format 'json' has no variant 'pretty' (it has none)
[64]

$ wirekit convert -t json --now 2024-03-12 story.txt
! wirekit: error: --now wants a date and time with its offset, e.g. 2024-03-12T08:00:00Z, not '2024-03-12'
[64]
