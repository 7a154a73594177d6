#pragma once

#include "core/healthstate.h"

#include <QObject>
#include <QStringList>

namespace wf::ui {

// What the map and the timeline show. Every part empty means "everything"; the parts combine with
// AND. Plain value so views can keep a copy and tests can build one directly.
struct FilterSpec
{
    QString provider;          // provider id
    quint32 states = 0;        // bit (1 << rank(state)) per accepted state; 0 = every state
    bool problemsOnly = false; // degraded or worse (the map also keeps stale nodes)
    QString tag;

    static quint32 bit(HealthState s) { return 1u << rank(s); }
    bool acceptsState(HealthState s) const { return states == 0 || (states & bit(s)) != 0; }
    bool filtersStates() const { return states != 0 || problemsOnly; }
    bool isEmpty() const { return provider.isEmpty() && !filtersStates() && tag.isEmpty(); }
    bool operator==(const FilterSpec &o) const
    {
        return provider == o.provider && states == o.states && problemsOnly == o.problemsOnly && tag == o.tag;
    }
};

// One filter shared by the map and the timeline (the console hands the same object to both), so
// narrowing one view narrows the other. Also holds the choices the filter controls offer.
class ViewFilter : public QObject
{
    Q_OBJECT
public:
    explicit ViewFilter(QObject *parent = nullptr);

    const FilterSpec &spec() const { return m_spec; }
    void setSpec(const FilterSpec &spec);
    void setProvider(const QString &provider);
    void setStates(quint32 states);
    void setProblemsOnly(bool on);
    void setTag(const QString &tag);

    // Providers and tags the controls list; merged (sorted, unique) as views learn about more.
    QStringList providers() const { return m_providers; }
    QStringList tags() const { return m_tags; }
    void addChoices(const QStringList &providers, const QStringList &tags);

signals:
    void changed();
    void choicesChanged();

private:
    FilterSpec m_spec;
    QStringList m_providers;
    QStringList m_tags;
};

} // namespace wf::ui
