#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace wf::ui {

// Asks who acknowledges, why, and for how long (the alert is raised again after that if it is
// still firing). Never used in wall mode.
class AckDialog : public QDialog
{
    Q_OBJECT
public:
    AckDialog(const QString &summary, qint64 defaultMs, QWidget *parent = nullptr);

    QString by() const;
    QString comment() const;
    qint64 durationMs() const;

private:
    QLineEdit *m_by;
    QLineEdit *m_comment;
    QComboBox *m_duration;
};

} // namespace wf::ui
