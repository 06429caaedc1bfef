# NITF and NewsML 1.x: the formats newsrooms exchanged and archived for twenty
# years, told by their root element whatever the file is called.

$ cd "$SHARED/corpus" && wirekit detect nitf/superdesk-core__ap-nitf.xml nitf/superdesk-core__ap_media_text_nitf.xml newsml1/superdesk-core__afp.xml newsml1/superdesk-ntb__solita_se_1.xml
nitf/superdesk-core__ap-nitf.xml	nitf	content sniffing (score 90)
nitf/superdesk-core__ap_media_text_nitf.xml	nitf	content sniffing (score 95)
newsml1/superdesk-core__afp.xml	newsml1	content sniffing (score 90)
newsml1/superdesk-ntb__solita_se_1.xml	newsml1	content sniffing (score 95)

# AP's NITF, as a new user would try it: what the document states.
$ wirekit convert -t json "$SHARED/corpus/nitf/superdesk-core__ap-nitf.xml" | /usr/bin/python3 -c 'import json, sys; a = json.load(sys.stdin)["articles"][0]; print(a["headline"], repr(a["byline"]), a["dateline"]["text"], a["first_created"], a["body"][0]["inlines"][0][:40], sep=" | ")'
Can trading pollution like stocks help fight climate change? | 'By BERNARD CONDON\nAP Business Writer' | NEW YORK (AP) | 2015-12-10T19:10:44Z | The gas produced by hog manure at farms 

# AFP's NewsML 1.2: the DateLine, the NITF body inside the ContentItem.
$ wirekit convert -t json "$SHARED/corpus/newsml1/superdesk-core__afp.xml" | /usr/bin/python3 -c 'import json, sys; a = json.load(sys.stdin)["articles"][0]; print(a["id"], a["headline"], a["dateline"]["text"], a["first_created"], len(a["body"]), sep=" | ")'
urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86 | Sweden court accepts receivership for Saab carmaker | STOCKHOLM, Aug 29, 2014 (AFP) | 2014-08-29T13:49:51Z | 10

# Written as NITF 3.6 and as NewsML 1.2, each valid against its reference.
$ wirekit convert -t nitf -o story.nitf "$SAMPLES/harbour-strike-reykjavik.txt" && xmllint --noout --nonet --schema "$SHARED/formats-ref/newsml-g2/nitf-3-6.xsd" story.nitf
! story.nitf validates

$ wirekit convert -t newsml1 -o story.newsml1 "$SAMPLES/ferry-trial-orrin.nitf" && /usr/bin/python3 "$TESTDIR/../tools/check_newsml1.py" "$SHARED/formats-ref/newsml1/NewsML_1.2.dtd" "$SHARED/formats-ref/newsml-g2/nitf-3-6.xsd" story.newsml1
story.newsml1: valid

# A NITF document holds one article.
$ wirekit convert -t nitf "$SHARED/corpus/newsml1/gextech-iptc-newsml__BAS-Y-MUNDO-MXC_20160116_1402.XML"
! wirekit: error: a NITF document holds one article and the input has 2: write each to a file of its own with -o FOLDER/ --split
[65]

$ wirekit convert -t nitf -o split/ --split "$SHARED/corpus/newsml1/gextech-iptc-newsml__BAS-Y-MUNDO-MXC_20160116_1402.XML" && ls split | wc -l
2

# validate checks NITF against NITF 3.6's schema: wirekit's own NITF is valid.
$ wirekit -v validate story.nitf 2>&1
wirekit: story.nitf: note: reading nitf (file suffix .nitf)
wirekit: story.nitf: note: dateline 'REYKJAVIK (Nordic Wire / Baltic Press - 12th March, 2024)' taken from the lead
story.nitf: valid (nitf)

$ printf '<nitf><body>' > broken.nitf && wirekit validate broken.nitf
broken.nitf:1:13: error: Premature end of data in tag body line 1
[65]

# An agency file without NITF's namespace reads, but is not valid NITF 3.6.
$ wirekit validate "$SHARED/corpus/nitf/superdesk-core__ap-nitf.xml" 2>&1 | sed 's|.*/||'
superdesk-core__ap-nitf.xml:2:1: error: Element 'nitf': No matching global declaration available for the validation root.

# NewsML 1.2: the DTD for the document, NITF 3.6 for the NITF each DataContent holds.
$ wirekit convert -t newsml1 -o story.newsml1 story.nitf && wirekit -v validate story.newsml1 2>&1 | tail -1
story.newsml1: valid (newsml1)

$ sed 's|<HeadLine>|<HeadLine><b>|; s|</HeadLine>|</b></HeadLine>|; s|<p>|<p><blink>|; s|</p>|</blink></p>|' story.newsml1 > broken.newsml1 && wirekit validate broken.newsml1 2>&1 | sed 's|:[0-9]*:[0-9]*:|:L:C:|' | sort -u
broken.newsml1:L:C: error: Element '{http://iptc.org/std/NITF/2006-10-18/}blink': This element is not expected.
broken.newsml1:L:C: error: Element b is not declared in HeadLine list of possible children
broken.newsml1:L:C: error: No declaration for element b

$ printf '<rss version="2.0"><channel/></rss>' > feed.xml && wirekit validate -f newsml1 feed.xml
feed.xml:1:1: error: Element 'rss': the DTD's root is NewsML; not checked further
[65]
