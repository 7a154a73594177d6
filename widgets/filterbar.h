#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QMenu;
class QToolButton;

namespace wf::ui {

class ViewFilter;

// Provider, state and tag controls bound to a ViewFilter. Several bars may show the same filter
// (map and timeline); each follows changes made through the others.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    // `prefix` names the controls for tests and accessibility tools ("map" -> "mapTagFilter").
    explicit FilterBar(const QString &prefix, QWidget *parent = nullptr);

    void setFilter(ViewFilter *filter);
    ViewFilter *filter() const { return m_filter; }

    QComboBox *providerBox() const { return m_provider; }
    QToolButton *stateButton() const { return m_states; }
    QComboBox *tagBox() const { return m_tag; }

private:
    void syncChoices();
    void syncSpec();

    QPointer<ViewFilter> m_filter;
    QComboBox *m_provider;
    QToolButton *m_states;
    QMenu *m_stateMenu;
    QComboBox *m_tag;
    bool m_syncing = false;
};

} // namespace wf::ui
