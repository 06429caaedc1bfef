# `wirekit convert` goes line by line when the input holds one record per
# line (jsonl, ninjs lines) and the output writes one per line (jsonl,
# ninjs+lines): memory is bounded by the longest line, not the input, and
# --max-input-size limits each line instead of the whole input.

$ wirekit convert -t jsonl "$SAMPLES/harbour-strike-reykjavik.txt" "$SAMPLES/tea-harvest-kunming.txt" "$SAMPLES/lakeside-ferry-timetable.rss" > three.jsonl && wc -l < three.jsonl
5

# 2,000 copies of five records: about 2.6 MB, ten thousand lines.
$ awk '{ line[NR] = $0 } END { for (i = 0; i < 2000; i++) for (n = 1; n <= NR; n++) print line[n] }' three.jsonl > many.jsonl && wc -l < many.jsonl
10000

# Loaded whole, the input is over a 20,000-byte limit...
$ wirekit convert -t json --max-input-size 20000 many.jsonl
! wirekit: many.jsonl: error: input is larger than the limit of 20000 bytes (see --max-input-size)
[65]

# ...line by line, only each line must fit, so the same limit converts it.
$ wirekit -v convert -t ninjs+lines --max-input-size 20000 -o many.ninjs many.jsonl 2>&1 | grep -v dropped | grep -v 'not a URI'
wirekit: many.jsonl: note: reading jsonl (file suffix .jsonl)
wirekit: many.ninjs: note: writing ninjs (given with -t)
wirekit: many.jsonl: note: converting line by line

$ wc -l < many.ninjs
10000

# Line by line gives the same bytes as converting the whole input, from a
# file, from stdin and back.
$ wirekit convert -t ninjs+lines three.jsonl > three.ninjs && awk '{ line[NR] = $0 } END { for (i = 0; i < 2000; i++) for (n = 1; n <= NR; n++) print line[n] }' three.ninjs | cmp - many.ninjs && echo same
same

$ wirekit convert -f jsonl -t ninjs+lines < many.jsonl | cmp - many.ninjs && echo same
same

$ wirekit -v convert -t jsonl --max-input-size 20000 many.ninjs 2>&1 >/dev/null | grep -v 'dropped'
wirekit: many.ninjs: note: reading ninjs (file suffix .ninjs)
wirekit: <stdout>: note: writing jsonl (given with -t)
wirekit: many.ninjs: note: converting line by line
wirekit: many.ninjs:1: note: read as ninjs 2.x (2.x property names)

# Errors name the line in the whole input. A failure half way leaves the
# -o file as it was, and no temporary file behind.
$ (head -n 7 many.jsonl; echo '{"headline": 3}'; head -n 3 many.jsonl) > broken.jsonl && echo old > out.jsonl

$ wirekit convert -t jsonl -o out.jsonl broken.jsonl
! wirekit: broken.jsonl:8: error: headline: expected a string, got 3
[65]

$ cat out.jsonl && ls -A | grep -c wirekit-
old
0
[1]

$ wirekit convert -t jsonl --max-input-size 100 many.jsonl > /dev/null
! wirekit: many.jsonl:1: error: line is longer than the limit of 100 bytes (see --max-input-size)
[65]

# --lang speaks for the records without a language, line by line too.
$ printf '{"headline":"One"}\n{"headline":"Two","language":"de"}\n' | wirekit convert -f jsonl -t jsonl --lang fr
{"headline":"One","language":"fr"}
{"headline":"Two","language":"de"}

# A pretty-printed ninjs document is not one record per line: it is read whole.
$ /usr/bin/python3 -c 'import json; print(json.dumps(json.loads(open("many.ninjs").readline()), indent=2))' > pretty.ninjs && wirekit -v convert -t jsonl pretty.ninjs 2>&1 >/dev/null | grep -c 'line by line'
0
[1]

# A feed (rss, atom) to jsonl or another one-record-per-line output is read
# article by article: the input is loaded whole, but each article is written
# as soon as it is read instead of all of them being held first. The bytes
# and diagnostics are those of the whole-document path.
$ awk 'BEGIN { print "<rss version=\"2.0\"><channel><title>Many</title><link>https://many.example/</link><description>Many items</description>"
>   for (i = 1; i <= 2000; i++) printf "<item><title>Item %d</title><link>https://many.example/%d</link><pubDate>%s</pubDate><description>&lt;p&gt;Paragraph %d.&lt;/p&gt;</description></item>\n", i, i, (i == 2000 ? "the day after" : "Tue, 04 Jun 2024 10:00:00 +0100"), i
>   print "</channel></rss>" }' > many.rss && wc -l < many.rss
2002

$ wirekit -v convert -t jsonl many.rss > many-streamed.jsonl
! wirekit: many.rss: note: reading rss (file suffix .rss)
! wirekit: many.rss: note: converting article by article
! wirekit: many.rss:2001:69: warning: unreadable date 'the day after' in <pubDate>; kept verbatim as an extension
! wirekit: <stdout>: note: writing jsonl (given with -t)
! wirekit: note: jsonl has no place for feed information (title, links, authors, ...); left out

$ wirekit convert -t json many.rss 2>/dev/null | wirekit convert -f json -t jsonl | cmp - many-streamed.jsonl && wc -lc < many-streamed.jsonl
  2000 250732

# -j N reads N items of the feed at a time (by default one per processor),
# and writes their lines as it reads them: the same bytes (--lang too), and
# the same warnings in the same order, with any -j.
$ awk 'BEGIN { print "<rss version=\"2.0\"><channel><title>Mixed</title>"
>   for (i = 1; i <= 1000; i++) printf "<item><title>Item %d</title><pubDate>%s</pubDate></item>\n", i, (i % 250 == 0 ? "day " i : "Tue, 04 Jun 2024 10:00:00 +0100")
>   print "</channel></rss>" }' > mixed.rss && wirekit convert -j 1 --lang fr -t jsonl mixed.rss > j1.jsonl
! wirekit: mixed.rss:251:30: warning: unreadable date 'day 250' in <pubDate>; kept verbatim as an extension
! wirekit: mixed.rss:501:30: warning: unreadable date 'day 500' in <pubDate>; kept verbatim as an extension
! wirekit: mixed.rss:751:30: warning: unreadable date 'day 750' in <pubDate>; kept verbatim as an extension
! wirekit: mixed.rss:1001:31: warning: unreadable date 'day 1000' in <pubDate>; kept verbatim as an extension

$ for j in 2 3 8; do wirekit -v convert -j $j --lang fr -t jsonl mixed.rss > j$j.jsonl 2> j$j.err && cmp j1.jsonl j$j.jsonl && wirekit -v convert -j 1 --lang fr -t jsonl mixed.rss 2>&1 >/dev/null | cmp - j$j.err && echo "-j $j: same"; done
-j 2: same
-j 3: same
-j 8: same

$ grep -c '"language":"fr"' j2.jsonl
1000

# A failure halfway (here --strict and the last item's date), after the
# first articles were written, leaves no output file behind.
$ wirekit convert --strict -t jsonl -o strict.jsonl many.rss
! wirekit: many.rss:2001:69: error: unreadable date 'the day after' in <pubDate> (--strict)
[65]

$ ls | grep strict || echo none
none
