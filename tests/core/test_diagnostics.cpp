#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "registry/detect.hpp"
#include "registry/format.hpp"
#include "report/diagnostics.hpp"

using namespace wirekit;

namespace {
std::string severities(const Diagnostics& diag) {
    std::string out;
    for (const auto& d : diag.all()) out += d.severity == Diagnostic::Severity::note ? 'n' : 'w';
    return out;
}
}  // namespace

TEST_CASE("diagnostics keep what they are told to keep", "[diagnostics]") {
    using Kept = Diagnostics::Kept;
    for (auto [kept, expected] : {std::pair{Kept::everything, "nnwnw"}, std::pair{Kept::warnings, "ww"}, std::pair{Kept::nothing, ""}}) {
        Diagnostics from;
        from.note("a", "noted");
        from.warning("a", "warned");
        Diagnostics diag(kept);
        CHECK(diag.kept() == kept);
        diag.note("s", "one");
        diag.warning("s", "two");
        diag.note_at(0, "s", "zero");
        diag.append(from);
        CHECK(severities(diag) == expected);
        CHECK(diag.has_warnings() == (kept != Kept::nothing));
    }
    CHECK(Diagnostics().kept() == Kept::everything);
}

TEST_CASE("diagnostics: a reader's notes are not kept for a run that will not show them", "[diagnostics]") {
    // A note or two per article (language, dateline) held to the end of a long
    // conversion grew with the input.
    const FormatInfo* dispatch = find_format("dispatch");
    REQUIRE(dispatch);
    std::string text = "Harbour cranes stand still\n\nOSLO (Nordic Wire) - The cranes of the harbour stood still on Monday "
                       "as the workers of the port met to vote on the offer that was made to them.\n";
    for (bool keep : {true, false}) {
        Diagnostics diag(keep ? Diagnostics::Kept::everything : Diagnostics::Kept::warnings);
        ReadOptions ro;
        ro.source = "story.txt";
        ro.diag = &diag;
        Document doc = dispatch->read(text, ro);
        REQUIRE(doc.articles.size() == 1);
        CHECK(doc.articles[0].language == "en");
        CHECK(severities(diag) == (keep ? "nn" : ""));
    }
}
