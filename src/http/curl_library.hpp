#pragma once
// libcurl, loaded on the first HTTP request instead of at start-up. Linked in,
// it and the TLS, Kerberos and LDAP libraries it brings took 10 ms of every
// run, though most runs (a conversion, each process of a batch) never touch
// the network. The header still gives the types; each function is looked up
// with the type its declaration there has.
#include <curl/curl.h>

namespace wirekit {

struct CurlLibrary {
    decltype(&::curl_global_init) global_init;
    decltype(&::curl_easy_init) easy_init;
    decltype(&::curl_easy_setopt) easy_setopt;
    decltype(&::curl_easy_perform) easy_perform;
    decltype(&::curl_easy_getinfo) easy_getinfo;
    decltype(&::curl_easy_cleanup) easy_cleanup;
    decltype(&::curl_easy_strerror) easy_strerror;
    decltype(&::curl_slist_append) slist_append;
    decltype(&::curl_slist_free_all) slist_free_all;
    decltype(&::curl_url) url;
    decltype(&::curl_url_cleanup) url_cleanup;
    decltype(&::curl_url_set) url_set;
    decltype(&::curl_url_get) url_get;
    decltype(&::curl_free) free;
};

// The libcurl this build was compiled against (WIREKIT_LIBCURL_SONAME), loaded
// and initialised (curl_global_init) by the first call, from any thread.
// Throws Error (Exit::unavailable) when it cannot be loaded.
const CurlLibrary& curl_library();

// Loads the library SONAME and looks up its functions, without initialising
// it: curl_library's first step, apart for tests.
CurlLibrary load_curl_library(const char* soname);

}  // namespace wirekit
