#pragma once

#include "routing/routingplan.h"

#include <QDialog>

class QListWidget;
class QLabel;
class QPushButton;

namespace wf::ui {

// Shows a routing preview: what changes in which gateway, who is moved, the fallback's health
// and the warnings. "Continue" leads to the confirm dialog.
class PreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreviewDialog(const routing::RoutingPreview &preview, QWidget *parent = nullptr);

    const routing::RoutingPreview &preview() const { return m_preview; }
    QStringList shownDiff() const;
    QStringList shownWarnings() const;
    QString blastRadiusText() const;

private:
    routing::RoutingPreview m_preview;
    QListWidget *m_diff = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_blast = nullptr;
};

} // namespace wf::ui
