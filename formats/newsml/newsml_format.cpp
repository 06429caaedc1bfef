#include "newsml/newsml_format.hpp"

#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_validate.hpp"
#include "newsml/newsml_writer.hpp"

namespace wirekit {

FormatInfo newsml_format() {
    return {"newsml", {"newsml-g2", "g2"}, {".nml", ".newsml", ".g2"}, {"application/vnd.iptc.g2.newsitem+xml", "application/vnd.iptc.g2.newsmessage+xml"},
            "IPTC NewsML-G2 newsItem, newsMessage and packageItem", sniff_newsml, read_newsml, write_newsml, {{"nitf", "body as NITF instead of XHTML"}, round_trip_format_variant},
            validate_newsml, read_newsml_each};
}

}  // namespace wirekit
