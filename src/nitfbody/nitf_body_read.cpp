#include "nitfbody/nitf_body_read.hpp"

#include "html/html_body.hpp"
#include "model/media.hpp"
#include "nitfbody/nitf_html.hpp"
#include "text/body_text.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "time/datetime_basic.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

bool is_word_char(char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80; }

// Appends PIECE to TEXT; the parts of a byline or dateline are words of their
// own ("By<person>Staff Reporter</person>", "<city>PARIS</city><country>France</country>").
void append_part(std::string& text, std::string_view piece) {
    if (!text.empty() && !piece.empty() && is_word_char(text.back()) && is_word_char(piece.front())) text += ' ';
    text += piece;
}

// The text of ELEMENT with each child element's text a part of its own.
std::string spaced_text(pugi::xml_node element) {
    std::string text;
    for (pugi::xml_node child : element.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
        else if (child.type() == pugi::node_element) append_part(text, spaced_text(child));
    }
    return text;
}

// One byline: its text and people on one line, each byttl on a line of its own.
void read_byline(pugi::xml_node byline, NitfHead& head) {
    std::string line;
    auto flush = [&] {
        append_line(head.byline, collapse_spaces(line));
        line.clear();
    };
    for (pugi::xml_node child : byline.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            line += child.value();
        } else if (has_local_name(child, "byttl")) {
            flush();
            append_line(head.byline, line_text(child));
        } else if (child.type() == pugi::node_element) {
            std::string text = collapse_spaces(spaced_text(child));
            if (has_local_name(child, "person") && !text.empty()) head.people.push_back({text, "author", {}, {}});
            append_part(line, text);
        }
    }
    flush();
}

// abstract (or another block of paragraphs): a line per paragraph, or its text.
std::string paragraph_lines(pugi::xml_node element) {
    std::string out;
    bool paragraphs = false;
    for (pugi::xml_node child : element.children()) {
        if (!has_local_name(child, "p")) continue;
        paragraphs = true;
        append_line(out, line_text(child));
    }
    return paragraphs ? out : line_text(element);
}

void read_head(pugi::xml_node body_head, NitfHead& head) {
    for (pugi::xml_node child : body_head.children()) {
        if (has_local_name(child, "hedline") || has_local_name(child, "headline")) {
            if (head.headline.empty()) head.headline = line_text(child_with_local_name(child, "hl1"));
            if (head.subheadline.empty()) head.subheadline = line_text(child_with_local_name(child, "hl2"));
        } else if (has_local_name(child, "byline")) {
            read_byline(child, head);
        } else if (has_local_name(child, "distributor")) {
            if (head.distributor.empty()) head.distributor = line_text(child);
        } else if (has_local_name(child, "rights")) {
            if (head.rights_owner.empty()) head.rights_owner = line_text(child_with_local_name(child, "rights.owner"));
        } else if (has_local_name(child, "dateline")) {
            if (!head.dateline) head.dateline = child;
        } else if (has_local_name(child, "abstract")) {
            append_line(head.summary, paragraph_lines(child));
        }
    }
}

// Durations NITF gives in seconds; other units (frames) say nothing in seconds.
std::optional<double> media_seconds(pugi::xml_node reference) {
    std::string unit = to_lower_ascii(attribute_of(reference, "time-unit-of-measure"));
    if (!unit.empty() && !unit.starts_with("second")) return std::nullopt;
    auto seconds = parse_number<double>(attribute_of(reference, "time"));
    return seconds && *seconds >= 0 ? seconds : std::nullopt;
}

std::optional<long long> count_of(pugi::xml_node element, std::string_view attribute) {
    auto n = parse_number<long long>(attribute_of(element, attribute));
    return n && *n >= 0 ? n : std::nullopt;
}

// NITF's media-type as the model's item type (image: picture); "" for others.
std::string item_type_of(std::string_view media_type) {
    std::string type = to_lower_ascii(media_type);
    if (type == "image") return "picture";
    return type == "video" || type == "audio" ? type : std::string();
}

