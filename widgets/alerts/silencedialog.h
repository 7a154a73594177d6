#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace wf::ui {

// A silence window: which nodes (globs), how long, why. Matching alerts stay listed but notify
// nobody until the window ends.
class SilenceDialog : public QDialog
{
    Q_OBJECT
public:
    SilenceDialog(const QString &nodes, QWidget *parent = nullptr);

    QStringList nodes() const;
    QString comment() const;
    qint64 durationMs() const;

private:
    QLineEdit *m_nodes;
    QLineEdit *m_comment;
    QComboBox *m_duration;
};

} // namespace wf::ui
