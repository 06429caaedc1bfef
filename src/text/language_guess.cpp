#include "text/language_guess.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/text.hpp"

namespace wirekit {

namespace {

// Only the first part of a text is looked at: enough to decide, bounded in cost.
constexpr std::size_t sample_size = 4000;

struct ScriptCounts {
    std::size_t latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, ukrainian_letters = 0;
};

// Counts a letter beyond ASCII under its script.
void count_script(char32_t cp, ScriptCounts& c) {
    if (cp >= 0xC0 && cp <= 0x24F) ++c.latin;
    else if (cp >= 0x400 && cp <= 0x4FF) {
        ++c.cyrillic;
        // і ї є ґ are Ukrainian, not Russian.
        if (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491) ++c.ukrainian_letters;
    } else if (cp >= 0x600 && cp <= 0x6FF) ++c.arabic;
    else if (cp >= 0x3040 && cp <= 0x30FF) ++c.kana;
    else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) ++c.han;
    else if (cp >= 0xAC00 && cp <= 0xD7AF) ++c.hangul;
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

// A word of up to eight bytes packed into a number, each byte shifted in
// after the ones before: the key of the word table (no word in the lists is
// longer, nor empty).
constexpr std::size_t longest_word = 8;

constexpr std::uint64_t word_key(std::string_view word) {
    std::uint64_t key = 0;
    for (char c : word) key = key << 8 | static_cast<unsigned char>(c);
    return key;
}

constexpr bool words_fit() {
    for (const auto& list : latin_words)
        for (const char* w : list.words)
            if (std::string_view(w).empty() || std::string_view(w).size() > longest_word) return false;
    return true;
}
static_assert(words_fit(), "the word table packs words of 1 to 8 bytes");

// Each common word -> the languages whose list holds it: an open-addressing
// table on the packed word, built once; a look-up is a multiply and a compare
// or two, which matters as every short word of every text is looked up.
class WordTable {
public:
    WordTable() {
        for (std::size_t l = 0; l < language_count; ++l)
            for (const char* w : latin_words[l].words) slot(word_key(w)).languages |= 1u << l;
    }
    std::uint32_t languages(std::uint64_t key) const {
        for (std::size_t i = home(key);; i = (i + 1) % size)
            if (slots_[i].key == key || slots_[i].key == 0) return slots_[i].languages;
    }

private:
    static constexpr int size_bits = 9;
    static constexpr std::size_t size = 1 << size_bits;  // five times the lists' hundred words: short probes
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t languages = 0;
    };
    static std::size_t home(std::uint64_t key) { return (key * 0x9E3779B97F4A7C15u) >> (64 - size_bits); }
    Slot& slot(std::uint64_t key) {
        std::size_t i = home(key);
        while (slots_[i].key != key && slots_[i].key != 0) i = (i + 1) % size;
        slots_[i].key = key;
        return slots_[i];
    }
    std::array<Slot, size> slots_{};
};

const WordTable& word_languages() {
    static const WordTable table;
    return table;
}

// Each byte as it stands in a packed word: ASCII letters lowercased, the
// bytes of other letters (0x80 and up) as they are; 0 for what ends a word.
constexpr auto word_letters = [] {
    std::array<unsigned char, 256> table{};
    for (unsigned b = 0; b < 256; ++b)
        table[b] = b >= 'A' && b <= 'Z' ? static_cast<unsigned char>(b - 'A' + 'a')
                   : (b >= 'a' && b <= 'z') || b >= 0x80 ? static_cast<unsigned char>(b)
                                                         : 0;
    return table;
}();

// What one pass over a text finds: letters per script, and for each Latin
// language how many of its common words occur.
struct LetterAndWordCounts {
    ScriptCounts scripts;
    int word_scores[language_count] = {};
};

// The pass, fed byte by byte or, where SSE2 is there, sixteen ASCII bytes at
// a time; the word in progress carries over from one to the other.
class LetterAndWordCounter {
public:
    LetterAndWordCounts counts;

    void add_ascii(unsigned char byte) {
        unsigned char letter = word_letters[byte];
        if (letter == 0) return end_word();
        ++counts.scripts.latin;
        key_ = key_ << 8 | letter;  // a longer word loses its first bytes, but is not looked up
        ++length_;
    }

