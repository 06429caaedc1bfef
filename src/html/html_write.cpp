// body tree -> HTML (the writing half of html_body.hpp).
#include "html/html_body.hpp"

#include <algorithm>

#include "text/markup_escape.hpp"

namespace wirekit {

namespace {

void write_inlines(const std::vector<Inline>& inlines, std::string& out) {
    for (const auto& in : inlines) {
        switch (in.kind) {
            case Inline::Kind::text: append_escaped(out, in.text, false); break;
            case Inline::Kind::line_break: out += "<br/>"; break;
            case Inline::Kind::emphasis:
                out += "<em>";
                write_inlines(in.children, out);
                out += "</em>";
                break;
            case Inline::Kind::strong:
                out += "<strong>";
                write_inlines(in.children, out);
                out += "</strong>";
                break;
            case Inline::Kind::link:
                out += "<a href=\"";
                append_escaped(out, in.href, true);
                out += "\">";
                write_inlines(in.children, out);
                out += "</a>";
                break;
        }
    }
}

void write_blocks(const Body& blocks, std::string& out);

void write_block(const Block& b, std::string& out) {
    switch (b.kind) {
        case Block::Kind::paragraph:
            out += "<p>";
            write_inlines(b.inlines, out);
            out += "</p>";
            break;
        case Block::Kind::heading: {
            std::string tag = "h" + std::to_string(std::clamp(b.level, 1, 6));
            out += "<" + tag + ">";
            write_inlines(b.inlines, out);
            out += "</" + tag + ">";
            break;
        }
        case Block::Kind::quote:
            out += "<blockquote>";
            write_blocks(b.children, out);
            out += "</blockquote>";
            break;
        case Block::Kind::list:
            out += b.ordered ? "<ol>" : "<ul>";
            for (const auto& item : b.children) write_block(item, out);
            out += b.ordered ? "</ol>" : "</ul>";
            break;
        case Block::Kind::list_item:
            out += "<li>";
            // A single paragraph needs no <p> of its own inside <li>.
            if (b.children.size() == 1 && b.children[0].kind == Block::Kind::paragraph) write_inlines(b.children[0].inlines, out);
            else write_blocks(b.children, out);
            write_inlines(b.inlines, out);
            out += "</li>";
            break;
        case Block::Kind::preformatted:
            out += "<pre>";
            for (const auto& in : b.inlines) append_escaped(out, in.text, false);
            out += "</pre>";
            break;
        case Block::Kind::rule: out += "<hr/>"; break;
        case Block::Kind::table:
            out += "<table>";
            write_blocks(b.children, out);
            out += "</table>";
            break;
        case Block::Kind::table_row:
            out += "<tr>";
            write_blocks(b.children, out);
            out += "</tr>";
            break;
        case Block::Kind::table_cell:
            out += b.header ? "<th>" : "<td>";
            write_inlines(b.inlines, out);
            out += b.header ? "</th>" : "</td>";
            break;
    }
}

void write_blocks(const Body& blocks, std::string& out) {
    for (const auto& b : blocks) write_block(b, out);
}

}  // namespace

std::string body_to_html(const Body& body) {
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (i > 0) out += '\n';
        write_block(body[i], out);
    }
    return out;
}

}  // namespace wirekit
