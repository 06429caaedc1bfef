// Month names as datelines write them. Lives apart from the dateline date
// grammar because the table is long and only ever grows, and because feed
// dates (date_words) read the same names.
#include "time/month_names.hpp"

#include <string>

#include "text/script_chars.hpp"
#include "text/text.hpp"
#include "text/word_table.hpp"

namespace wirekit {

namespace {

struct MonthName {
    std::string_view name;  // lower case, without a trailing period
    int month = 0;
};

// Abbreviations are listed without their period; month_from_name drops it.
constexpr MonthName month_names[] = {
    // English, with AP style ("Sept.") and three-letter forms
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
    // French
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fevr", 2},
    {"fév", 2}, {"fev", 2}, {"mars", 3}, {"avril", 4}, {"avr", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"juil", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
    {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"déc", 12},
    // Spanish
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
    {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
    {"setiembre", 9}, {"set", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"dic", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3},
    {"mrz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12},
    {"dez", 12},
    // Italian
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"febb", 2}, {"aprile", 4}, {"maggio", 5},
    {"mag", 5}, {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9},
    {"sett", 9}, {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
    // Russian: nominative, genitive ("10 февраля"), abbreviations ("10 фев")
    {"январь", 1}, {"января", 1}, {"янв", 1}, {"февраль", 2}, {"февраля", 2}, {"фев", 2},
    {"февр", 2}, {"март", 3}, {"марта", 3}, {"мар", 3}, {"апрель", 4}, {"апреля", 4},
    {"апр", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6}, {"июня", 6}, {"июн", 6}, {"июль", 7},
    {"июля", 7}, {"июл", 7}, {"август", 8}, {"августа", 8}, {"авг", 8}, {"сентябрь", 9},
    {"сентября", 9}, {"сен", 9}, {"сент", 9}, {"октябрь", 10}, {"октября", 10}, {"окт", 10},
    {"ноябрь", 11}, {"ноября", 11}, {"ноя", 11}, {"нояб", 11}, {"декабрь", 12},
    {"декабря", 12}, {"дек", 12},
};

// Asked of a word at every place a dateline date may start.
constexpr auto sorted_month_names = sorted_by_word(month_names);
static_assert(!has_repeated_word(sorted_month_names));

// Longer than any name in the table, in bytes: anything longer is no month.
constexpr std::size_t longest_month_name = 24;

}  // namespace

int month_from_name(std::string_view word) {
    word = trim(word);
    if (word.ends_with('.')) word.remove_suffix(1);
    if (word.empty() || word.size() > longest_month_name) return 0;
    const std::string folded = fold_case(word);
    const MonthName* m = find_word(sorted_month_names, folded);
    return m ? m->month : 0;
}

}  // namespace wirekit
