#include "version.h"

#include <curl/curl.h>
#include <sqlite3.h>

namespace wf {
QString version() { return QStringLiteral(WATCHFLOOR_VERSION); }
QString userAgent() { return QStringLiteral("Watchfloor/") + version(); }
QString curlVersion() { return QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version); }
QString sqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }
QString yamlCppVersion() { return QStringLiteral("0.7"); }
} // namespace wf
