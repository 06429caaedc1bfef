#include "dateline/dateline_words.hpp"

#include "text/script_chars.hpp"
#include "text/text.hpp"
#include "text/word_table.hpp"

namespace wirekit {

namespace {

constexpr std::size_t max_credit_bytes = 64;
constexpr int max_credit_words = 6;
// Agencies that write themselves in lower case are short: "dpa", "tca".
constexpr std::size_t max_lower_case_agency_letters = 3;
// "St.", "Ft.", "Mt.", "Ste.": a word ending in a period that a place continues after.
constexpr std::size_t max_abbreviation_bytes = 4;

struct Word {
    std::size_t end = 0;
    bool capitalised = false;  // starts with a capital, or is in a caseless alphabet
    bool in_capitals = true;   // no lower-case letter, and not caseless
};

bool is_joining_mark(char32_t cp) { return cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.'; }

bool is_dash_start(char32_t cp) { return cp == '-' || cp == '_' || cp == 0x2013 || cp == 0x2014; }

// A letter a dateline word may hold: cased, or of a caseless alphabet (Arabic,
// Hebrew) with its marks. CJK runs are the CJK forms' business.
bool is_word_letter(char32_t cp) { return is_cased_letter(cp) || is_caseless_alphabet(cp) || is_caseless_alphabet_mark(cp); }

// A word of letters at POS. Hyphens, apostrophes and periods stay inside
// when a letter follows ("WILKES-BARRE", "N'DJAMENA", "D.C"); a final period
// belongs to an abbreviation ("Ore.") unless it opens a ".-" separator. A word
// in a caseless alphabet counts as capitalised, like a name in title case.
std::optional<Word> scan_word(std::string_view s, std::size_t pos) {
    std::size_t next = pos;
    char32_t first = code_point_at(s, pos, next);
    LetterCase first_case = letter_case(first);
    bool caseless = is_caseless_alphabet(first);
    if (first_case != LetterCase::upper && first_case != LetterCase::lower && !caseless) return std::nullopt;
    Word w{next, first_case == LetterCase::upper || caseless, first_case == LetterCase::upper};
    for (;;) {
        // ASCII letters, most of a Latin dateline and of every lead it is
        // looked for in, are taken without decoding them.
        for (; w.end < s.size() && is_ascii_alpha(s[w.end]); ++w.end)
            if (s[w.end] >= 'a') w.in_capitals = false;
        char32_t cp = code_point_at(s, w.end, next);
        if (is_word_letter(cp)) {
            w.in_capitals = w.in_capitals && letter_case(cp) != LetterCase::lower && !is_caseless_alphabet(cp);
            w.end = next;
            continue;
        }
        if (!is_joining_mark(cp)) break;
        char32_t after = code_point_at(s, next);
        if (is_word_letter(after)) {
            w.end = next;
            continue;
        }
        if (cp == '.' && !is_dash_start(after)) w.end = next;
        break;
    }
    return w;
}

constexpr std::string_view connectors[] = {"al", "am", "an", "aan", "bei", "da", "das", "de", "del", "der", "des", "di", "do", "dos",
                                           "du", "el", "en", "im", "la", "las", "le", "les", "los", "of", "on", "op", "sur", "upon", "y"};

constexpr auto sorted_connectors = sorted_by_word(connectors);
static_assert(!has_repeated_word(sorted_connectors));

bool is_connector(std::string_view word) { return find_word(sorted_connectors, word) != nullptr; }

// Whether a place may go on after WORD: not after a sentence-like full stop.
bool may_continue_after(std::string_view word) { return !word.ends_with('.') || word.size() <= max_abbreviation_bytes; }

// A credit word is capitalised (or caseless), or a short lower-case agency name.
bool is_credit_word(std::string_view word) {
    std::size_t letters = 0;
    bool capitalised = false;
    for (std::size_t pos = 0; pos < word.size();) {
        char32_t cp = next_code_point(word, pos);
        if (is_word_letter(cp)) {
            if (letters++ == 0) capitalised = letter_case(cp) == LetterCase::upper || is_caseless_alphabet(cp);
        } else if (cp != '.' && cp != '&' && cp != '\'' && cp != 0x2019) {
            return false;
        }
    }
    return letters > 0 && (capitalised || letters <= max_lower_case_agency_letters);
}

// Words that open captions, notes, bylines and kickers ("FILE - ", "UPDATE: ",
// "INTERVIEW - ", "SPIEGEL ONLINE - ") and stand in no place name we know of.
// Asked of every word that opens a paragraph, in sorted_labels.
constexpr std::string_view labels[] = {
    "by", "credit", "credits", "photo", "photos", "picture", "pictures", "file", "source", "note", "update", "updated",
          "updates", "correction", "corrected", "corrects", "refile", "editor", "editors", "editor's", "advisory", "breaking",
          "urgent", "flash", "bulletin", "warning", "attention", "exclusive", "exclusif", "exklusiv", "analysis", "analyse",
          "factbox", "explainer", "video", "vidéo", "watch", "read", "related", "caption", "liveblog", "ticker", "opinion",
          "comment", "kommentar", "editorial", "review", "interview", "dossier", "critique", "chronique", "tribune",
          "portrait", "reportage", "enquête", "entretien", "décryptage", "témoignage", "infographie", "graphic", "map",
          "chart", "quiz", "podcast", "test", "online", "format", "concours"};

constexpr auto sorted_labels = sorted_by_word(labels);
static_assert(!has_repeated_word(sorted_labels));

bool is_label(std::string_view folded_word) { return find_word(sorted_labels, folded_word) != nullptr; }

}  // namespace

std::optional<PlaceSpan> scan_place(std::string_view s, std::size_t pos, int max_words) {
    auto first = scan_word(s, pos);
    if (!first || !first->capitalised) return std::nullopt;
    PlaceSpan span{first->end, first->in_capitals};
    std::size_t end = first->end;  // may run past span.end over connectors
    std::string_view last_word = s.substr(pos, first->end - pos);
    for (int words = 1; words < max_words && may_continue_after(last_word); ++words) {
        char joiner = end < s.size() ? s[end] : '\0';
        if (joiner != ' ' && joiner != '/') break;
        auto w = scan_word(s, end + 1);
        if (!w) break;
        last_word = s.substr(end + 1, w->end - end - 1);
        if (!w->capitalised && !(joiner == ' ' && is_connector(last_word))) break;
        end = w->end;
        if (w->capitalised) {
            span.end = end;
            span.all_caps = span.all_caps && w->in_capitals;
        }
    }
    return span;
}

bool looks_like_credit(std::string_view text) {
    text = trim(text);
    if (text.empty() || text.size() > max_credit_bytes || !is_word_letter(code_point_at(text, 0))) return false;
    int words = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        bool at_break = i == text.size() || text[i] == ' ' || text[i] == '/' || text[i] == '-';
        if (!at_break) continue;
        std::string_view word = text.substr(start, i - start);
        start = i + 1;
        if (word.empty()) continue;  // around " - " and " / "
        if (++words > max_credit_words || !is_credit_word(word)) return false;
    }
    return words > 0;
}

bool names_a_label(std::string_view place) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= place.size(); ++i) {
        if (i < place.size() && place[i] != ' ' && place[i] != '/' && place[i] != '-') continue;
        std::string_view word = place.substr(start, i - start);
        start = i + 1;
        if (word.ends_with('.')) word.remove_suffix(1);
        if (!word.empty() && is_label(fold_case(word))) return true;
    }
    return false;
}

}  // namespace wirekit
