#pragma once
// Tables of words asked of many words of a text (month names, the labels that
// open captions): written in the order a reader keeps them up, by language or
// subject, and sorted at compile time to be searched in a few comparisons.
#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace wirekit {

// The word an entry is looked up by: the entry itself, or its name.
constexpr std::string_view word_of(std::string_view word) { return word; }
template <class Entry>
constexpr std::string_view word_of(const Entry& entry) {
    return entry.name;
}

// TABLE sorted by word, for find_word.
template <class Entry, std::size_t N>
constexpr std::array<Entry, N> sorted_by_word(const Entry (&table)[N]) {
    std::array<Entry, N> sorted{};
    std::copy(std::begin(table), std::end(table), sorted.begin());
    std::sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) { return word_of(a) < word_of(b); });
    return sorted;
}

// Whether a word of SORTED stands in it twice: a table asserts it does not, as
// a search would find either entry.
template <class Entry, std::size_t N>
constexpr bool has_repeated_word(const std::array<Entry, N>& sorted) {
    auto same = [](const Entry& a, const Entry& b) { return word_of(a) == word_of(b); };
    return std::adjacent_find(sorted.begin(), sorted.end(), same) != sorted.end();
}

// The entry of SORTED for WORD, or null.
template <class Entry, std::size_t N>
constexpr const Entry* find_word(const std::array<Entry, N>& sorted, std::string_view word) {
    auto it = std::lower_bound(sorted.begin(), sorted.end(), word,
                               [](const Entry& e, std::string_view w) { return word_of(e) < w; });
    return it != sorted.end() && word_of(*it) == word ? &*it : nullptr;
}

}  // namespace wirekit
