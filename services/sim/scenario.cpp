#include "scenario.h"

#include "config/config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace wf::sim {

QString apiKindKey(ApiKind kind)
{
    return kind == ApiKind::OpenAi ? QStringLiteral("openai") : QStringLiteral("anthropic");
}

bool Fault::matchesPath(const QString &path) const
{
    if (paths.isEmpty())
        return true;
    for (const QString &p : paths) {
        if (p.endsWith(QLatin1Char('*'))) {
            if (path.startsWith(QStringView(p).chopped(1)))
                return true;
        } else if (path == p) {
            return true;
        }
    }
    return false;
}

const ProviderSpec *Scenario::provider(const QString &id) const
{
    for (const auto &p : providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

QDateTime parseScenarioTime(const QString &text, const QDate &day)
{
    const QString t = text.trimmed();
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    if (const auto m = clock.match(t); m.hasMatch()) {
        if (!day.isValid())
            return {};
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
        if (!time.isValid())
            return {};
        return QDateTime(day, time, QTimeZone::utc());
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return {}; // a zone (Z or an offset) is required
    return dt.toUTC();
}

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

struct ScenarioError
{
    Error error;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(wf::sim::Reader)

public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const YAML::Node &at, const QString &path, const QString &message) const
    {
        QString where = m_file;
        if (at.IsDefined() && at.Mark().line >= 0)
            where += QLatin1Char(':') + QString::number(at.Mark().line + 1);
        throw ScenarioError{Error{QStringLiteral("scenario.invalid"), where + QStringLiteral(": ") + path + QStringLiteral(": ") + message}};
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QString::fromLatin1(key);
    }

    void checkKeys(const YAML::Node &n, const QString &path, std::initializer_list<const char *> allowed) const
    {
        if (!n.IsMap())
            fail(n, path, tr("expected a mapping of keys to values"));
        for (auto it = n.begin(); it != n.end(); ++it) {
            const QString key = q(it->first.as<std::string>());
            QStringList names;
            for (const char *a : allowed)
                names << QString::fromLatin1(a);
            if (!names.contains(key))
                fail(it->first, path.isEmpty() ? key : path + QLatin1Char('.') + key,
                     tr("unknown key (expected one of: %1)").arg(names.join(QStringLiteral(", "))));
        }
    }

    QString str(const YAML::Node &map, const char *key, const QString &path, bool required = false, const QString &def = {}) const
    {
        const YAML::Node n = map[key];
        if (!n || n.IsNull()) {
            if (required)
                fail(map, join(path, key), tr("is required"));
            return def;
        }
        if (!n.IsScalar())
            fail(n, join(path, key), tr("expected a text value"));
        return q(n.Scalar());
    }

    QStringList strList(const YAML::Node &map, const char *key, const QString &path) const
    {
        const YAML::Node n = map[key];
        if (!n || n.IsNull())
            return {};
        if (n.IsScalar())
            return {q(n.Scalar())};
        if (!n.IsSequence())
            fail(n, join(path, key), tr("expected a list"));
        QStringList out;
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (!n[i].IsScalar())
                fail(n[i], join(path, key) + QStringLiteral("[%1]").arg(i), tr("expected a text value"));
            out << q(n[i].Scalar());
        }
        return out;
    }

    QDateTime time(const YAML::Node &map, const char *key, const QString &path, const QDate &day, bool required) const
    {
        const QString v = str(map, key, path, required);
        if (v.isEmpty())
            return {};
        const QDateTime t = parseScenarioTime(v, day);
        if (!t.isValid())
            fail(map[key], join(path, key), tr("expected a time like 13:40, 13:40:05 or 2026-03-02T13:40:00Z, got \"%1\"").arg(v));
        return t;
    }

    qint64 duration(const YAML::Node &map, const char *key, const QString &path, qint64 def) const
    {
        const QString v = str(map, key, path);
        if (v.isEmpty())
            return def;
        const qint64 ms = config::parseDurationMs(v);
        if (ms < 0)
            fail(map[key], join(path, key), tr("expected a duration like 800ms, 2s or 5m, got \"%1\"").arg(v));
        return ms;
    }

    double number(const YAML::Node &map, const char *key, const QString &path, double def, double min, double max) const
    {
        const QString v = str(map, key, path);
        if (v.isEmpty())
            return def;
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (!ok)
            fail(map[key], join(path, key), tr("expected a number, got \"%1\"").arg(v));
        if (d < min || d > max)
            fail(map[key], join(path, key), tr("must be between %1 and %2, got %3").arg(min).arg(max).arg(v));
        return d;
    }

    bool boolean(const YAML::Node &map, const char *key, const QString &path, bool def) const
    {
        const QString v = str(map, key, path).toLower();
        if (v.isEmpty())
            return def;
        if (v == QLatin1String("true") || v == QLatin1String("yes"))
            return true;
        if (v == QLatin1String("false") || v == QLatin1String("no"))
            return false;
        fail(map[key], join(path, key), tr("expected true or false"));
    }

    YAML::Node seq(const YAML::Node &map, const char *key, const QString &path, bool required) const;

private:
    QString m_file;
};

// Defined outside the class: lupdate misreads an in-class member returning YAML::Node as a
// member of class YAML and files the strings under the wrong context.
YAML::Node Reader::seq(const YAML::Node &map, const char *key, const QString &path, bool required) const
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull()) {
        if (required)
            fail(map, join(path, key), tr("is required"));
        return YAML::Node(YAML::NodeType::Sequence);
    }
    if (!n.IsSequence())
        fail(n, join(path, key), tr("expected a list"));
    return n;
}

