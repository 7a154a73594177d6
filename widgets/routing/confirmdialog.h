#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QLabel;

namespace wf::ui {

// Confirms a routing change: a reason is always required; a destructive change (all traffic off a
// provider) also needs the target's name typed exactly.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(const QString &actionName, bool destructive, const QString &target, QWidget *parent = nullptr);

    QString reason() const;
    // The target's name as typed (destructive actions); the controller checks it again.
    QString typedTarget() const;
    bool canConfirm() const;

private:
    void update();

    bool m_destructive;
    QString m_target;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_typedTarget = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace wf::ui
