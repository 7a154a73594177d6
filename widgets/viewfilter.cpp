#include "viewfilter.h"

namespace wf::ui {

ViewFilter::ViewFilter(QObject *parent)
    : QObject(parent)
{
}

void ViewFilter::setSpec(const FilterSpec &spec)
{
    if (spec == m_spec)
        return;
    m_spec = spec;
    emit changed();
}

void ViewFilter::setProvider(const QString &provider)
{
    FilterSpec s = m_spec;
    s.provider = provider;
    setSpec(s);
}

void ViewFilter::setStates(quint32 states)
{
    FilterSpec s = m_spec;
    s.states = states;
    setSpec(s);
}

void ViewFilter::setProblemsOnly(bool on)
{
    FilterSpec s = m_spec;
    s.problemsOnly = on;
    setSpec(s);
}

void ViewFilter::setTag(const QString &tag)
{
    FilterSpec s = m_spec;
    s.tag = tag;
    setSpec(s);
}

void ViewFilter::addChoices(const QStringList &providers, const QStringList &tags)
{
    auto merge = [](QStringList &into, const QStringList &more) {
        const qsizetype before = into.size();
        for (const QString &v : more)
            if (!v.isEmpty() && !into.contains(v))
                into.append(v);
        if (into.size() == before)
            return false;
        into.sort(Qt::CaseInsensitive);
        return true;
    };
    const bool a = merge(m_providers, providers);
    const bool b = merge(m_tags, tags);
    if (a || b)
        emit choicesChanged();
}

} // namespace wf::ui
