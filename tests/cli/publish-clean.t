# Default output speaks the target format only (issue 17): no wirekit
# namespace, no wk: elements or attributes, no escaped element blobs. Foreign
# XML passes through as XML, its namespace declared once on the root; what a
# model field carries is written once, from the model. +roundtrip adds the
# markers that make a round trip exact. SOURCE_DATE_EPOCH is 2023-11-14.

$ wirekit convert -t atom "$SAMPLES/harbourside-gazette.rss" > out.atom && ! grep -q 'wirekit\|wk:' out.atom && echo clean
clean

$ xmllint --noout --relaxng "$SHARED/formats-ref/atom/atom.rng" out.atom
! out.atom validates

# Media RSS stays Media RSS: the item-level caption and credit beside
# media:content, and those inside it; geo passes through; dc:rights became
# Atom's rights.
$ grep -o -e '<media:[a-z]*' -e '<geo:[a-z]*' -e '<rights>' -e 'xmlns:[a-z]*=' out.atom | sort | uniq -c
      1 <geo:lat
      2 <media:content
      2 <media:credit
      2 <media:description
      2 <rights>
      1 xmlns:geo=
      1 xmlns:media=

# feedparser finds the photos, the credits and the captions.
$ /usr/bin/python3 -c 'import feedparser, sys; d = feedparser.parse(sys.argv[1]); [print(d.bozo, e.media_content[0]["url"], e.media_credit[0]["content"], e.content[0].value) for e in d.entries]' out.atom
False https://gazette.example/img/lighthouse.jpg Isla Munro The tower at Skerry Point at dawn.
False https://gazette.example/img/ferry.jpg Tom Reid The morning ferry at the pier.

# The same for RSS and NewsML-G2 written from a dispatch.
$ wirekit convert -t rss "$SAMPLES/harbour-strike-reykjavik.txt" > out.rss && ! grep -q 'wirekit\|wk:' out.rss && echo clean
clean

$ wirekit convert -t newsml "$SAMPLES/harbour-strike-reykjavik.txt" > out.xml && ! grep -q 'wirekit\|wk:' out.xml && echo clean
clean

$ xmllint --noout --nonet --schema "$SHARED/formats-ref/newsml-g2/newsml-g2-plus-nitf.xsd" out.xml
! out.xml validates

# +roundtrip writes the markers; reading it back gives the dispatch back.
$ wirekit convert -t rss+roundtrip "$SAMPLES/harbour-strike-reykjavik.txt" > marked.rss && grep -c '<wk:' marked.rss
12

$ wirekit convert -f rss -t dispatch marked.rss | cmp - "$SAMPLES/harbour-strike-reykjavik.txt" && echo same
same

# Without it the dispatch's own layout (its dateline separator, its credit
# line) is what RSS cannot say, and -v tells what it left out.
$ cp "$SAMPLES/harbour-strike-reykjavik.txt" story.txt && wirekit -v convert -t rss story.txt > /dev/null
! wirekit: story.txt: note: reading dispatch (file suffix .txt)
! wirekit: story.txt:3: note: dateline 'REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)'
! wirekit: story.txt:1: note: language guessed: en
! wirekit: <stdout>: note: writing rss (given with -t)
! wirekit: note: rss (without +roundtrip) cannot carry, dropped: type, dateline, located, creditline, sources
! wirekit: note: rss: the channel's title, link, description derived (rss requires them; the source has none)

# wirekit feed upserts into a clean feed as into one it wrote itself: the
# story joins the two entries, and publishing it again changes nothing.
$ wirekit convert -t atom "$SAMPLES/harbourside-gazette.rss" > clean.atom && wirekit feed clean.atom story.txt && grep -c '<entry' clean.atom
3

$ wirekit -v feed clean.atom story.txt 2>&1 | tail -1
wirekit: clean.atom: note: unchanged (0 added, 0 replaced, 0 dropped); not written
