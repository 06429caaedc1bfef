#include "formats/test_feed_checks.hpp"

#include <pugixml.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <unistd.h>

#include "support/paths.hpp"

namespace wirekit::test {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The XSD's RFC 822 pattern, restated without regular expressions:
// ((Mon|...|Sun), *)?\d\d? +(Jan|...|Dec) +\d\d(\d\d)? +\d\d:\d\d(:\d\d)? +([+-]?\d\d\d\d|UT|GMT|EST|...|PDT|\w)
bool is_rfc822(std::string_view s) {
    static const std::set<std::string_view> days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const std::set<std::string_view> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const std::set<std::string_view> zones = {"UT", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"};
    std::size_t p = 0;
    auto run = [&](auto pred) {
        std::size_t start = p;
        while (p < s.size() && pred(s[p])) ++p;
        return s.substr(start, p - start);
    };
    auto spaces = [&] { return !run([](char c) { return c == ' '; }).empty(); };
    if (s.size() > 4 && days.count(s.substr(0, 3)) && s[3] == ',') {
        p = 4;
        run([](char c) { return c == ' '; });
    }
    std::string_view day = run(is_digit);
    if (day.empty() || day.size() > 2 || !spaces()) return false;
    std::string_view month = run([](char c) { return c >= 'A' && c <= 'z'; });
    if (!months.count(month) || !spaces()) return false;
    std::string_view year = run(is_digit);
    if ((year.size() != 2 && year.size() != 4) || !spaces()) return false;
    std::string_view time = run([](char c) { return is_digit(c) || c == ':'; });
    if (time.size() != 5 && time.size() != 8) return false;
    for (std::size_t i = 0; i < time.size(); ++i)
        if ((i % 3 == 2) != (time[i] == ':')) return false;
    if (!spaces()) return false;
    std::string_view zone = s.substr(p);
    if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-'))
        return is_digit(zone[1]) && is_digit(zone[2]) && is_digit(zone[3]) && is_digit(zone[4]);
    return zones.count(zone) || (zone.size() == 1 && zone[0] >= 'A' && zone[0] <= 'Z');
}

std::string text(pugi::xml_node n) { return n.text().get(); }

void check_declared(pugi::xml_node root, std::vector<std::string>& problems) {
    std::vector<pugi::xml_node> stack{root};
    while (!stack.empty()) {
        pugi::xml_node n = stack.back();
        stack.pop_back();
        std::string name = n.name();
        auto colon = name.find(':');
        if (colon != std::string::npos && name.substr(0, colon) != "xml") {
            std::string attribute = "xmlns:" + name.substr(0, colon);
            bool declared = false;
            for (pugi::xml_node a = n; a && !declared; a = a.parent()) declared = a.attribute(attribute.c_str());
            if (!declared) problems.push_back("prefix of <" + name + "> is not declared");
        }
        for (pugi::xml_node c : n.children()) if (c.type() == pugi::node_element) stack.push_back(c);
    }
}

}  // namespace

std::vector<std::string> rss_problems(const std::string& rss_xml) {
    std::vector<std::string> problems;
    pugi::xml_document doc;
    if (!doc.load_string(rss_xml.c_str())) return {"not well-formed XML"};
    pugi::xml_node rss = doc.document_element();
    if (std::string(rss.name()) != "rss" || std::string(rss.attribute("version").value()) != "2.0")
        problems.push_back("root is not <rss version=\"2.0\">");
    if (rss.select_nodes("channel").size() != 1) return {"not exactly one <channel>"};
    pugi::xml_node channel = rss.child("channel");
    for (const char* required : {"title", "link", "description"}) {
        auto found = channel.select_nodes(required);
        if (found.size() != 1) problems.push_back(std::string("channel has ") + std::to_string(found.size()) + " <" + required + ">");
        else if (text(found.first().node()).empty()) problems.push_back(std::string("channel <") + required + "> is empty");
    }
    for (const char* once : {"language", "copyright", "managingEditor", "webMaster", "pubDate", "lastBuildDate", "generator", "docs",
                             "cloud", "ttl", "image", "rating", "textInput", "skipHours", "skipDays"})
        if (channel.select_nodes(once).size() > 1) problems.push_back(std::string("channel has several <") + once + ">");
    for (const char* date : {"pubDate", "lastBuildDate"})
        if (pugi::xml_node d = channel.child(date); d && !is_rfc822(text(d)))
            problems.push_back(std::string("channel ") + date + " '" + text(d) + "' is not RFC 822");
    if (pugi::xml_node image = channel.child("image"))
        for (const char* required : {"url", "title", "link"})
            if (text(image.child(required)).empty()) problems.push_back(std::string("image lacks <") + required + ">");
    int index = 0;
    for (pugi::xml_node item : channel.children("item")) {
        std::string where = "item " + std::to_string(index++) + ": ";
        if (text(item.child("title")).empty() && text(item.child("description")).empty())
            problems.push_back(where + "neither title nor description");
        for (const char* once : {"title", "link", "description", "author", "comments", "guid", "pubDate", "source"})
            if (item.select_nodes(once).size() > 1) problems.push_back(where + "several <" + once + ">");
        if (pugi::xml_node d = item.child("pubDate"); d && !is_rfc822(text(d)))
            problems.push_back(where + "pubDate '" + text(d) + "' is not RFC 822");
        if (pugi::xml_node guid = item.child("guid")) {
            std::string permalink = guid.attribute("isPermaLink").value();
            bool is_url = text(guid).starts_with("http://") || text(guid).starts_with("https://");
            if (permalink != "false" && !is_url) problems.push_back(where + "guid is a permalink but not an http(s) URL");
            if (permalink != "" && permalink != "true" && permalink != "false") problems.push_back(where + "isPermaLink is not a boolean");
        }
        for (pugi::xml_node e : item.children("enclosure")) {
            std::string length = e.attribute("length").value();
            bool whole = !length.empty() && length.find_first_not_of("0123456789") == std::string::npos;
            if (std::string(e.attribute("url").value()).empty() || !whole || std::string(e.attribute("type").value()).empty())
                problems.push_back(where + "enclosure lacks url, length or type");
        }
        for (pugi::xml_node c : item.children("category"))
            if (text(c).empty()) problems.push_back(where + "empty category");
    }
    check_declared(rss, problems);
    return problems;
}

std::string atom_schema_errors(const std::string& atom_xml) {
    char name[] = "/tmp/wirekit-atom-XXXXXX";
    int fd = mkstemp(name);
    if (fd < 0) return "cannot create a temporary file";
    close(fd);
    std::ofstream(name, std::ios::binary) << atom_xml;
    std::string command = "xmllint --noout --relaxng '" + shared_path("formats-ref/atom/atom.rng") + "' '" + name + "' 2>&1";
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer;
        while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
        int status = pclose(pipe);
        std::filesystem::remove(name);
        return status == 0 ? std::string() : output;
    }
    std::filesystem::remove(name);
    return "cannot run xmllint";
}

}  // namespace wirekit::test
