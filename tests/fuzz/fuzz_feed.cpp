// libFuzzer entry point for one feed parser: each fuzz_feed_<format> target links this object with
// its own wfFuzzFormat. Every input must give either a snapshot or an error, never a crash, a hang
// or a sanitizer report.
#include "feeds/feedparser.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern const char wfFuzzFormat[];

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static std::unique_ptr<wf::feeds::FeedParser> parser = [] {
        auto p = wf::feeds::FeedParser::create(QString::fromLatin1(wfFuzzFormat));
        if (!p)
            std::abort();
        return p;
    }();
    if (size > 4 * 1024 * 1024)
        return 0; // the poller caps bodies at 2 MiB before any parser sees them
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Both header paths: plain JSON/XML, and a declared UTF-16 charset (AWS) or HTML type.
    static const wf::net::HeaderList kHeaders[] = {
        {},
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-16")}},
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")}},
    };
    const auto &headers = kHeaders[size % 3];
    auto r = parser->parse(body, headers);
    if (r.ok()) {
        // Exercise the derived values the UI and the store use.
        (void)r->worstState();
        (void)r->openIncidentCount();
        (void)r->digest();
    } else if (r.error().code.isEmpty() || r.error().message.isEmpty()) {
        std::abort(); // every failure must say what went wrong
    }
    return 0;
}
