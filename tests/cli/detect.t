# `wirekit detect` prints NAME, FORMAT and RULE separated by tabs.

# The suffix rule decides for files.
$ cd "$SAMPLES" && wirekit detect harbour-strike-reykjavik.txt canal-lock-rotterdam.txt
harbour-strike-reykjavik.txt	dispatch	file suffix .txt
canal-lock-rotterdam.txt	dispatch	file suffix .txt

# An input that cannot be read is reported and the others still go on; the
# status is the first failure's.
$ cp "$SAMPLES/tea-harvest-kunming.txt" . && wirekit detect missing.txt tea-harvest-kunming.txt
tea-harvest-kunming.txt	dispatch	file suffix .txt
! wirekit: missing.txt: error: cannot open: No such file or directory
[66]

$ wirekit detect --max-input-size 10 tea-harvest-kunming.txt
! wirekit: tea-harvest-kunming.txt: error: input is larger than the limit of 10 bytes (see --max-input-size)
[65]

# Standard input has no name, so its content decides.
$ wirekit detect < "$SAMPLES/canal-lock-rotterdam.txt"
<stdin>	dispatch	content sniffing (score 60)

$ wirekit convert -t json "$SAMPLES/canal-lock-rotterdam.txt" | wirekit detect -
<stdin>	json	content sniffing (score 95)

$ wirekit convert -t jsonl "$SAMPLES/canal-lock-rotterdam.txt" "$SAMPLES/tea-harvest-kunming.txt" | wirekit detect
<stdin>	jsonl	content sniffing (score 95)

# A suffix that names no format falls back on the content too.
$ cp "$SAMPLES/fischmarkt-hamburg.txt" meldung.dpa && wirekit detect meldung.dpa
meldung.dpa	dispatch	content sniffing (score 60)

# Content nobody recognises, and empty input, are errors naming the candidates.
$ printf '\001\002\003' | wirekit detect
! wirekit: <stdin>: error: cannot tell the format from the name or the content; name one with -f (candidates: dispatch, anpa, iptc7901, zczc, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl)
[65]

$ : > empty.txt && wirekit detect < empty.txt
! wirekit: <stdin>: error: cannot tell the format from the name or the content; name one with -f (candidates: dispatch, anpa, iptc7901, zczc, newsml, nitf, newsml1, rss, atom, ninjs, jsonfeed, json, jsonl)
[65]

# Microsoft's CDF is read as a feed: by its CHANNEL root, whatever the suffix.
$ printf '<?xml version="1.0"?>\n<CHANNEL HREF="http://harbour.example/"><TITLE>Harbour desk</TITLE><ITEM HREF="ferry.html"><TITLE>Ferry back</TITLE></ITEM></CHANNEL>\n' > desk.xml && wirekit detect desk.xml && wirekit convert -t jsonl desk.xml
desk.xml	rss	content sniffing (score 80)
{"url":"http://harbour.example/ferry.html","headline":"Ferry back"}
