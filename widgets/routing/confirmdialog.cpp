#include "confirmdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wf::ui {

ConfirmDialog::ConfirmDialog(const QString &actionName, bool destructive, const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_destructive(destructive)
    , m_target(target)
{
    setObjectName(QStringLiteral("routingConfirmDialog"));
    setWindowTitle(tr("Confirm routing change"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Apply <b>%1</b>? The reason is stored in the audit log with your user name and host.").arg(actionName.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. Anthropic 529s since 10:02, INC-4711"));
    form->addRow(tr("&Reason:"), m_reason);
    if (m_destructive) {
        auto *warn = new QLabel(tr("This moves <b>all traffic off %1</b>. Type <b>%1</b> to confirm.").arg(target.toHtmlEscaped()));
        warn->setObjectName(QStringLiteral("destructiveWarning"));
        warn->setWordWrap(true);
        layout->addWidget(warn);
        m_typedTarget = new QLineEdit;
        m_typedTarget->setObjectName(QStringLiteral("targetEdit"));
        m_typedTarget->setPlaceholderText(target);
        form->addRow(tr("&Target name:"), m_typedTarget);
        connect(m_typedTarget, &QLineEdit::textChanged, this, &ConfirmDialog::update);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Apply change"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &ConfirmDialog::update);
    update();
}

QString ConfirmDialog::typedTarget() const
{
    return m_typedTarget ? m_typedTarget->text().trimmed() : QString();
}

QString ConfirmDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool ConfirmDialog::canConfirm() const
{
    if (reason().isEmpty())
        return false;
    return !m_destructive || (m_typedTarget && m_typedTarget->text().trimmed() == m_target);
}

void ConfirmDialog::update()
{
    m_ok->setEnabled(canConfirm());
}

} // namespace wf::ui
