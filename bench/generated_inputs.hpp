#pragma once
// The inputs of the benchmarks, generated so that no corpus file is needed:
// an RSS 2.0 feed, a NewsML-G2 newsMessage and plain-text dispatches, all
// fictional and regular (every item alike but for its numbers and names).
#include <cstddef>
#include <string>
#include <string_view>

namespace wirekit::bench {

inline constexpr std::size_t rss_item_size_bound = 3500;  // bytes; room reserved up front, so growing never holds two copies

// Names the generated stories draw on.
inline const char* const towns[] = {"Holmby", "Varnen", "Kestle Hill", "Lennmouth", "Eastshore", "Norrvik"};
inline const char* const sections[] = {"Transport", "Local politics", "Weather", "Business", "Culture", "Sport"};
inline const char* const reporters[] = {"Marta Lindqvist", "Peter Okafor", "Ana Ruiz", "Tomasz Wierzba", "Lotte Brandsma"};

inline std::string rss_paragraph(int n, int p) {
    std::string town = towns[(n + p) % 6];
    return "<p>Residents of " + town + " said on " + (p % 2 ? "Tuesday" : "Wednesday") +
           " that the plan, paragraph " + std::to_string(p) +
           " of the council's report, would change how people travel to work, to school and to the hospital, "
           "and several of them asked for <em>more time</em> to respond before the <a href=\"https://news.example/" +
           std::to_string(n) + "/report\">final vote</a> later this month.</p>\n";
}

inline std::string rss_item(int n) {
    std::string url = "https://news.example/regional/2024/06/" + std::to_string(n) + "-council-plan";
    std::string s = "<item>\n<title>Council plan for " + std::string(towns[n % 6]) + " draws questions, item " + std::to_string(n) +
                    "</title>\n<link>" + url + "</link>\n<guid isPermaLink=\"true\">" + url + "</guid>\n";
    s += "<pubDate>Tue, " + std::to_string(n % 28 + 1) + " Jun 2024 " + std::to_string(10 + n % 12) + ":" +
         std::to_string(10 + n % 50) + ":00 +0100</pubDate>\n";
    s += "<dc:creator>" + std::string(reporters[n % 5]) + "</dc:creator>\n";
    s += "<category>" + std::string(sections[n % 6]) + "</category>\n<category>" + std::string(towns[(n + 1) % 6]) + "</category>\n";
    s += "<description>The district council published its plan on Tuesday; residents have four weeks to comment on the "
         "changes to roads, ferries and bus routes around the lake, item " +
         std::to_string(n) + ".</description>\n";
    s += "<content:encoded><![CDATA[";
    for (int p = 0; p < 8; ++p) s += rss_paragraph(n, p);
    s += "]]></content:encoded>\n</item>\n";
    return s;
}

// An RSS 2.0 feed of ITEM_COUNT news items, about 3 KB each (title, link,
// guid, pubDate, dc:creator, categories, description, HTML content:encoded).
inline std::string generated_rss_feed(int item_count) {
    std::string feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                       "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                       "<channel>\n<title>Regional news</title>\n<link>https://news.example/regional/</link>\n"
                       "<description>Benchmark feed</description>\n<language>en</language>\n";
    feed.reserve(feed.size() + item_count * rss_item_size_bound);
    for (int n = 0; n < item_count; ++n) feed += rss_item(n);
    feed += "</channel>\n</rss>\n";
    return feed;
}

// That feed with a date nobody can read in every item: a warning each, placed
// by line and column (each was once counted from the start of the file: a
// 16 MB feed of such items took minutes).
inline std::string generated_rss_feed_with_warnings(int item_count) {
    const std::string feed = generated_rss_feed(item_count);
    constexpr std::string_view tag = "<pubDate>";
    std::string out;
    out.reserve(feed.size() + static_cast<std::size_t>(item_count) * 16);
    std::size_t from = 0;
    for (std::size_t at = feed.find(tag); at != std::string::npos; at = feed.find(tag, from)) {
        out.append(feed, from, at + tag.size() - from);
        out += "no date: ";
        from = at + tag.size();
    }
    out.append(feed, from);
    return out;
}

inline const char* const g2_places[] = {"REYKJAVIK", "ROTTERDAM", "VALPARAISO", "KUNMING", "ESBJERG", "HAMBURG"};
inline const char* const topics[] = {"medtop:04000000", "medtop:20000523", "medtop:20000533", "medtop:20000350"};

// Appends NewsML-G2 newsItem N (XHTML body, the usual metadata) to OUT.
inline void append_newsml_item(std::string& out, int n) {
    std::string id = std::to_string(n);
    out += "<newsItem guid=\"urn:newsml:bench.example:2024:" + id +
           "\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\" conformance=\"power\" xml:lang=\"en\">"
           "<catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml\"/>"
           "<rightsInfo><copyrightHolder><name>Bench Wire</name></copyrightHolder>"
           "<copyrightNotice>Copyright 2024 Bench Wire</copyrightNotice></rightsInfo>"
           "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Bench Wire\"/>"
           "<versionCreated>2024-06-12T14:05:00+01:00</versionCreated><firstCreated>2024-06-12T09:40:00+01:00</firstCreated>"
           "<pubStatus qcode=\"stat:usable\"/><signal qcode=\"sig:update\"/></itemMeta>"
           "<contentMeta><urgency>" + std::to_string(n % 9 + 1) + "</urgency>"
           "<contentCreated>2024-06-12T09:32:00+01:00</contentCreated>"
           "<located><name>" + std::string(g2_places[n % 6]) + "</name></located>"
           "<infoSource><name>Bench Wire</name></infoSource><creator><name>Anna Keller</name></creator>"
           "<language tag=\"en\"/><subject qcode=\"" + topics[n % 4] + "\" type=\"cpnat:abstract\"><name>topic</name></subject>"
           "<subject qcode=\"N2:BENCH\"/><keyword>harbour</keyword><keyword>strike</keyword>"
           "<slugline>BENCH-STRIKE/" + id + "</slugline>"
           "<headline>Port workers extend strike into day " + std::to_string(n % 40 + 2) + " as talks stall</headline>"
           "<dateline>" + g2_places[n % 6] + " (Bench Wire)</dateline><by>By Anna Keller</by><creditline>Bench Wire</creditline>"
           "<description role=\"drol:summary\">Harbour workers walked out again.</description></contentMeta>"
           "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>";
    for (int p = 0; p < 6; ++p)
        out += "<p>The union said paragraph " + std::to_string(p) +
               " of its statement set out the <em>demands</em>: a wage rise in line with inflation, safer night shifts and a "
               "say in how the new automated cranes are introduced over the next two years.</p>";
    out += "</body></html></inlineXML></contentSet></newsItem>";
}

inline const char* const dispatch_places[] = {"REYKJAVIK", "ROTTERDAM", "VALPARAISO", "KUNMING", "MILLBROOK, Vermont", "Hamburg"};
inline const char* const credits[] = {"Nordic Wire / Baltic Press", "Reuters", "AP", "Xinhua", "dpa", "EFE"};
inline const char* const months[] = {"January", "March", "June", "Sept.", "Nov.", "December"};

// Dispatch N: headline, dateline and lead, five paragraphs, a trailer.
inline std::string generated_dispatch(int n) {
    std::string s = "Port workers extend strike into day " + std::to_string(n % 40 + 2) + " as talks stall\n\n";
    s += dispatch_places[n % 6];
    s += " (";
    s += credits[(n / 6) % 6];
    s += " - " + std::to_string(n % 28 + 1) + "th " + months[n % 6] + ", 2024) ";
    s += "Harbour workers walked out again on Tuesday after talks with the port authority broke down over pay, "
         "leaving container ships anchored offshore and fish exporters counting the cost.\n\n";
    for (int p = 0; p < 5; ++p) {
        s += "The union said paragraph " + std::to_string(p) +
             " of its statement set out the demands: a wage rise in line with inflation, safer night shifts and a "
             "say in how the new automated cranes are introduced over the next two years.\n\n";
    }
    s += "(Reporting by Anna Keller; Editing by Jon Eide)\n";
    return s;
}

// A newsMessage of ITEM_COUNT newsItems.
inline std::string generated_newsml_message(int item_count) {
    std::string message = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
                          "<header><sent>2024-06-12T14:06:00+01:00</sent><sender>bench.example</sender><priority>4</priority>"
                          "</header><itemSet>";
    for (int i = 0; i < item_count; ++i) append_newsml_item(message, i);
    message += "</itemSet></newsMessage>";
    return message;
}

// COUNT dispatches in one text, separated by form-feed lines as the dispatch
// reader splits them.
inline std::string generated_dispatch_file(int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        if (i > 0) text += "\f\n";
        text += generated_dispatch(i);
    }
    return text;
}

}  // namespace wirekit::bench
