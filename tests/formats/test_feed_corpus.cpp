// Every feed of the shared corpus reads without a crash: gofeed's parser test
// data (../shared/corpus/feeds/gofeed/parser/) and the 14 real news feeds.
// The well-formed ones read without an error; the few that are not
// well-formed (as xmllint judges them) are either recovered or refused with
// a clear error (exit 65, with line and column); --strict refuses what the
// readers recover from with a warning.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "atom/atom_reader.hpp"
#include "report/error.hpp"
#include "rss/rss_reader.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"

using namespace wirekit;

namespace {

// Relative to corpus/feeds/; `xmllint --noout` refuses exactly these.
const std::set<std::string> not_well_formed = {
    "gofeed/parser/atom/atom10_feed_entry_source_logo.xml",
    "gofeed/parser/atom/atom10_feed_entry_source_title_html_escaped_markup.xml",
    "gofeed/parser/atom/atom10_feed_entry_source_title_text.xml",
    "gofeed/parser/atom/atom10_feed_title_xhtml_escaped_markup.xml",
    "gofeed/parser/atom/atom10_feed_title_xhtml_inline_markup.xml",
    "gofeed/parser/rss/issue_305_bare_ampersand.xml",
    "gofeed/parser/rss/issue_320_legacy_entity_prefix.xml",
    "gofeed/parser/rss/rss_channel_item_illegal_char.xml",
    "gofeed/parser/rss/rss_channel_language.xml",
    "gofeed/parser/universal/empty_feed.xml",
    "real/uol-noticias.rss.xml",
};

// Not feeds at all.
const std::set<std::string> not_feeds = {"gofeed/parser/universal/unknown_feed.xml", "gofeed/parser/universal/empty_feed.xml"};

using Reader = Document (*)(std::string_view, const ReadOptions&);

// The reader a file's sniffing picks, or null when neither claims it.
Reader reader_for(const std::string& bytes) {
    std::string_view prefix = std::string_view(bytes).substr(0, 4096);
    int rss = sniff_rss(prefix), atom = sniff_atom(prefix);
    if (rss < 50 && atom < 50) return nullptr;
    return rss >= atom ? read_rss : read_atom;
}

std::vector<std::string> corpus_files() {
    std::vector<std::string> files;
    for (const char* dir : {"gofeed/parser/rss", "gofeed/parser/atom", "gofeed/parser/universal", "real"})
        for (const std::string& f : test::files_in(test::shared_path("corpus/feeds/") + dir, ".xml"))
            files.push_back(std::string(dir) + "/" + std::filesystem::path(f).filename().string());
    return files;
}

}  // namespace

TEST_CASE("feed corpus: every corpus feed reads without a crash, the well-formed ones without an error", "[rss][atom][feed][corpus]") {
    std::vector<std::string> files = corpus_files();
    REQUIRE(files.size() > 440);
    int read = 0, refused = 0;
    for (const std::string& name : files) {
        INFO(name);
        std::string bytes = test::read_file(test::shared_path("corpus/feeds/" + name));
        Reader reader = name.starts_with("gofeed/parser/rss/")    ? read_rss
                        : name.starts_with("gofeed/parser/atom/") ? read_atom
                                                                  : reader_for(bytes);
        if (not_feeds.count(name)) {
            CHECK(reader == nullptr);
            CHECK_THROWS_AS(read_rss(bytes, [] { static Diagnostics d; return test::read_options(d); }()), Error);
            CHECK_THROWS_AS(read_atom(bytes, [] { static Diagnostics d; return test::read_options(d); }()), Error);
            ++refused;
            continue;
        }
        REQUIRE(reader != nullptr);
        Diagnostics diag;
        if (not_well_formed.count(name)) {
            try {
                reader(bytes, test::read_options(diag, name));
                ++read;
            } catch (const Error& e) {
                CHECK(e.code() == Exit::data);
                CHECK(e.line() > 0);
                ++refused;
            }
        } else {
            CHECK_NOTHROW(reader(bytes, test::read_options(diag, name)));
            ++read;
        }
    }
    CHECK(read > 430);
    WARN(read << " corpus files read, " << refused << " refused with an error");
}

TEST_CASE("feed corpus: recoverable breakage is recovered with a warning, and refused with --strict", "[rss][feed][corpus]") {
    struct Case {
        const char* file;
        const char* title;
    };
    for (Case c : {Case{"gofeed/parser/rss/issue_305_bare_ampersand.xml", "Fish & Chips & more <3"},
                   Case{"gofeed/parser/rss/issue_320_legacy_entity_prefix.xml", "?page=1&copy=2;mode=x & done"}}) {
        INFO(c.file);
        std::string bytes = test::read_file(test::shared_path(std::string("corpus/feeds/") + c.file));
        Diagnostics diag;
        Document doc = read_rss(bytes, test::read_options(diag));
        CHECK(doc.feed.title == c.title);
        CHECK(diag.has_warnings());
        ReadOptions strict = test::read_options(diag);
        strict.strict = true;
        CHECK_THROWS_AS(read_rss(bytes, strict), Error);
    }
    SECTION("undeclared Latin-1 bytes fall back to Windows-1252") {
        std::string bytes = test::read_file(test::shared_path("corpus/feeds/real/uol-noticias.rss.xml"));
        Diagnostics diag;
        Document doc = read_rss(bytes, test::read_options(diag));
        CHECK(doc.feed.image.title == "UOL Noticias - Últimas Notícias");
        REQUIRE(doc.articles.size() > 10);
        CHECK(doc.articles[0].headline == "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno");
        ReadOptions strict = test::read_options(diag);
        strict.strict = true;
        CHECK_THROWS_AS(read_rss(bytes, strict), Error);
    }
}

TEST_CASE("feed corpus: gofeed's universal test feeds are told apart by sniffing", "[rss][atom][feed][sniff]") {
    struct Case {
        const char* file;
        const char* format;  // "rss", "atom" or "" for neither
    };
    for (Case c : {Case{"atom03_feed.xml", "atom"}, Case{"atom10_feed.xml", "atom"}, Case{"rss_feed.xml", "rss"},
                   Case{"rss_feed_bom.xml", "rss"}, Case{"rss_feed_leading_spaces.xml", "rss"}, Case{"rdf_feed.xml", "rss"},
                   Case{"unknown_feed.xml", ""}, Case{"empty_feed.xml", ""}}) {
        INFO(c.file);
        std::string bytes = test::read_file(test::shared_path(std::string("corpus/feeds/gofeed/parser/universal/") + c.file));
        // The command line strips the BOM and leading white space before sniffing.
        std::string_view prefix = bytes;
        if (prefix.starts_with("\xEF\xBB\xBF")) prefix.remove_prefix(3);
        while (!prefix.empty() && (prefix.front() == ' ' || prefix.front() == '\n' || prefix.front() == '\t')) prefix.remove_prefix(1);
        int rss = sniff_rss(prefix.substr(0, 4096)), atom = sniff_atom(prefix.substr(0, 4096));
        std::string picked = rss >= 50 && rss >= atom ? "rss" : atom >= 50 ? "atom" : "";
        CHECK(picked == c.format);
        if (picked.empty()) continue;
        Diagnostics diag;
        Document doc = picked == "rss" ? read_rss(bytes, test::read_options(diag)) : read_atom(bytes, test::read_options(diag));
        CHECK(doc.feed.title == "Feed Title");
    }
}
