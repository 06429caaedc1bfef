# Wire copy: ANPA-1312, IPTC 7901 and ZCZC telex framing.

$ cp "$SAMPLES"/harbor-strike-portville.anpa "$SAMPLES"/parliament-portville.7901 "$SAMPLES"/nbl-round-nine.zczc "$SAMPLES"/ferry-timetable-minatohama.anpa .

# Content decides, and detect names the rule that fired.
$ wirekit detect < harbor-strike-portville.anpa
<stdin>	anpa	content sniffing (score 95): SYN SYN SOH opens an ANPA-1312 message

$ wirekit detect < parliament-portville.7901
<stdin>	iptc7901	content sniffing (score 90): SOH + IPTC 7901 header line (source+number, priority, category, words)

$ wirekit detect < nbl-round-nine.zczc
<stdin>	zczc	content sniffing (score 90): a ZCZC start-of-message line

# Framed copy saved as .txt is still read as what it is.
$ cp parliament-portville.7901 story.txt && wirekit detect story.txt
story.txt	iptc7901	content sniffing (score 90): SOH + IPTC 7901 header line (source+number, priority, category, words)

# The same copy with its control characters stripped by a relay.
$ tr -d '\001\002\003\004\177' < parliament-portville.7901 | wirekit detect
<stdin>	iptc7901	content sniffing (score 70): IPTC 7901 header line, its controls stripped

# Reading framed copy as a dispatch would put the framing into the story.
$ wirekit convert -f dispatch -t json harbor-strike-portville.anpa
! wirekit: harbor-strike-portville.anpa: error: this is anpa wire copy (SYN SYN SOH opens an ANPA-1312 message), not a plain dispatch; read it with -f anpa
[65]

# No control character reaches another format.
$ wirekit convert -t json "$SHARED/corpus/wire/anpa-1.tst" "$SHARED/corpus/wire/IPTC7901.txt" | LC_ALL=C grep -c '[[:cntrl:]]' | tr -d ' '
0

# Writing ANPA-1312: the header lines, and the stamp from --now when the story has no time.
$ wirekit convert -t anpa --now 2024-06-01T12:00:00Z "$SAMPLES/harbour-strike-reykjavik.txt" | cat -v | grep -E '^\^V|^r a|GMT'
^V^V^Aa0001^_-----
r a^S^Q BC-HarbourWorkersInReykj   06-01 0168^M
	   ^CAP-WK-06-01-24 1200GMT<^M

# ANPA-1312 is 7-bit: letters with accents are transliterated, what has no
# ASCII form becomes '?' with a warning.
$ printf 'Harbour strike ends\n\nREYKJAVÍK (Nordic Wire) - Workers at Hafnarfjörður went back on Monday.\n' | wirekit -v convert -f dispatch -t anpa --now 2024-06-01T12:00:00Z > /dev/null
! wirekit: <stdin>: note: reading dispatch (given with -f)
! wirekit: <stdin>:3: note: dateline 'REYKJAVÍK (Nordic Wire)'
! wirekit: <stdin>:1: note: language unknown (give --lang)
! wirekit: <stdout>: note: writing anpa (given with -t)
! wirekit: note: anpa cannot carry, dropped: id
! wirekit: note: 3 characters outside ASCII were transliterated

$ printf 'Harbour strike ends\n\nTOKYO (Wire) - The 港 reopened on Monday.\n' | wirekit convert -f dispatch -t anpa --now 2024-06-01T12:00:00Z > /dev/null
! wirekit: warning: 1 character has no ASCII equivalent in ANPA-1312 and was written as '?'

# IPTC 7901 keeps 8-bit text with +latin1.
$ wirekit convert -t iptc7901+latin1 parliament-portville.7901 | tee latin1.7901 | wirekit convert -t json | grep -o 'Maria M[^,]*'
Maria Müller

$ LC_ALL=C grep -c $'M\xfcller' latin1.7901
1

# Kyodo's layout: no caret lines, the headline ends in "+", a local-time stamp.
$ wirekit convert -t json ferry-timetable-minatohama.anpa | grep -E '"(headline|slugline|trailer|version_created)"'
      "headline": "Island ferry line adds night crossings",
      "slugline": "Ferry-Timetable",
      "trailer": "==Kyodo",
      "version_created": "2024-12-05T14:20:00",

# A word count far from the text's says the copy was cut (this fixture was).
$ cd "$SHARED/corpus/wire" && wirekit convert -t json ap_anpa-3.tst > /dev/null
! wirekit: ap_anpa-3.tst:1: warning: the header says 127 words, the text has 3
