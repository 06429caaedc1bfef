#include "iptc7901/iptc7901_format.hpp"

#include "iptc7901/iptc7901_reader.hpp"
#include "iptc7901/iptc7901_writer.hpp"
#include "wire/wire_sniff.hpp"

namespace wirekit {

FormatInfo iptc7901_format() {
    FormatInfo f{"iptc7901", {"7901"}, {".7901"}, {},
                 "IPTC 7901 wire copy (dpa, ATS, KNA): header, keyword line, headline =, paragraphs, end line",
                 sniff_iptc7901, read_iptc7901, write_iptc7901};
    f.variants = {latin1_variant};
    f.sniff_rule = wire_sniff_rule;
    return f;
}

}  // namespace wirekit