// media: one item; each reference with a source one of its files, its
// caption, its producer (the by-line, and the credit when no reference
// states one), media-metadata's id and title.
Media read_media(pugi::xml_node media) {
    Media m;
    m.type = item_type_of(attribute_of(media, "media-type"));
    for (pugi::xml_node child : media.children()) {
        if (has_local_name(child, "media-reference")) {
            Rendition file;
            file.href = attribute_of(child, "source");
            if (file.href.empty()) file.href = attribute_of(child, "data-location");
            if (file.href.empty()) continue;
            file.mime_type = attribute_of(child, "mime-type");
            file.width = count_of(child, "width");
            file.height = count_of(child, "height");
            file.duration = media_seconds(child);
            add_rendition(m, std::move(file));
            if (m.alt_text.empty()) m.alt_text = attribute_of(child, "alternate-text");
            if (m.credit.empty()) m.credit = attribute_of(child, "source-credit");
            if (m.copyright.notice.empty()) m.copyright.notice = attribute_of(child, "copyright");
        } else if (has_local_name(child, "media-caption")) {
            append_line(m.caption, paragraph_lines(child));
        } else if (has_local_name(child, "media-producer") && m.by.empty()) {
            m.by = line_text(child);
        } else if (has_local_name(child, "media-metadata")) {
            std::string name = attribute_of(child, "name");
            if (name == "id" && m.id.empty()) m.id = attribute_of(child, "value");
            else if (name == "title" && m.title.empty()) m.title = attribute_of(child, "value");
        }
    }
    if (m.credit.empty()) m.credit = m.by;
    return m;
}

void find_media(pugi::xml_node parent, std::vector<Media>& out) {
    for (pugi::xml_node child : parent.children()) {
        if (has_local_name(child, "media")) {
            Media m = read_media(child);
            if (!m.url.empty()) out.push_back(std::move(m));
        } else if (child.type() == pugi::node_element) {
            find_media(child, out);
        }
    }
}

// The text of a dateline: its parts in order; a story.date stands apart from
// the location before it, and one that only repeats a machine date is no text.
std::string dateline_text(pugi::xml_node dateline) {
    std::string text;
    for (pugi::xml_node child : dateline.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            text += child.value();
        } else if (has_local_name(child, "story.date")) {
            std::string date = line_text(child);
            if (date.empty() || parse_iso8601_either(date)) continue;
            text += ' ';
            text += date;
        } else if (child.type() == pugi::node_element) {
            append_part(text, spaced_text(child));
        }
    }
    return collapse_spaces(text);
}

}  // namespace

NitfDateline read_nitf_dateline(pugi::xml_node dateline) {
    NitfDateline d;
    d.text = dateline_text(dateline);
    if (pugi::xml_node location = child_with_local_name(dateline, "location")) {
        d.place = line_text(child_with_local_name(location, "city"));
        if (d.place.empty()) d.place = collapse_spaces(spaced_text(location));
        for (std::string_view part : {"state", "region", "country"})
            if (d.region.empty() && child_with_local_name(location, "city")) d.region = line_text(child_with_local_name(location, part));
    }
    // A dateline of plain words ("Oslo"), no markup and no date in it, is a place.
    if (d.place.empty() && !first_child_element(dateline) && d.text.find_first_of("0123456789") == std::string::npos) d.place = d.text;
    if (pugi::xml_node date = child_with_local_name(dateline, "story.date")) {
        d.date = parse_iso8601_either(attribute_of(date, "norm"));
        if (!d.date) d.date = parse_iso8601_either(text_of(date));
    }
    return d;
}

NitfBody read_nitf_body(pugi::xml_node body, std::string_view base_url) {
    NitfBody out;
    std::string html;
    for (pugi::xml_node part : body.children()) {
        if (has_local_name(part, "body.head")) {
            read_head(part, out.head);
        } else if (has_local_name(part, "body.content")) {
            html += html_of_children(part, nitf_tag);
            find_media(part, out.media);
        } else if (has_local_name(part, "body.end")) {
            if (pugi::xml_node tagline = child_with_local_name(part, "tagline")) out.trailer = std::string(trim(text_with_breaks(tagline)));
            out.bibliography = line_text(child_with_local_name(part, "bibliography"));
        }
    }
    HtmlContent content = html_to_body(html, base_url);
    out.body = std::move(content.body);
    drop_blank_paragraphs(out.body);
    out.dropped_unsafe = content.dropped_unsafe;
    return out;
}

}  // namespace wirekit
