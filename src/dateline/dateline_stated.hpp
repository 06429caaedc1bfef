#pragma once
// The dateline an XML document states: in an element of its own (NewsML-G2's
// dateline, NITF's, NewsML 1.x's DateLine), marked in its body, or opening the
// lead paragraph, where the element's text often stands again with more (a
// credit, a separator). Shared by the readers of those formats and of feeds.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/dateline.hpp"
#include "model/article.hpp"

namespace wirekit {

// A dateline that stands alone ("London (dpa) -", "STOCKHOLM, Aug 29, 2014
// (AFP) -"), read by parse_dateline as if a lead followed; its separator is
// the one TEXT ends with, if any. nullopt when parse_dateline reads less.
std::optional<DatelineMatch> parse_dateline_alone(std::string_view text, const std::optional<DateTime>& reference);

// TEXT without the separator it ends with: "London (dpa) -" -> "London (dpa)".
std::string_view without_dateline_separator(std::string_view text);

// Sets A's dateline to M's, keeps its separator as the dispatch extension
// (so that a text writer prints the lead as it was) and fills what A lacks:
// creditline and sources from the credit, located from place and region.
void apply_dateline(Article& a, const DatelineMatch& m);

// What dates a dateline without a year: A's content_created, version_created
// or first_created, else FALLBACK (--date).
std::optional<DateTime> dateline_reference(const Article& a, const std::optional<DateTime>& fallback);

// A's dateline from what the document states: STATED (an element's text; may
// be empty), else HINT (a dateline its body marked). When the lead paragraph
// (the first within three, or six when STATED is given, that opens with a
// dateline: a byline, an editor's line or summary bullets may come first)
// opens with one that starts with STATED (any, when there is neither), that
// fuller dateline is taken and removed from the lead; its text is returned,
// for a note.
// Otherwise STATED or HINT is parsed on its own; a text the dateline parser
// cannot read stays the dateline's text alone.
std::optional<std::string> settle_dateline(Article& a, std::string_view stated, std::string_view hint,
                                           const std::optional<DateTime>& reference);

// The paragraph a dateline taken out of a lead opened: the dispatch extension
// lead-index, else 0.
std::size_t dateline_lead_index(const Article& a);

// Puts A's dateline back where the source had it, for a writer whose format
// keeps it in the text as well: when it was taken out of a lead (the dispatch
// extension dateline-separator says with what), dateline and separator open
// BODY's paragraph at dateline_lead_index again (a paragraph of their own when
// that is no paragraph). BODY is A's body, maybe with more at its end.
// Returns whether it did.
bool put_dateline_in_lead(Body& body, const Article& a);

}  // namespace wirekit
