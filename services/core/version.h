#pragma once

#include <QString>

namespace wf {
// Product version and the versions of the libraries it runs on (for About and --version).
QString version();
QString userAgent();
QString curlVersion();
QString sqliteVersion();
QString yamlCppVersion();
} // namespace wf
