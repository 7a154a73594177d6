#include "ackdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace wf::ui {

static QString currentUser()
{
    const QString u = qEnvironmentVariable("USER");
    return u.isEmpty() ? qEnvironmentVariable("USERNAME") : u;
}

AckDialog::AckDialog(const QString &summary, qint64 defaultMs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Acknowledge alert"));
    setMinimumWidth(420); // room for the comment hint, which is longer in some languages
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(summary);
    what->setWordWrap(true);
    form->addRow(what);
    m_by = new QLineEdit(currentUser());
    m_by->setAccessibleName(tr("Acknowledged by"));
    form->addRow(tr("&By:"), m_by);
    m_comment = new QLineEdit;
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("What you are doing about it"));
    form->addRow(tr("&Comment:"), m_comment);
    m_duration = new QComboBox;
    m_duration->setAccessibleName(tr("Acknowledge for"));
    const QList<qint64> choices = {15 * 60000LL, 30 * 60000LL, 3600000LL, 4 * 3600000LL, 8 * 3600000LL, 24 * 3600000LL};
    for (qint64 ms : choices)
        m_duration->addItem(ms < 3600000 ? tr("%n minute(s)", nullptr, int(ms / 60000)) : tr("%n hour(s)", nullptr, int(ms / 3600000)), ms);
    int def = m_duration->findData(defaultMs);
    if (def < 0) {
        m_duration->addItem(tr("%n minute(s)", nullptr, int(defaultMs / 60000)), defaultMs);
        def = m_duration->count() - 1;
    }
    m_duration->setCurrentIndex(def);
    form->addRow(tr("&For:"), m_duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    auto updateOk = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_by->text().trimmed().isEmpty()); };
    connect(m_by, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    m_comment->setFocus();
}

QString AckDialog::by() const { return m_by->text().trimmed(); }
QString AckDialog::comment() const { return m_comment->text().trimmed(); }
qint64 AckDialog::durationMs() const { return m_duration->currentData().toLongLong(); }

} // namespace wf::ui
