// wirekit_matrix: converts every sample and every corpus file to every output
// format in memory, reads each output back with the same format's reader and
// checks that the followed fields survive wherever man/wirekit-formats.5 says
// the format keeps them. Outputs are left under OUT/<target>/ for the schema
// validation that tests/matrix/run_matrix.sh runs next. Prints the table of
// conversions per input group and target; exits 1 on any failure.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "article_fields.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"
#include "wire/wire_text.hpp"
#include "kept_table.hpp"
#include "registry/detect.hpp"
#include "report/diagnostics.hpp"
#include "report/error.hpp"
#include "time/datetime.hpp"

namespace fs = std::filesystem;
using namespace wirekit;
using namespace wirekit::matrix;

namespace {

struct Target {
    std::string name;  // as -t takes it, e.g. "ninjs+3.1"
    std::string format;
    std::vector<std::string> variants;
    std::string suffix;
    bool holds_feed;  // writes a document without articles (a feed's own data)
    std::string charset = {};  // a writer in a 7- or 8-bit set transliterates the rest
    bool one_article = false;  // a document holds one article: each is written on its own (as --split does)
};

const std::vector<Target>& targets() {
    static const std::vector<Target> all = {
        {"dispatch", "dispatch", {}, ".txt", false},   {"anpa", "anpa", {}, ".anpa", false, "ASCII"},
        {"iptc7901", "iptc7901", {}, ".7901", false},  {"newsml", "newsml", {}, ".xml", false},
        {"rss", "rss", {}, ".rss", true},              {"atom", "atom", {}, ".atom", true},
        {"ninjs", "ninjs", {}, ".json", true},         {"ninjs+3.1", "ninjs", {"3.1"}, ".json", true},
        {"jsonfeed", "jsonfeed", {}, ".json", true},   {"json", "json", {}, ".json", true},
        {"jsonl", "jsonl", {}, ".jsonl", true},
        {"nitf", "nitf", {}, ".nitf", false, {}, true}, {"newsml1", "newsml1", {}, ".xml", false},
    };
    return all;
}

struct Input {
    std::string group;  // the row of the printed table
    fs::path path;
};

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void add_files(std::vector<Input>& inputs, const std::string& group, const fs::path& dir, bool recursive,
               bool (*wanted)(const fs::path&)) {
    std::vector<fs::path> found;
    auto consider = [&](const fs::directory_entry& e) {
        if (e.is_regular_file() && wanted(e.path())) found.push_back(e.path());
    };
    if (recursive)
        for (const auto& e : fs::recursive_directory_iterator(dir)) consider(e);
    else
        for (const auto& e : fs::directory_iterator(dir)) consider(e);
    std::sort(found.begin(), found.end());
    for (auto& p : found) inputs.push_back({group, p});
}

// The wire formats frame their messages with control characters.
bool is_wire_target(const Target& t) { return t.format == "anpa" || t.format == "iptc7901"; }

// Whether BYTES hold a C0 control other than TAB, LF and CR, DEL, or (as UTF-8)
// a C1 control; a dispatch separates its stories with form feeds.
bool has_control_character(std::string_view bytes, bool form_feeds) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\t' || c == '\n' || c == '\r' || (form_feeds && c == '\f')) continue;
        if (c < 0x20 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(bytes[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

// VALUES (and WRITTEN) as a writer in CHARSET puts them; false when a value
// has characters without an equivalent there (the writer warns of those).
bool in_charset(const std::string& charset, std::vector<std::string>& values, std::vector<std::string>& written) {
    auto questions = [](const std::string& s) { return std::count(s.begin(), s.end(), '?'); };
    for (auto* list : {&values, &written})
        for (auto& v : *list) {
            // ANPA also writes AP's 7-bit typography ('' for ”), which reads back as typography.
            if (charset == "ASCII") v = from_ap_typography(to_ap_typography(v));
            std::string folded = convert_from_utf8(v, charset)->bytes;
            if (list == &values && questions(folded) > questions(v)) return false;
            // White space may change with the charset (a thin space becomes a space).
            v = collapse_spaces(charset == "ASCII" ? folded : convert_to_utf8(folded, charset)->text);
        }
    return true;
}

bool not_sources_list(const fs::path& p) {
    return p.filename() != "SOURCES.txt" && p.filename() != "README.md" && p.filename() != ".gitattributes";
}
bool is_xml(const fs::path& p) { return p.extension() == ".xml"; }
// AFP's and EFE's NewsML files end in .xml and .XML.
bool is_newsml1_file(const fs::path& p) { return p.extension() == ".xml" || p.extension() == ".XML"; }
bool is_feed_file(const fs::path& p) { return not_sources_list(p) && p.extension() != ".md"; }
// gofeed's inputs: XML files and JSON feeds; a sibling "*.json" of an XML
// file and "*_expected.json" are what gofeed parsed, not inputs.
bool is_gofeed_input(const fs::path& p) {
    if (p.extension() == ".xml") return true;
    if (p.extension() != ".json" || p.stem().string().ends_with("_expected")) return false;
    fs::path xml = p;
    xml.replace_extension(".xml");
    return !fs::exists(xml) && p.parent_path().filename() != "invalid";
}

struct Tally {
    int converted = 0;
    int failed = 0;
    int skipped = 0;  // feeds without items, to formats of articles alone
};

class Matrix {
public:
    Matrix(ParsedTable table, fs::path out) : table_(std::move(table)), out_(std::move(out)) {}

    void run(const Input& input) {
        Diagnostics diag;
        ReadOptions ro;
        ro.source = input.path.string();
        ro.reference_date = parse_rfc3339("2024-06-01");
        ro.diag = &diag;
        Document original;
        try {
            std::string bytes = read_bytes(input.path);
            Detection d = detect_input_format(input.path.string(), bytes, "");
            original = d.format->read(bytes, ro);
        } catch (const Error& e) {
            unreadable_.push_back(input.path.string() + ": " + e.what());
            return;
        }
        for (const auto& target : targets()) convert(input, original, target);
    }

    int report() const {
        std::cout << std::left << std::setw(22) << "input \\ output";
        for (const auto& t : targets()) std::cout << std::setw(14) << t.name;
        std::cout << '\n';
        for (const auto& [group, row] : tallies_) {
            std::cout << std::setw(22) << group;
            for (const auto& t : targets()) {
                auto it = row.find(t.name);
                Tally tally = it == row.end() ? Tally{} : it->second;
                std::string cell = std::to_string(tally.converted) + (tally.failed ? "/" + std::to_string(tally.failed) + "!" : "") +
                                   (tally.skipped ? "+" + std::to_string(tally.skipped) : "");
                std::cout << std::setw(14) << cell;
            }
            std::cout << '\n';
        }
        std::cout << "(N: conversions whose followed fields all survived; /N!: failures; +N: feeds without\n"
                     " items, which formats of articles alone have nothing to write for)\n";
        if (!unreadable_.empty()) {
            std::cout << "\ninputs the lenient readers refuse (" << unreadable_.size() << "):\n";
            for (const auto& u : unreadable_) std::cout << "  " << u << '\n';
        }
        if (!failures_.empty()) {
            std::cout << "\nfailures (" << failures_.size() << "):\n";
            for (const auto& f : failures_) std::cout << "  " << f << '\n';
        }
        return failures_.empty() ? 0 : 1;
    }

private:
    void convert(const Input& input, const Document& original, const Target& target) {
        Tally& tally = tallies_[input.group][target.name];
        // A feed without items: formats of articles alone have nothing to write.
        if (original.articles.empty() && !target.holds_feed) {
            ++tally.skipped;
            return;
        }
        if (!target.one_article || original.articles.size() == 1) {
            if (convert_document(input, original, target, tally, {})) ++tally.converted;
            return;
        }
        bool all_kept = true;
        for (std::size_t i = 0; i < original.articles.size(); ++i) {
            Document one{original.feed, {original.articles[i]}};
            all_kept = convert_document(input, one, target, tally, " (article " + std::to_string(i + 1) + " on its own)") && all_kept;
        }
        if (all_kept) ++tally.converted;
    }

    // Writes ORIGINAL as TARGET, reads it back and follows the fields; false
    // when anything failed (each failure recorded). WHICH names the part of
    // the input ORIGINAL is, when it is one.
    bool convert_document(const Input& input, const Document& original, const Target& target, Tally& tally, const std::string& which) {
        const FormatInfo* format = find_format(target.format);
        Diagnostics diag;
        WriteOptions wo;
        wo.variants = target.variants;
        wo.now = parse_rfc3339("2024-06-01T12:00:00Z");
        wo.diag = &diag;
        std::string where = input.path.string() + which + " -> " + target.name;
        std::string bytes;
        Document back;
        try {
            // The default output is saved for the validators and must speak
            // the target format only; the fields are followed through the
            // +roundtrip output where the format offers one.
            bytes = format->write(original, wo);
            save(target, bytes, input);
            if (bytes.find("urn:wirekit") != std::string::npos) fail(tally, where + ": wirekit markup in the default output");
            if (input.group == "wire" && !is_wire_target(target) && has_control_character(bytes, target.name == "dispatch"))
                fail(tally, where + ": a control character in the output");
            if (offers_variant(*format, round_trip_variant)) {
                wo.variants.emplace_back(round_trip_variant);
                bytes = format->write(original, wo);
            }
            ReadOptions ro;
            ro.source = where;
            ro.reference_date = parse_rfc3339("2024-06-01");
            ro.diag = &diag;
            back = format->read(bytes, ro);
        } catch (const Error& e) {
            fail(tally, where + ": " + e.what());
            return false;
        }
        if (back.articles.size() != original.articles.size()) {
            fail(tally, where + ": " + std::to_string(original.articles.size()) + " articles became " +
                            std::to_string(back.articles.size()));
            return false;
        }
        bool all_kept = true;
        for (std::size_t i = 0; i < original.articles.size(); ++i)
            for (const auto& field : followed_fields()) {
                std::string cell = table_.cells.at(field).at(target.name);
                if (cell == "no") continue;
                std::vector<std::string> was = field_values(original.articles[i], field);
                if (was.empty()) continue;
                std::vector<std::string> now = field_values(back.articles[i], field);
                if (!target.charset.empty() && !in_charset(target.charset, was, now)) continue;
                if (field_kept(field, cell, was, now)) continue;
                fail(tally, where + ": article " + std::to_string(i + 1) + ": " + field + ": '" + shorten(first_of(was)) +
                                "' became '" + shorten(first_of(now)) + "'");
                all_kept = false;
            }
        return all_kept;
    }

    static std::string first_of(const std::vector<std::string>& values) {
        for (const auto& v : values)
            if (!v.empty()) return v;
        return {};
    }

    static std::string shorten(const std::string& s) { return s.size() > 80 ? s.substr(0, 77) + "..." : s; }

    void fail(Tally& tally, std::string message) {
        ++tally.failed;
        failures_.push_back(std::move(message));
    }

    // OUT/<target>/<n><suffix>, and OUT/<target>/index listing the inputs.
    void save(const Target& target, const std::string& bytes, const Input& input) {
        fs::path dir = out_ / target.name;
        fs::create_directories(dir);
        int n = ++saved_[target.name];
        std::ofstream(dir / (std::to_string(n) + target.suffix), std::ios::binary) << bytes;
        std::ofstream(dir / "index", std::ios::app) << n << target.suffix << ' ' << input.path.string() << '\n';
    }

    ParsedTable table_;
    fs::path out_;
    std::map<std::string, std::map<std::string, Tally>> tallies_;
    std::map<std::string, int> saved_;
    std::vector<std::string> unreadable_;
    std::vector<std::string> failures_;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: wirekit_matrix SOURCE_DIR SHARED_DIR OUT_DIR\n";
        return 2;
    }
    fs::path source = argv[1], shared = argv[2], out = argv[3];
    ParsedTable table = parse_kept_table(read_bytes(source / "man/wirekit-formats.5"));
    for (const auto& t : targets())
        if (std::find(table.formats.begin(), table.formats.end(), t.name) == table.formats.end()) {
            std::cerr << "wirekit_matrix: the kept table has no column " << t.name << '\n';
            return 2;
        }
    for (const auto& f : followed_fields())
        if (!table.cells.count(f)) {
            std::cerr << "wirekit_matrix: the kept table has no row " << f << '\n';
            return 2;
        }
    fs::remove_all(out);
    std::vector<Input> inputs;
    add_files(inputs, "samples", source / "samples", false, not_sources_list);
    add_files(inputs, "dispatch", shared / "corpus/dispatch", false, not_sources_list);
    add_files(inputs, "wire", shared / "corpus/wire", true, not_sources_list);
    add_files(inputs, "newsml-g2", shared / "corpus/newsml-g2", false, is_xml);
    add_files(inputs, "nitf", shared / "corpus/nitf", false, is_xml);
    add_files(inputs, "newsml1", shared / "corpus/newsml1", false, is_newsml1_file);
    add_files(inputs, "feeds/real", shared / "corpus/feeds/real", false, is_feed_file);
    add_files(inputs, "feeds/gofeed", shared / "corpus/feeds/gofeed", true, is_gofeed_input);
    Matrix matrix(std::move(table), out);
    for (const auto& input : inputs) matrix.run(input);
    return matrix.report();
}
