#include "filterbar.h"

#include "healthpalette.h"
#include "viewfilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace wf::ui {

namespace {
// Worst first: the states an operator filters for most sit at the top of the menu.
constexpr HealthState kMenuStates[] = {HealthState::MajorOutage, HealthState::PartialOutage, HealthState::Degraded,
                                       HealthState::Unknown,     HealthState::Maintenance,   HealthState::Operational};
} // namespace

FilterBar::FilterBar(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    m_provider = new QComboBox;
    m_provider->setObjectName(prefix + QStringLiteral("ProviderFilter"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_states = new QToolButton;
    m_states->setObjectName(prefix + QStringLiteral("StateFilter"));
    m_states->setAccessibleName(tr("State filter"));
    m_states->setPopupMode(QToolButton::InstantPopup);
    m_stateMenu = new QMenu(m_states);
    QAction *problems = m_stateMenu->addAction(tr("Problems only"));
    problems->setCheckable(true);
    problems->setData(-1);
    m_stateMenu->addSeparator();
    for (HealthState s : kMenuStates) {
        QAction *a = m_stateMenu->addAction(stateIcon(s), stateLabel(s));
        a->setCheckable(true);
        a->setData(rank(s));
    }
    m_states->setMenu(m_stateMenu);
    m_tag = new QComboBox;
    m_tag->setObjectName(prefix + QStringLiteral("TagFilter"));
    m_tag->setAccessibleName(tr("Tag filter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_provider, 1);
    layout->addWidget(m_states);
    layout->addWidget(m_tag, 1);

    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_filter)
            m_filter->setProvider(m_provider->currentData().toString());
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_filter)
            m_filter->setTag(m_tag->currentData().toString());
    });
    connect(m_stateMenu, &QMenu::triggered, this, [this](QAction *a) {
        if (m_syncing || !m_filter)
            return;
        const int r = a->data().toInt();
        if (r < 0) {
            m_filter->setProblemsOnly(a->isChecked());
            return;
        }
        const quint32 bit = FilterSpec::bit(HealthState(r));
        const quint32 states = m_filter->spec().states;
        m_filter->setStates(a->isChecked() ? states | bit : states & ~bit);
    });
    syncChoices();
    syncSpec();
}

void FilterBar::setFilter(ViewFilter *filter)
{
    if (m_filter == filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (m_filter) {
        connect(m_filter, &ViewFilter::changed, this, &FilterBar::syncSpec);
        connect(m_filter, &ViewFilter::choicesChanged, this, &FilterBar::syncChoices);
    }
    syncChoices();
    syncSpec();
}

void FilterBar::syncChoices()
{
    m_syncing = true;
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (m_filter) {
        for (const QString &p : m_filter->providers())
            m_provider->addItem(p, p);
        for (const QString &t : m_filter->tags())
            m_tag->addItem(t, t);
    }
    m_syncing = false;
    syncSpec();
}

void FilterBar::syncSpec()
{
    const FilterSpec spec = m_filter ? m_filter->spec() : FilterSpec();
    m_syncing = true;
    // A choice not (yet) offered still shows, so the bar never claims "all" while filtering.
    auto select = [](QComboBox *box, const QString &value) {
        int i = box->findData(value);
        if (i < 0) {
            box->addItem(value, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    };
    select(m_provider, spec.provider);
    select(m_tag, spec.tag);
    QStringList parts;
    for (QAction *a : m_stateMenu->actions()) {
        if (a->isSeparator())
            continue;
        const int r = a->data().toInt();
        const bool on = r < 0 ? spec.problemsOnly : (spec.states & FilterSpec::bit(HealthState(r))) != 0;
        a->setChecked(on);
        if (on)
            parts << a->text();
    }
    m_states->setText(parts.isEmpty() ? tr("All states") : parts.join(QStringLiteral(", ")));
    m_syncing = false;
}

} // namespace wf::ui