    // A letter beyond ASCII (or a broken sequence): every byte is part of the word.
    void add_other(std::string_view bytes, char32_t cp) {
        count_script(cp, counts.scripts);
        length_ += bytes.size();
        for (char c : bytes) key_ = key_ << 8 | static_cast<unsigned char>(c);
    }

#if defined(__SSE2__)
    // Sixteen ASCII bytes: LETTERS has bit i set when byte i is a letter;
    // LOWERED holds the bytes lowercased, eight readable bytes from each. A
    // word wholly inside the block is looked up straight from its bytes; only
    // one that runs over an edge of the block goes through the word in progress.
    void add_ascii_block(const unsigned char* lowered, unsigned letters) {
        unsigned at = 0;
        if (length_ > 0) {
            at = static_cast<unsigned>(std::countr_one(letters));
            extend_word(lowered, at);
            if (at == 16) return;
            end_word();
        }
        for (unsigned rest = letters >> at; rest != 0;) {
            auto gap = static_cast<unsigned>(std::countr_zero(rest));
            at += gap;
            rest >>= gap;
            auto run = static_cast<unsigned>(std::countr_one(rest));
            if (at + run == 16) return extend_word(lowered + at, run);
            counts.scripts.latin += run;
            if (run <= longest_word) count_word(packed(lowered + at, run));
            at += run;
            rest >>= run;
        }
    }
#endif

    void end_word() {
        if (length_ > 0 && length_ <= longest_word) count_word(key_);
        key_ = 0;
        length_ = 0;
    }

private:
#if defined(__SSE2__)
    // The first RUN bytes (1 to 8) from BYTES, first byte highest, as add_ascii shifts them in.
    static std::uint64_t packed(const unsigned char* bytes, unsigned run) {
        std::uint64_t word;
        std::memcpy(&word, bytes, 8);
        return __builtin_bswap64(word) >> (64 - 8 * run);
    }

    // RUN letters from BYTES on carry the word in progress.
    void extend_word(const unsigned char* bytes, unsigned run) {
        if (run == 0) return;
        if (length_ + run <= longest_word) key_ = run == 8 ? packed(bytes, run) : key_ << (8 * run) | packed(bytes, run);
        counts.scripts.latin += run;
        length_ += run;
    }
#endif

    void count_word(std::uint64_t key) {
        for (std::uint32_t languages = table_.languages(key); languages != 0; languages &= languages - 1)
            ++counts.word_scores[std::countr_zero(languages)];
    }

    const WordTable& table_ = word_languages();
    std::uint64_t key_ = 0;  // the word so far, lowercased, packed as word_key packs it
    std::size_t length_ = 0;
};

LetterAndWordCounts count_letters_and_words(std::string_view text) {
    LetterAndWordCounter counter;
#if defined(__SSE2__)
    alignas(16) unsigned char lowered[16 + 8] = {};
#endif
    for (std::size_t pos = 0; pos < text.size();) {
#if defined(__SSE2__)
        if (text.size() - pos >= 16) {
            __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
            if (_mm_movemask_epi8(block) == 0) {  // all ASCII, most of most texts
                // Setting bit 0x20 lowers A-Z and moves no other ASCII byte into a-z.
                __m128i lower = _mm_or_si128(block, _mm_set1_epi8(0x20));
                __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                                _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
                _mm_store_si128(reinterpret_cast<__m128i*>(lowered), lower);
                counter.add_ascii_block(lowered, static_cast<unsigned>(_mm_movemask_epi8(letters)));
                pos += 16;
                continue;
            }
        }
#endif
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            counter.add_ascii(byte);
            ++pos;
            continue;
        }
        std::size_t first = pos;
        char32_t cp = next_code_point(text, pos);
        counter.add_other(text.substr(first, pos - first), cp);
    }
    counter.end_word();
    return counter.counts;
}

std::string guess_latin(const int (&scores)[language_count]) {
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
    LetterAndWordCounts counts = count_letters_and_words(sample);
    const ScriptCounts& c = counts.scripts;
    std::size_t total = c.latin + c.cyrillic + c.arabic + c.han + c.kana + c.hangul;
    if (total < 8) return {};
    auto majority = [&](std::size_t n) { return n * 2 > total; };
    if (c.kana * 20 > total && c.kana + c.han > total / 2) return "ja";
    if (majority(c.han)) return "zh";
    if (majority(c.hangul)) return "ko";
    if (majority(c.arabic)) return "ar";
    if (majority(c.cyrillic)) return c.ukrainian_letters * 50 > c.cyrillic ? "uk" : "ru";
    if (majority(c.latin)) return guess_latin(counts.word_scores);
    return {};
}

}  // namespace wirekit
