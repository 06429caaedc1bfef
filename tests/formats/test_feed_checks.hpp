#pragma once
// Checks of feed output shared by the RSS and Atom tests: the RSS 2.0 rules
// (no official schema exists, so they are written out here) and the Atom
// RELAX NG schema of RFC 4287 run through xmllint.
#include <string>
#include <vector>

namespace wirekit::test {

// What RSS_XML breaks of the RSS 2.0 rules: an <rss version="2.0"> root with
// one channel; the channel's title, link and description, present and not
// empty, each once; every item with a title or a description; pubDate and
// lastBuildDate in RFC 822; a guid with isPermaLink="true" holding an
// absolute http(s) URL; enclosures with url, a whole-number length and a
// type; every prefix declared. Empty when it breaks none.
std::vector<std::string> rss_problems(const std::string& rss_xml);

// xmllint's complaints about ATOM_XML against ../shared/formats-ref/atom/atom.rng;
// empty when it validates.
std::string atom_schema_errors(const std::string& atom_xml);

}  // namespace wirekit::test