QString idx(const QString &path, std::size_t i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

QByteArray contentTypeFor(const QString &file)
{
    if (file.endsWith(QLatin1String(".json")))
        return QByteArrayLiteral("application/json; charset=utf-8");
    if (file.endsWith(QLatin1String(".atom")))
        return QByteArrayLiteral("application/atom+xml; charset=utf-8");
    if (file.endsWith(QLatin1String(".rss")) || file.endsWith(QLatin1String(".xml")))
        return QByteArrayLiteral("application/rss+xml; charset=utf-8");
    return QByteArrayLiteral("text/plain; charset=utf-8");
}

FeedPath readFeed(const Reader &r, const YAML::Node &n, const QString &path, const QDate &day, const QString &baseDir)
{
    r.checkKeys(n, path, {"path", "snapshots"});
    FeedPath f;
    f.path = r.str(n, "path", path, true);
    if (!f.path.startsWith(QLatin1Char('/')))
        r.fail(n["path"], path + QStringLiteral(".path"), Reader::tr("must start with /"));
    const YAML::Node snaps = r.seq(n, "snapshots", path, true);
    for (std::size_t i = 0; i < snaps.size(); ++i) {
        const QString sp = idx(path + QStringLiteral(".snapshots"), i);
        const YAML::Node sn = snaps[i];
        r.checkKeys(sn, sp, {"at", "until", "file"});
        FeedSnapshot s;
        s.at = r.time(sn, "at", sp, day, true);
        s.until = r.time(sn, "until", sp, day, false);
        s.file = r.str(sn, "file", sp, true);
        s.line = sn.Mark().line + 1;
        if (s.until.isValid() && s.until <= s.at)
            r.fail(sn["until"], sp + QStringLiteral(".until"), Reader::tr("must be after \"at\""));
        if (!f.snapshots.isEmpty() && s.at <= f.snapshots.constLast().at)
            r.fail(sn["at"], sp + QStringLiteral(".at"), Reader::tr("snapshots must be in time order"));
        QFile file(QDir(baseDir).filePath(s.file));
        if (!file.open(QIODevice::ReadOnly))
            r.fail(sn["file"], sp + QStringLiteral(".file"), Reader::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        s.body = file.readAll();
        s.contentType = contentTypeFor(s.file);
        f.snapshots << s;
    }
    return f;
}

ProviderSpec readProvider(const Reader &r, const YAML::Node &n, const QString &path, const QDate &day, const QString &baseDir)
{
    r.checkKeys(n, path, {"id", "name", "api", "models", "web_paths", "require_key", "port", "feeds"});
    ProviderSpec p;
    p.id = r.str(n, "id", path, true);
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!idRe.match(p.id).hasMatch())
        r.fail(n["id"], path + QStringLiteral(".id"), Reader::tr("use lower-case letters, digits, - and _ (it becomes a URL prefix), got \"%1\"").arg(p.id));
    p.name = r.str(n, "name", path, false, p.id);
    const QString api = r.str(n, "api", path, true);
    if (api == QLatin1String("anthropic"))
        p.api = ApiKind::Anthropic;
    else if (api == QLatin1String("openai"))
        p.api = ApiKind::OpenAi;
    else
        r.fail(n["api"], path + QStringLiteral(".api"), Reader::tr("expected anthropic or openai, got \"%1\"").arg(api));
    p.models = r.strList(n, "models", path);
    if (p.models.isEmpty())
        r.fail(n, path + QStringLiteral(".models"), Reader::tr("list at least one model"));
    p.webPaths = r.strList(n, "web_paths", path);
    p.requireKey = r.boolean(n, "require_key", path, true);
    p.port = int(r.number(n, "port", path, 0, 0, 65535));
    const YAML::Node feeds = r.seq(n, "feeds", path, false);
    for (std::size_t i = 0; i < feeds.size(); ++i)
        p.feeds << readFeed(r, feeds[i], idx(path + QStringLiteral(".feeds"), i), day, baseDir);
    return p;
}

Fault readFault(const Reader &r, const YAML::Node &n, const QString &path, const Scenario &s)
{
    r.checkKeys(n, path, {"name", "from", "to", "provider", "paths", "models", "status", "latency", "ratio", "retry_after", "message"});
    Fault f;
    f.line = n.Mark().line + 1;
    f.name = r.str(n, "name", path, true);
    f.from = r.time(n, "from", path, s.start.date(), true);
    f.to = r.time(n, "to", path, s.start.date(), true);
    if (f.to <= f.from)
        r.fail(n["to"], path + QStringLiteral(".to"), Reader::tr("must be after \"from\""));
    f.provider = r.str(n, "provider", path, true);
    if (!s.provider(f.provider))
        r.fail(n["provider"], path + QStringLiteral(".provider"), Reader::tr("no provider with id \"%1\" in this scenario").arg(f.provider));
    f.paths = r.strList(n, "paths", path);
    for (const QString &p : std::as_const(f.paths))
        if (!p.startsWith(QLatin1Char('/')))
            r.fail(n["paths"], path + QStringLiteral(".paths"), Reader::tr("paths must start with /, got \"%1\"").arg(p));
    f.models = r.strList(n, "models", path);
    for (const QString &code : r.strList(n, "status", path)) {
        bool ok = false;
        const int status = code.toInt(&ok);
        if (!ok || status < 400 || status > 599)
            r.fail(n["status"], path + QStringLiteral(".status"), Reader::tr("expected HTTP error codes 400..599, got \"%1\"").arg(code));
        f.statuses << status;
    }
    f.latencyMs = int(r.duration(n, "latency", path, 0));
    if (f.latencyMs > 120000)
        r.fail(n["latency"], path + QStringLiteral(".latency"), Reader::tr("at most 120s"));
    if (f.statuses.isEmpty() && f.latencyMs == 0)
        r.fail(n, path, Reader::tr("give a status, a latency or both"));
    f.ratio = r.number(n, "ratio", path, 1.0, 0.0, 1.0);
    const qint64 retry = r.duration(n, "retry_after", path, -1);
    f.retryAfterS = retry < 0 ? -1 : int(retry / 1000);
    f.message = r.str(n, "message", path);
    return f;
}

Result<QByteArray> readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("scenario.io"), QStringLiteral("%1: %2").arg(path, f.errorString())};
    return f.readAll();
}

} // namespace

