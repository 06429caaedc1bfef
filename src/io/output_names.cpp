#include "io/output_names.hpp"

#include <array>

#include "io/safe_file_name.hpp"
#include "report/error.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

constexpr std::array<std::string_view, 8> placeholders = {"name", "id", "headline", "slug", "date", "source", "ext", "n"};

std::string or_else(std::string value, const char* stand_in) { return value.empty() ? stand_in : value; }

std::string input_stem(const std::string& input) {
    if (input == "-") return "stdin";
    std::string_view base = input;
    if (auto slash = base.rfind('/'); slash != std::string_view::npos) base.remove_prefix(slash + 1);
    if (auto dot = base.rfind('.'); dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
    return std::string(base);
}

std::string article_date(const Article& a) {
    for (const auto* t : {&a.published, &a.dateline.date, &a.first_created, &a.version_created, &a.updated})
        if (*t) return format_rfc3339(date_only(**t));
    return {};
}

std::string article_source(const Article& a) {
    if (!a.sources.empty()) return a.sources.front();
    return a.provider;
}

std::string field(const NameFields& f, std::string_view name) {
    if (name == "name") return f.name;
    if (name == "id") return f.id;
    if (name == "headline") return f.headline;
    if (name == "slug") return f.slug;
    if (name == "date") return f.date;
    if (name == "source") return f.source;
    if (name == "ext") return f.ext;
    return std::to_string(f.n);
}

std::string known_placeholders() {
    std::string out;
    for (auto p : placeholders) out += (out.empty() ? "{" : ", {") + std::string(p) + "}";
    return out;
}

}  // namespace

NameFields name_fields(const std::string& input, const Article* article, std::string_view ext, std::size_t n) {
    NameFields f;
    f.name = or_else(safe_name_part(input_stem(input)), "input");
    f.ext = std::string(ext);
    f.n = n;
    Article none;
    const Article& a = article ? *article : none;
    f.id = or_else(safe_name_part(a.id), "no-id");
    f.headline = or_else(safe_name_part(collapse_spaces(a.headline)), "untitled");
    f.slug = or_else(slugify(a.headline), "untitled");
    f.date = or_else(article_date(a), "undated");
    f.source = or_else(safe_name_part(article_source(a)), "unknown");
    return f;
}

NameTemplate::NameTemplate(std::string_view text) {
    auto usage = [&](const std::string& why) {
        return Error(Exit::usage, "--name '" + std::string(text) + "': " + why);
    };
    if (text.find('/') != std::string_view::npos) throw usage("a name cannot hold '/'; outputs all go into the -o folder");
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto open = text.find('{', pos);
        if (open != pos) {
            pieces_.push_back({false, std::string(text.substr(pos, open - pos))});
            if (open == std::string_view::npos) break;
        }
        auto close = text.find('}', open);
        if (close == std::string_view::npos) throw usage("'{' without its '}'");
        std::string name(text.substr(open + 1, close - open - 1));
        bool known = false;
        for (auto p : placeholders) known = known || p == name;
        if (!known) throw usage("unknown placeholder {" + name + "} (known: " + known_placeholders() + ")");
        pieces_.push_back({true, std::move(name)});
        pos = close + 1;
    }
}

std::string NameTemplate::expand(const NameFields& fields) const {
    std::string out;
    for (const auto& piece : pieces_) out += piece.placeholder ? field(fields, piece.text) : piece.text;
    return safe_file_name(out);
}

std::string NameClaims::claim(const std::string& name) {
    std::string candidate = name;
    for (std::size_t n = 2; !taken_.insert(candidate).second; ++n) candidate = numbered_file_name(name, n);
    return candidate;
}

}  // namespace wirekit
