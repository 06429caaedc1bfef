#include "wire/wire_priority.hpp"

namespace wirekit {

namespace {

constexpr char ladder[] = {'f', 'b', 'u', 'r', 'd'};  // urgency 1..5

}  // namespace

int anpa_priority_urgency(char letter) {
    if (letter >= 'A' && letter <= 'Z') letter = static_cast<char>(letter - 'A' + 'a');
    for (int i = 0; i < 5; ++i)
        if (ladder[i] == letter) return i + 1;
    return 6;
}

char anpa_priority_letter(std::optional<int> urgency) {
    if (!urgency || *urgency < 1) return 'r';
    return *urgency > 5 ? 'd' : ladder[*urgency - 1];
}

}  // namespace wirekit