Result<Scenario> ScenarioLoader::loadString(const QByteArray &yaml, const QString &fileName, const QString &baseDir)
{
    try {
        YAML::Node root;
        try {
            root = YAML::Load(yaml.toStdString());
        } catch (const YAML::ParserException &e) {
            return Error{QStringLiteral("scenario.syntax"),
                         tr("%1:%2: YAML syntax error: %3").arg(fileName).arg(e.mark.line + 1).arg(q(e.msg))};
        }
        Reader r(fileName);
        if (!root || root.IsNull())
            r.fail(root, QStringLiteral("(document)"), tr("the file is empty"));
        r.checkKeys(root, QString(), {"scenario", "providers", "faults"});
        Scenario s;
        s.origin = fileName;
        const YAML::Node meta = root["scenario"];
        if (!meta)
            r.fail(root, QStringLiteral("scenario"), tr("is required"));
        r.checkKeys(meta, QStringLiteral("scenario"), {"name", "title", "note", "start", "end", "seed", "sources"});
        const QString mp = QStringLiteral("scenario");
        s.name = r.str(meta, "name", mp, true);
        s.title = r.str(meta, "title", mp, false, s.name);
        s.note = r.str(meta, "note", mp);
        s.start = r.time(meta, "start", mp, {}, true);
        s.end = r.time(meta, "end", mp, s.start.date(), true);
        if (s.end <= s.start)
            r.fail(meta["end"], mp + QStringLiteral(".end"), tr("must be after start"));
        s.seed = quint64(r.number(meta, "seed", mp, 1, 0, 9007199254740991.0));
        s.sources = r.strList(meta, "sources", mp);

        const YAML::Node providers = r.seq(root, "providers", QString(), true);
        QSet<QString> ids;
        for (std::size_t i = 0; i < providers.size(); ++i) {
            ProviderSpec p = readProvider(r, providers[i], idx(QStringLiteral("providers"), i), s.start.date(), baseDir);
            if (ids.contains(p.id))
                r.fail(providers[i]["id"], idx(QStringLiteral("providers"), i) + QStringLiteral(".id"), tr("duplicate id \"%1\"").arg(p.id));
            ids.insert(p.id);
            s.providers << p;
        }
        if (s.providers.isEmpty())
            r.fail(root["providers"], QStringLiteral("providers"), tr("list at least one provider"));
        const YAML::Node faults = r.seq(root, "faults", QString(), false);
        for (std::size_t i = 0; i < faults.size(); ++i)
            s.faults << readFault(r, faults[i], idx(QStringLiteral("faults"), i), s);
        return s;
    } catch (const ScenarioError &e) {
        return e.error;
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("scenario.invalid"), QStringLiteral("%1:%2: %3").arg(fileName).arg(e.mark.line + 1).arg(q(e.msg))};
    }
}

Result<Scenario> ScenarioLoader::loadFile(const QString &file)
{
    auto bytes = readBytes(file);
    if (!bytes)
        return bytes.error();
    return loadString(*bytes, file, QFileInfo(file).absolutePath());
}

Result<Scenario> ScenarioLoader::load(const QString &nameOrPath)
{
    const QFileInfo info(nameOrPath);
    if (info.isDir())
        return loadFile(QDir(nameOrPath).filePath(QStringLiteral("scenario.yaml")));
    if (info.isFile())
        return loadFile(nameOrPath);
    const QString bundledFile = QStringLiteral(":/scenarios/%1/scenario.yaml").arg(nameOrPath);
    if (QFile::exists(bundledFile))
        return loadFile(bundledFile);
    return Error{QStringLiteral("scenario.notFound"),
                 tr("no scenario \"%1\": not a directory, not a file, and not a built-in scenario (built in: %2)")
                     .arg(nameOrPath, bundled().join(QStringLiteral(", ")))};
}

QStringList ScenarioLoader::bundled()
{
    return QDir(QStringLiteral(":/scenarios")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace wf::sim
