#include "registry/detect.hpp"

#include "io/input.hpp"
#include "report/error.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

std::string known_names(bool for_reading) {
    std::string out;
    for (const auto& f : all_formats()) {
        if (for_reading ? !f.read : !f.write) continue;
        if (!out.empty()) out += ", ";
        out += f.id;
    }
    return out;
}

// The format whose suffix ends PATH's file name; the longest suffix wins, so
// "x.feed.json" is jsonfeed and "x.json" is json.
const FormatInfo* by_suffix(const std::string& path, std::string* matched) {
    auto slash = path.rfind('/');
    std::string base = to_lower_ascii(path.substr(slash == std::string::npos ? 0 : slash + 1));
    const FormatInfo* best = nullptr;
    std::size_t best_length = 0;
    for (const auto& f : all_formats())
        for (auto s : f.suffixes)
            if (s.size() > best_length && base.size() > s.size() && base.ends_with(s)) {
                best = &f;
                best_length = s.size();
                *matched = std::string(s);
            }
    return best;
}

// Suffixes many formats share: the content decides, not the name.
bool is_generic_suffix(std::string_view suffix) { return suffix == ".json" || suffix == ".xml"; }

// Whether PREFIX is certainly another format than SUFFIX_FORMAT, which
// rejects it outright: wire copy saved as ".txt" is no plain dispatch.
bool certainly_other(const FormatInfo& suffix_format, std::string_view prefix) {
    if (!suffix_format.sniff || suffix_format.sniff(prefix) > 0) return false;
    for (const auto& f : all_formats())
        if (&f != &suffix_format && f.sniff && f.read && f.sniff(prefix) >= 90) return true;
    return false;
}

std::string_view sniff_prefix(std::string_view bytes) {
    bytes = trim_left(without_utf8_bom(bytes));
    return bytes.substr(0, sniff_prefix_size);
}

const FormatInfo* named(const std::string& name, bool for_reading, const char* option) {
    const FormatInfo* f = find_format(name);
    if (!f)
        throw Error(Exit::usage, "unknown format '" + name + "' for " + option + " (known: " + known_names(for_reading) +
                                     "; see 'wirekit formats')");
    if (for_reading ? !f->read : !f->write)
        throw Error(Exit::usage, std::string("format '") + std::string(f->id) + "' cannot be " +
                                     (for_reading ? "read" : "written"));
    return f;
}

}  // namespace

const FormatInfo* find_format(std::string_view name) {
    for (const auto& f : all_formats()) {
        if (iequals_ascii(f.id, name)) return &f;
        for (auto a : f.aliases)
            if (iequals_ascii(a, name)) return &f;
    }
    return nullptr;
}

Detection detect_input_format(const std::string& name, std::string_view bytes, const std::string& explicit_name) {
    if (!explicit_name.empty()) return {named(explicit_name, true, "-f"), "given with -f", {}};
    std::string_view prefix = sniff_prefix(bytes);
    if (name != "-") {
        std::string suffix;
        if (const FormatInfo* f = by_suffix(name, &suffix); f && f->read && !is_generic_suffix(suffix) && !certainly_other(*f, prefix))
            return {f, "file suffix " + suffix, {}};
    }
    const FormatInfo* best = nullptr;
    int best_score = 0;
    std::string tied;
    for (const auto& f : all_formats()) {
        if (!f.sniff || !f.read) continue;
        int score = f.sniff(prefix);
        if (score > best_score) {
            best = &f;
            best_score = score;
            tied = std::string(f.id);
        } else if (score == best_score && score > 0) {
            tied += ", " + std::string(f.id);
        }
    }
    if (best && tied == best->id) {
        std::string rule = best->sniff_rule ? ": " + std::string(best->sniff_rule(prefix)) : std::string();
        return {best, "content sniffing (score " + std::to_string(best_score) + ")" + rule, {}};
    }
    if (best)
        throw Error(Exit::data, "cannot tell the format: the content fits several (" + tied + "); name one with -f",
                    display_name(name));
    throw Error(Exit::data, "cannot tell the format from the name or the content; name one with -f (candidates: " +
                                known_names(true) + ")",
                display_name(name));
}

namespace {

// "ninjs+3.1+lines" -> {"ninjs", "3.1", "lines"}
std::vector<std::string> split_variants(const std::string& name) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t plus = name.find('+'); plus != std::string::npos; plus = name.find('+', start)) {
        parts.push_back(name.substr(start, plus - start));
        start = plus + 1;
    }
    parts.push_back(name.substr(start));
    return parts;
}

Detection with_variants(const std::string& explicit_name) {
    std::vector<std::string> parts = split_variants(explicit_name);
    Detection d{named(parts[0], false, "-t"), "given with -t", {}};
    for (std::size_t i = 1; i < parts.size(); ++i) {
        std::string list;
        for (const auto& v : d.format->variants) list += (list.empty() ? "" : ", ") + std::string(v.name);
        if (!offers_variant(*d.format, parts[i]))
            throw Error(Exit::usage, "format '" + std::string(d.format->id) + "' has no variant '" + parts[i] + "' (" +
                                         (list.empty() ? std::string("it has none") : "known: " + list) + ")");
        d.variants.push_back(to_lower_ascii(parts[i]));
    }
    return d;
}

}  // namespace

Detection detect_output_format(const std::string& output, const std::string& explicit_name) {
    if (!explicit_name.empty()) return with_variants(explicit_name);
    if (!output.empty() && output != "-") {
        std::string suffix;
        if (const FormatInfo* f = by_suffix(output, &suffix); f && f->write) return {f, "output suffix " + suffix, {}};
    }
    throw Error(Exit::usage, "no output format: give one with -t (" + known_names(false) + ")");
}

bool offers_variant(const FormatInfo& format, std::string_view name) {
    for (const FormatVariant& v : format.variants)
        if (iequals_ascii(v.name, name)) return true;
    return false;
}

}  // namespace wirekit
