#pragma once

// Shared helpers of the benchmark executables: figures as JSON, percentiles, process CPU and
// memory from the kernel, and a tiny command-line reader. Header only, no Q_OBJECT.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace wf::bench {

// One measured figure: every sample of every run, with its goal or the reference it is read
// against. The report computes min/median/max and the verdict from the median.
struct Figure
{
    Figure(QString g, QString i, QString t, QString u)
        : group(std::move(g)), id(std::move(i)), title(std::move(t)), unit(std::move(u)) {}

    QString group;
    QString id;
    QString title;
    QString unit;
    std::vector<double> samples;
    QString goalOp;          // ">=", "<=", "<", "==" or empty
    double goalValue = 0;
    QString reference;       // what the figure is read against (a reference measured in the same run)
    bool isReference = false; // this figure is itself the reference of another
    QString note;

    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("group"), group}, {QStringLiteral("id"), id}, {QStringLiteral("title"), title},
                      {QStringLiteral("unit"), unit}};
        QJsonArray s;
        for (double v : samples)
            s.append(v);
        o.insert(QStringLiteral("samples"), s);
        if (!goalOp.isEmpty())
            o.insert(QStringLiteral("goal"), QJsonObject{{QStringLiteral("op"), goalOp}, {QStringLiteral("value"), goalValue}});
        if (!reference.isEmpty())
            o.insert(QStringLiteral("reference"), reference);
        if (isReference)
            o.insert(QStringLiteral("is_reference"), true);
        if (!note.isEmpty())
            o.insert(QStringLiteral("note"), note);
        return o;
    }
};

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double rank = p / 100.0 * double(v.size() - 1);
    const auto lo = std::size_t(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

inline double median(const std::vector<double> &v) { return percentile(v, 50); }

// CPU time (user + system) of this process in seconds.
inline double processCpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// A "VmRSS" / "VmHWM" style line of /proc/self/status, in MiB.
inline double procStatusMiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Writes the figures of one benchmark as a JSON fragment for the report.
inline bool writeFragment(const QString &path, const std::vector<Figure> &figures, const QJsonObject &extra = {})
{
    QJsonArray arr;
    for (const Figure &f : figures)
        arr.append(f.toJson());
    QJsonObject o = extra;
    o.insert(QStringLiteral("figures"), arr);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(json);
    return true;
}

// "--name value" options after the subcommand.
class Args
{
public:
    explicit Args(QStringList args) : m_args(std::move(args)) {}
    QString value(const QString &name, const QString &fallback = {}) const
    {
        const qsizetype i = m_args.indexOf(QStringLiteral("--") + name);
        return i >= 0 && i + 1 < m_args.size() ? m_args.at(i + 1) : fallback;
    }
    int integer(const QString &name, int fallback) const
    {
        bool ok = false;
        const int v = value(name).toInt(&ok);
        return ok ? v : fallback;
    }
    double real(const QString &name, double fallback) const
    {
        bool ok = false;
        const double v = value(name).toDouble(&ok);
        return ok ? v : fallback;
    }
    bool flag(const QString &name) const { return m_args.contains(QStringLiteral("--") + name); }

private:
    QStringList m_args;
};

inline void progress(const QString &text)
{
    std::fprintf(stderr, "  %s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace wf::bench
