#include "text/language_guess.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <unordered_map>

#include "text/text.hpp"

namespace wirekit {

namespace {

// Only the first part of a text is looked at: enough to decide, bounded in cost.
constexpr std::size_t sample_size = 4000;

struct ScriptCounts {
    std::size_t latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, ukrainian_letters = 0;
};

ScriptCounts count_scripts(std::string_view text) {
    ScriptCounts c;
    for (std::size_t pos = 0; pos < text.size();) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {  // ASCII, most of most texts: no decoding
            c.latin += (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z');
            ++pos;
            continue;
        }
        char32_t cp = next_code_point(text, pos);
        if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F)) ++c.latin;
        else if (cp >= 0x400 && cp <= 0x4FF) {
            ++c.cyrillic;
            // і ї є ґ are Ukrainian, not Russian.
            if (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491) ++c.ukrainian_letters;
        } else if (cp >= 0x600 && cp <= 0x6FF) ++c.arabic;
        else if (cp >= 0x3040 && cp <= 0x30FF) ++c.kana;
        else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) ++c.han;
        else if (cp >= 0xAC00 && cp <= 0xD7AF) ++c.hangul;
    }
    return c;
}

// Frequent short words that tell Latin-script languages apart.
struct WordList {
    const char* language;
    std::array<const char*, 14> words;
};

constexpr WordList latin_words[] = {
    {"en", {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "by", "it"}},
    {"de", {"der", "die", "und", "das", "den", "nicht", "ist", "mit", "sich", "auf", "für", "ein", "eine", "dem"}},
    {"fr", {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas", "sur", "au"}},
    {"es", {"el", "los", "las", "y", "del", "que", "una", "por", "con", "para", "según", "al", "fue", "su"}},
    {"it", {"il", "di", "che", "gli", "della", "per", "non", "una", "sono", "nel", "è", "anche", "alla", "ha"}},
    {"pt", {"o", "os", "do", "da", "não", "uma", "com", "em", "para", "foi", "dos", "ao", "pelo", "são"}},
    {"nl", {"de", "het", "een", "van", "en", "niet", "dat", "zijn", "op", "voor", "met", "ook", "werd", "naar"}},
};

constexpr std::size_t language_count = std::size(latin_words);

// Each common word -> the languages whose list holds it, built once, with
// the length of the longest word: longer words need no look-up.
struct WordTable {
    std::unordered_map<std::string_view, std::uint32_t> languages;
    std::size_t longest = 0;
};

const WordTable& word_languages() {
    static const auto table = [] {
        WordTable t;
        for (std::size_t l = 0; l < language_count; ++l)
            for (const char* w : latin_words[l].words) {
                t.languages[w] |= 1u << l;
                t.longest = std::max(t.longest, std::string_view(w).size());
            }
        return t;
    }();
    return table;
}

std::string guess_latin(std::string_view text) {
    const auto& table = word_languages();
    int scores[language_count] = {};
    char word[16];
    std::size_t length = 0;
    bool too_long = false;
    auto flush = [&] {
        if (length > 0 && length <= table.longest && !too_long) {
            auto it = table.languages.find(std::string_view(word, length));
            if (it != table.languages.end())
                for (std::size_t l = 0; l < language_count; ++l)
                    if (it->second & (1u << l)) ++scores[l];
        }
        length = 0;
        too_long = false;
    };
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        bool letter = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
        if (!letter) {
            flush();
            continue;
        }
        if (length == sizeof word) too_long = true;
        else word[length++] = (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
    }
    flush();
    int best = 0, second = 0;
    const char* best_language = nullptr;
    for (std::size_t l = 0; l < language_count; ++l) {
        if (scores[l] > best) {
            second = best;
            best = scores[l];
            best_language = latin_words[l].language;
        } else if (scores[l] > second) {
            second = scores[l];
        }
    }
    // Decide only with enough evidence and a clear lead over the runner-up.
    if (best_language && best >= 3 && best >= 2 * second) return best_language;
    return {};
}

}  // namespace

std::string guess_language(std::string_view text) {
    std::string_view sample = text.substr(0, sample_size);
    ScriptCounts c = count_scripts(sample);
    std::size_t total = c.latin + c.cyrillic + c.arabic + c.han + c.kana + c.hangul;
    if (total < 8) return {};
    auto majority = [&](std::size_t n) { return n * 2 > total; };
    if (c.kana * 20 > total && c.kana + c.han > total / 2) return "ja";
    if (majority(c.han)) return "zh";
    if (majority(c.hangul)) return "ko";
    if (majority(c.arabic)) return "ar";
    if (majority(c.cyrillic)) return c.ukrainian_letters * 50 > c.cyrillic ? "uk" : "ru";
    if (majority(c.latin)) return guess_latin(sample);
    return {};
}

}  // namespace wirekit
