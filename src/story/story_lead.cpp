#include "story/story_lead.hpp"

#include <charconv>

#include "dateline/dateline.hpp"
#include "dateline/lead_keys.hpp"
#include "text/text.hpp"

namespace wirekit {

std::size_t lead_paragraph(const Article& a, std::string_view format, std::size_t paragraphs) {
    const std::string* v = find_extension(a.extensions, format, lead_key::lead_index);
    if (!v) v = find_extension(a.extensions, "dispatch", lead_key::lead_index);
    std::size_t index = 0;
    if (v) std::from_chars(v->data(), v->data() + v->size(), index);
    return index < paragraphs ? index : 0;
}

std::string dateline_separator(const Article& a, std::string_view format, std::string_view fallback) {
    const std::string* v = find_extension(a.extensions, format, lead_key::dateline_separator);
    if (!v) v = find_extension(a.extensions, "dispatch", lead_key::dateline_separator);
    return v ? *v : std::string(fallback);
}

bool put_dateline(std::vector<std::string>& paragraphs, std::size_t lead, const Dateline& dateline, std::string_view separator) {
    std::string opening = dateline.text + std::string(separator);
    std::string lead_text = paragraphs.empty() ? std::string(trim_right(opening)) : opening + paragraphs[lead];
    if (!reads_back_as_dateline(lead_text, dateline)) return false;
    if (paragraphs.empty()) paragraphs.push_back(lead_text);
    else paragraphs[lead] = lead_text;
    return true;
}

}  // namespace wirekit
