#include "previewdialog.h"

#include "core/healthstate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui {

PreviewDialog::PreviewDialog(const routing::RoutingPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
{
    setObjectName(QStringLiteral("routingPreviewDialog"));
    setWindowTitle(tr("Preview: %1").arg(preview.name));
    resize(640, 480);
    auto *layout = new QVBoxLayout(this);
    const QString kind = preview.kind == QLatin1String("runbook") ? tr("runbook") : tr("policy");
    auto *title = new QLabel(QStringLiteral("<b>%1</b> (%2)").arg(preview.name.toHtmlEscaped(), kind));
    layout->addWidget(title);

    layout->addWidget(new QLabel(tr("Changes per gateway (current → new):")));
    m_diff = new QListWidget;
    m_diff->setObjectName(QStringLiteral("diffList"));
    for (const auto &g : preview.gateways) {
        if (!g.readError.isEmpty()) {
            m_diff->addItem(tr("%1: could not be read: %2").arg(g.gateway, g.readError));
            continue;
        }
        if (g.diff.isEmpty())
            m_diff->addItem(tr("%1: already in place, nothing to change").arg(g.gateway));
        for (const QString &line : g.diff)
            m_diff->addItem(g.gateway + QStringLiteral(": ") + line);
    }
    layout->addWidget(m_diff, 2);

    QString blast = preview.appsMoved.isEmpty()
        ? tr("Blast radius: no configured app is moved.")
        : tr("Blast radius: apps %1; customers %2.")
              .arg(preview.appsMoved.join(QStringLiteral(", ")),
                   preview.customersMoved.isEmpty() ? tr("(none listed)") : preview.customersMoved.join(QStringLiteral(", ")));
    if (!preview.fallbackProvider.isEmpty())
        blast += QLatin1Char(' ') + tr("Fallback %1 health now: %2.").arg(preview.fallbackProvider, stateLabel(stateFromKey(preview.fallbackHealth)));
    m_blast = new QLabel(blast);
    m_blast->setObjectName(QStringLiteral("blastRadiusLabel"));
    m_blast->setWordWrap(true);
    layout->addWidget(m_blast);

    layout->addWidget(new QLabel(tr("Warnings:")));
    m_warnings = new QListWidget;
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    for (const QString &w : preview.warnings)
        m_warnings->addItem(QStringLiteral("⚠ ") + w);
    if (preview.warnings.isEmpty())
        m_warnings->addItem(tr("none"));
    layout->addWidget(m_warnings, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *next = buttons->addButton(tr("Continue…"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("continueButton"));
    next->setEnabled(preview.readable() && !preview.isNoop());
    if (preview.isNoop())
        layout->addWidget(new QLabel(tr("Everything is already in place; applying would change nothing.")));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList PreviewDialog::shownDiff() const
{
    QStringList out;
    for (int i = 0; i < m_diff->count(); ++i)
        out << m_diff->item(i)->text();
    return out;
}

QStringList PreviewDialog::shownWarnings() const
{
    QStringList out;
    for (int i = 0; i < m_warnings->count(); ++i)
        out << m_warnings->item(i)->text();
    return out;
}

QString PreviewDialog::blastRadiusText() const
{
    return m_blast->text();
}

} // namespace wf::ui
