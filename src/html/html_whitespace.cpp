#include "html/html_whitespace.hpp"

#include <cstddef>
#include <string>

#include "text/ascii_scan.hpp"

namespace wirekit {

namespace {

class WhitespaceNormaliser {
public:
    void run(std::vector<Inline>& inlines) {
        // The start of a block counts as white space: leading spaces go.
        after_space_ = true;
        walk(inlines);
        trim_end(inlines);
    }

private:
    bool after_space_ = true;

    // In place: the body is built once and normalised once, so this runs over
    // every character of every article.
    void walk(std::vector<Inline>& inlines) {
        std::size_t kept = 0;
        for (Inline& in : inlines) {
            if (in.kind == Inline::Kind::text) {
                collapse(in.text);
                if (in.text.empty()) continue;
                if (kept > 0 && inlines[kept - 1].kind == Inline::Kind::text) {
                    inlines[kept - 1].text += in.text;
                    continue;
                }
            } else if (in.kind == Inline::Kind::line_break) {
                if (kept > 0 && inlines[kept - 1].kind == Inline::Kind::text && inlines[kept - 1].text.ends_with(' ')) {
                    inlines[kept - 1].text.pop_back();
                    if (inlines[kept - 1].text.empty()) --kept;
                }
                after_space_ = true;
            } else {
                walk(in.children);
                if (in.children.empty() && in.kind != Inline::Kind::link) continue;
            }
            if (&inlines[kept] != &in) inlines[kept] = std::move(in);
            ++kept;
        }
        inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(kept), inlines.end());
    }

    // is_ascii_space, inline: this runs over every character of every body.
    static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    // Runs of white space become one space, none after a space already written.
    void collapse(std::string& text) {
        // Most text needs no change: it is only read, a word at a time, up to
        // the first character that may (a space after a space, a control character).
        std::size_t written = after_space_ && text.starts_with(' ') ? 0 : skip_single_spaced(text, 0);
        if (written > 0) after_space_ = text[written - 1] == ' ';
        for (std::size_t i = written; i < text.size(); ++i) {
            char c = text[i];
            bool space = is_space(c);
            if (space && after_space_) continue;
            text[written++] = space ? ' ' : c;
            after_space_ = space;
        }
        text.resize(written);
    }

    static void trim_end(std::vector<Inline>& inlines) {
        while (!inlines.empty() && inlines.back().kind == Inline::Kind::line_break) inlines.pop_back();
        if (!inlines.empty() && inlines.back().kind == Inline::Kind::text) {
            std::string& t = inlines.back().text;
            while (!t.empty() && t.back() == ' ') t.pop_back();
            if (t.empty()) inlines.pop_back();
        } else if (!inlines.empty()) {
            trim_end(inlines.back().children);
        }
    }
};

}  // namespace

void normalise_whitespace(std::vector<Inline>& inlines) { WhitespaceNormaliser().run(inlines); }

}  // namespace wirekit
