#include "http/curl_library.hpp"

#include <dlfcn.h>

#include <string>

#include "report/error.hpp"

namespace wirekit {

namespace {

[[noreturn]] void cannot_load(const char* soname, const char* why) {
    throw Error(Exit::unavailable, std::string("cannot load libcurl (") + soname +
                                       "), which HTTP needs: " + (why ? why : "unknown reason"));
}

template <class Function>
void look_up(void* library, const char* soname, const char* name, Function& function) {
    function = reinterpret_cast<Function>(::dlsym(library, name));
    if (!function) cannot_load(soname, ::dlerror());
}

}  // namespace

CurlLibrary load_curl_library(const char* soname) {
    // Never closed: libcurl stays loaded for the rest of the run.
    void* library = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library) cannot_load(soname, ::dlerror());
    CurlLibrary curl{};
    look_up(library, soname, "curl_global_init", curl.global_init);
    look_up(library, soname, "curl_easy_init", curl.easy_init);
    look_up(library, soname, "curl_easy_setopt", curl.easy_setopt);
    look_up(library, soname, "curl_easy_perform", curl.easy_perform);
    look_up(library, soname, "curl_easy_getinfo", curl.easy_getinfo);
    look_up(library, soname, "curl_easy_cleanup", curl.easy_cleanup);
    look_up(library, soname, "curl_easy_strerror", curl.easy_strerror);
    look_up(library, soname, "curl_slist_append", curl.slist_append);
    look_up(library, soname, "curl_slist_free_all", curl.slist_free_all);
    look_up(library, soname, "curl_url", curl.url);
    look_up(library, soname, "curl_url_cleanup", curl.url_cleanup);
    look_up(library, soname, "curl_url_set", curl.url_set);
    look_up(library, soname, "curl_url_get", curl.url_get);
    look_up(library, soname, "curl_free", curl.free);
    return curl;
}

const CurlLibrary& curl_library() {
    // A failed load throws out of the initialisation, so the next call tries again.
    static const CurlLibrary curl = [] {
        CurlLibrary loaded = load_curl_library(WIREKIT_LIBCURL_SONAME);
        loaded.global_init(CURL_GLOBAL_DEFAULT);
        return loaded;
    }();
    return curl;
}

}  // namespace wirekit
