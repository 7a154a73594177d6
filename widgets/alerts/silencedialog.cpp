#include "silencedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace wf::ui {

SilenceDialog::SilenceDialog(const QString &nodes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Silence alerts"));
    auto *form = new QFormLayout(this);
    m_nodes = new QLineEdit(nodes);
    m_nodes->setAccessibleName(tr("Nodes to silence"));
    m_nodes->setToolTip(tr("Node ids or patterns, separated by commas, e.g. provider:openai, model:openai/*"));
    form->addRow(tr("&Nodes:"), m_nodes);
    m_duration = new QComboBox;
    m_duration->setAccessibleName(tr("Silence for"));
    for (qint64 ms : {30 * 60000LL, 3600000LL, 2 * 3600000LL, 4 * 3600000LL, 12 * 3600000LL, 24 * 3600000LL})
        m_duration->addItem(ms < 3600000 ? tr("%n minute(s)", nullptr, int(ms / 60000)) : tr("%n hour(s)", nullptr, int(ms / 3600000)), ms);
    m_duration->setCurrentIndex(1);
    form->addRow(tr("&For:"), m_duration);
    m_comment = new QLineEdit;
    m_comment->setAccessibleName(tr("Reason"));
    m_comment->setPlaceholderText(tr("e.g. planned maintenance"));
    form->addRow(tr("&Reason:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Silence"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->nodes().isEmpty()); };
    connect(m_nodes, &QLineEdit::textChanged, this, updateOk);
    form->addRow(buttons);
    updateOk();
}

QStringList SilenceDialog::nodes() const
{
    QStringList out;
    for (const QString &n : m_nodes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            out << n.trimmed();
    return out;
}

QString SilenceDialog::comment() const { return m_comment->text().trimmed(); }
qint64 SilenceDialog::durationMs() const { return m_duration->currentData().toLongLong(); }

} // namespace wf::ui
