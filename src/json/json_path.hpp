#pragma once
// Where a value sits in a JSON document ("articles[0].dateline.date"), for
// error messages and warnings. Paths live on the stack and point at their
// parent, so walking the tree costs nothing until a message needs the text.
#include <cstddef>
#include <string>
#include <string_view>

namespace wirekit {

class JsonPath {
public:
    JsonPath() = default;  // the top level

    // The member KEY of this object; KEY must outlive the child.
    JsonPath member(std::string_view key) const { return JsonPath(this, key, no_index); }
    // Element INDEX of this array.
    JsonPath element(std::size_t index) const { return JsonPath(this, {}, index); }

    // "articles[0].urgency"; empty at the top level.
    std::string str() const;
    // How many members and elements down from the top: 0 at the top level.
    std::size_t depth() const { return parent_ ? parent_->depth() + 1 : 0; }
    // "PATH: MESSAGE", or MESSAGE alone at the top level.
    std::string describe(std::string_view message) const;

private:
    static constexpr std::size_t no_index = static_cast<std::size_t>(-1);
    JsonPath(const JsonPath* parent, std::string_view key, std::size_t index)
        : parent_(parent), key_(key), index_(index) {}
    void append_to(std::string& out) const;

    const JsonPath* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = no_index;
};

}  // namespace wirekit
