#pragma once
// The framing ANPA-1312 and IPTC 7901 share: SOH header STX text ETX end EOT,
// one message after another in a capture, with fill bytes (DEL, SYN, NUL, ENQ,
// CR, LF) around them.
#include <cstddef>
#include <string_view>
#include <vector>

namespace wirekit {

inline constexpr char wire_soh = '\x01';
inline constexpr char wire_stx = '\x02';
inline constexpr char wire_etx = '\x03';
inline constexpr char wire_eot = '\x04';
// Inside ANPA messages: the header's unit separator, and the agate table codes.
inline constexpr char wire_syn = '\x16';
inline constexpr char wire_us = '\x1F';
inline constexpr char wire_rs = '\x1E';
inline constexpr char wire_bs = '\x08';
inline constexpr char wire_dle = '\x10';

struct WireMessage {
    std::string_view header;  // after SOH, up to STX
    std::string_view text;    // after STX, up to ETX
    std::string_view end;     // after ETX, up to EOT: the stamp or end line
    std::size_t line = 1;     // the line SOH stands on
    bool framed = true;       // false when the controls were stripped (a relay): TEXT holds everything
};

struct ReadOptions;
struct Article;
struct Document;

// Reads BYTES (decoded as wire text) message by message with READ_MESSAGE,
// one article each; messages with nothing in them are fill. FORMAT names the
// framing in the error when there is no message at all.
Document read_wire_messages(std::string_view bytes, const ReadOptions& opts, std::string_view format,
                            Article (*read_message)(const WireMessage&, const ReadOptions&));

// The messages of TEXT, in order. A message without SOH, STX or ETX keeps what
// it has (missing parts empty); text without any SOH is one unframed message.
std::vector<WireMessage> split_wire_messages(std::string_view text);

}  // namespace wirekit
