#pragma once

#include "reports/reportsanitizer.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace wf::store { class Store; }
namespace wf::reports { class ImpactTracker; }

namespace wf::ui {

class ImpactModel;

// For account managers: which customers and apps are affected now, since when, through which
// provider/model and whether a fallback carries them; exports the incident report (Markdown,
// HTML, PDF) and copies a customer-safe status note.
class ImpactView : public QWidget
{
    Q_OBJECT
public:
    ImpactView(reports::ImpactTracker *tracker, store::Store *store, QWidget *parent = nullptr);

    ImpactModel *model() const { return m_model; }
    QString customerUpdateText() const;
    // Report window chosen in the view, ending now.
    qint64 windowMs() const;
    // In a drill: the marker that reports and the customer update text repeat.
    void setDrillNote(const QString &note);
    QString drillNote() const { return m_drillNote; }

public slots:
    void refresh();
    // Asks for a file name, then exports (the dialog is skipped by exportReportTo).
    void exportReport();
    // Builds the report for [from, to) on the store thread and writes it; emits exportFinished.
    void exportReportTo(const QString &path, qint64 fromMs, qint64 toMs);
    void copyCustomerUpdate();

signals:
    void exportFinished(const QString &path, bool ok, const QString &message);
    void customerUpdateCopied(const QString &text);

private:
    QStringList reportProviders() const;

    QPointer<reports::ImpactTracker> m_tracker;
    QPointer<store::Store> m_store;
    reports::ReportSanitizer m_sanitizer;
    QString m_drillNote;
    ImpactModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_window = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace wf::ui
