# The program itself: version, help, the formats list, usage errors.

$ wirekit --version
wirekit 0.1.0

$ wirekit --help
wirekit converts news articles between wire, XML, feed and JSON formats.
Usage: wirekit [OPTIONS] SUBCOMMAND
<BLANKLINE>
Options:
  -h,--help                   Print this help message and exit
  --version                   Display program version information and exit
  -v,--verbose Excludes: --quiet
                              Explain what is done: detection, forgiven input, dropped fields
  -q,--quiet Excludes: --verbose
                              Print nothing but errors
<BLANKLINE>
Subcommands:
  convert                     Convert articles from one format to another
  detect                      Print the format of each input and the rule that decided
  formats                     List the formats, their aliases and suffixes, and whether each reads and writes
  fetch                       Fetch feeds over HTTP when they changed, and convert them
  push                        Convert articles and send them over HTTP, or queue them in an outbox
  feed                        Add or update articles in a published RSS, Atom or JSON Feed file
  validate                    Check each input against the rules of its format; print every problem
<BLANKLINE>

$ wirekit formats
FORMAT    READ  WRITE  ALIASES       SUFFIXES            DESCRIPTION
dispatch  yes   yes    text,txt      .txt,.text          plain-text wire dispatch: headline, dateline + lead, paragraphs
anpa      yes   yes    anpa1312      .anpa               ANPA-1312 wire copy (AP): header lines, caret lines, TAB paragraphs, stamp
iptc7901  yes   yes    7901          .7901               IPTC 7901 wire copy (dpa, ATS, KNA): header, keyword line, headline =, paragraphs, end line
                                                         +latin1     text in ISO 8859-1 (other characters transliterated), as 8-bit 7901 copy
zczc      yes   no     aap           .zczc               ZCZC ... NNNN telex copy (AAP, Medianet): marker header lines, text (read only)
newsml    yes   yes    newsml-g2,g2  .nml,.newsml,.g2    IPTC NewsML-G2 newsItem, newsMessage and packageItem
                                                         +nitf       body as NITF instead of XHTML
                                                         +roundtrip  with wirekit's own markers (wk:), so that reading it back gives the same model
nitf      yes   yes    -             .nitf               IPTC NITF 2.x-3.x news story (head metadata, body.head, body.content, body.end)
newsml1   yes   yes    -             .newsml1            IPTC NewsML 1.x: NewsEnvelope and NewsItems (AFP, EFE, ANP, Kyodo, Belga, ...)
rss       yes   yes    rss2          .rss                RSS 0.9x, 1.0 (RDF) and 2.0 feeds; writes RSS 2.0
                                                         +roundtrip  with wirekit's own markers (wk:), so that reading it back gives the same model
atom      yes   yes    -             .atom               Atom 1.0 (and 0.3) feeds; writes Atom 1.0
                                                         +xhtml      entry content as XHTML (type="xhtml") instead of escaped HTML
                                                         +roundtrip  with wirekit's own markers (wk:), so that reading it back gives the same model
ninjs     yes   yes    -             .ninjs              IPTC ninjs 1.x, 2.x and 3.x; writes 2.2 or 3.1
                                                         +3.1        write ninjs 3.1 instead of 2.2
                                                         +lines      one ninjs object per line
jsonfeed  yes   yes    json-feed     .feed.json          JSON Feed 1.0 and 1.1; writes 1.1
json      yes   yes    -             .json               wirekit's lossless article model as one JSON document
jsonl     yes   yes    ndjson        .jsonl,.ndjson      the same model, one article per line

# No command at all is a usage error.
$ wirekit
! wirekit: error: A subcommand is required
! wirekit: hint: see 'wirekit --help' or 'wirekit COMMAND --help'
[64]

# So is an option nobody defines, at the top or in a command.
$ wirekit --bogus formats
! wirekit: error: The following argument was not expected: --bogus
! wirekit: hint: see 'wirekit --help' or 'wirekit COMMAND --help'
[64]

$ wirekit convert --bogus
! wirekit: error: The following argument was not expected: --bogus
! wirekit: hint: see 'wirekit --help' or 'wirekit COMMAND --help'
[64]

$ wirekit formats extra
! wirekit: error: The following argument was not expected: extra
! wirekit: hint: see 'wirekit --help' or 'wirekit COMMAND --help'
[64]

# -h is --help; every command has one.
$ wirekit formats -h
List the formats, their aliases and suffixes, and whether each reads and writes
Usage: wirekit formats [OPTIONS]
<BLANKLINE>
Options:
  -h,--help                   Print this help message and exit
<BLANKLINE>
