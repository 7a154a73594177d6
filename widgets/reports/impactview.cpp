#include "reports/impactview.h"
#include "core/clock.h"

#include "core/logging.h"
#include "reports/customerupdate.h"
#include "reports/impactmodel.h"
#include "reports/impacttracker.h"
#include "reports/reportbuilder.h"
#include "reports/reportrenderer.h"
#include "store/store.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace wf::ui {

ImpactView::ImpactView(reports::ImpactTracker *tracker, store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_store(store)
    , m_sanitizer(tracker ? reports::ReportSanitizer::fromConfig(tracker->config()) : reports::ReportSanitizer())
    , m_model(new ImpactModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("impactSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("impactTable"));
    m_table->setAccessibleName(tr("Customer and app impact"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImpactModel::AppColumn, 200);
    m_table->setColumnWidth(ImpactModel::CustomersColumn, 180);
    m_table->setColumnWidth(ImpactModel::StateColumn, 150);
    m_table->setColumnWidth(ImpactModel::SinceColumn, 220);
    m_table->setColumnWidth(ImpactModel::ThroughColumn, 220);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("customerUpdatePreview"));
    m_preview->setAccessibleName(tr("Customer update text"));
    m_preview->setReadOnly(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Report window:"), this));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("reportWindow"));
    m_window->setAccessibleName(tr("Report window"));
    m_window->addItem(tr("Last 6 hours"), qint64(6) * 3'600'000);
    m_window->addItem(tr("Last 24 hours"), qint64(24) * 3'600'000);
    m_window->addItem(tr("Last 7 days"), qint64(7) * 86'400'000);
    m_window->addItem(tr("Last 30 days"), qint64(30) * 86'400'000);
    m_window->setCurrentIndex(1);
    buttons->addWidget(m_window);
    m_exportButton = new QPushButton(tr("&Export report..."), this);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_exportButton->setToolTip(tr("Incident report as Markdown, HTML or PDF: provider updates, Watchfloor detections, "
                                  "operator actions and availability for the window"));
    buttons->addWidget(m_exportButton);
    m_copyButton = new QPushButton(tr("&Copy customer update"), this);
    m_copyButton->setObjectName(QStringLiteral("copyCustomerUpdateButton"));
    m_copyButton->setToolTip(tr("Plain text for customers, without internal hosts, links or secrets"));
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    buttons->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ImpactView::exportReport);
    connect(m_copyButton, &QPushButton::clicked, this, &ImpactView::copyCustomerUpdate);
    if (m_tracker)
        connect(m_tracker, &reports::ImpactTracker::changed, this, &ImpactView::refresh);
    // "Since" durations and the next-update time move with the clock.
    m_tick = new QTimer(this);
    connect(m_tick, &QTimer::timeout, this, &ImpactView::refresh);
    m_tick->start(30'000);
    refresh();
}

qint64 ImpactView::windowMs() const
{
    return m_window->currentData().toLongLong();
}

QString ImpactView::customerUpdateText() const
{
    if (!m_tracker)
        return QString();
    return reports::CustomerUpdate::text(m_tracker->all(), m_sanitizer, m_tracker->now(), reports::CustomerUpdate::kDefaultNextUpdateMs,
                                         QString(), m_drillNote);
}

void ImpactView::setDrillNote(const QString &note)
{
    m_drillNote = note;
    refresh();
}

void ImpactView::refresh()
{
    if (!m_tracker)
        return;
    const QList<reports::AppImpact> all = m_tracker->all();
    m_model->setNow(m_tracker->now());
    m_model->setImpacts(all);
    const QList<reports::AppImpact> hit = reports::ImpactAnalyzer::affected(all);
    if (hit.isEmpty()) {
        m_summary->setText(tr("No customer or app is affected right now."));
    } else {
        QStringList customers;
        int carried = 0;
        for (const reports::AppImpact &a : hit) {
            for (const QString &c : a.customers)
                if (!customers.contains(c))
                    customers << c;
            carried += a.fallbackCarrying ? 1 : 0;
        }
        customers.sort(Qt::CaseInsensitive);
        m_summary->setText(tr("%n app(s) affected, %1 on a fallback. Customers: %2", nullptr, int(hit.size()))
                               .arg(carried)
                               .arg(customers.isEmpty() ? tr("none listed") : customers.join(QStringLiteral(", "))));
    }
    const QString text = customerUpdateText();
    if (m_preview->toPlainText() != text)
        m_preview->setPlainText(text);
}

QStringList ImpactView::reportProviders() const
{
    // The providers behind what is hit now; otherwise every provider with data in the window.
    QStringList out;
    if (!m_tracker)
        return out;
    for (const reports::AppImpact &a : m_tracker->affected())
        for (const reports::RouteImpact &r : a.failing)
            if (!out.contains(r.provider))
                out << r.provider;
    return out;
}

void ImpactView::exportReport()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = docs + QStringLiteral("/watchfloor-incident-report-%1.md")
                                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export incident report"), suggested,
                                                tr("Markdown (*.md);;HTML (*.html);;PDF (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        if (filter.contains(QLatin1String("*.pdf")))
            path += QStringLiteral(".pdf");
        else if (filter.contains(QLatin1String("*.html")))
            path += QStringLiteral(".html");
        else
            path += QStringLiteral(".md");
    }
    const qint64 now = m_tracker ? m_tracker->now() : wf::clock::nowMs();
    exportReportTo(path, now - windowMs(), now);
}

void ImpactView::exportReportTo(const QString &path, qint64 fromMs, qint64 toMs)
{
    auto format = reports::ReportRenderer::formatForPath(path);
    if (!format || !m_store || !m_tracker) {
        const QString message = !format ? format.error().message : tr("No data store is open");
        m_status->setText(message);
        emit exportFinished(path, false, message);
        return;
    }
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Building report..."));
    reports::ReportRequest request = reports::ReportBuilder::request(m_tracker->config(), reportProviders(), fromMs, toMs);
    request.drillNote = m_drillNote;
    m_store->run<Result<reports::IncidentReport>>(
        this, [request](store::Database &db) { return reports::ReportBuilder::build(db, request); },
        [this, path](Result<reports::IncidentReport> report) {
            m_exportButton->setEnabled(true);
            QString message;
            bool ok = false;
            if (!report) {
                message = tr("Could not build the report: %1").arg(report.error().message);
            } else {
                const reports::ReportRenderer renderer(m_sanitizer);
                // Rendering runs here: QTextDocument and QPdfWriter belong to the GUI thread.
                Status s = renderer.writeFile(*report, path);
                ok = s.ok();
                message = ok ? tr("Report written to %1").arg(QDir::toNativeSeparators(path)) : s.error().message;
            }
            if (ok)
                qCInfo(lcUi).noquote() << "incident report exported:" << path;
            else
                qCWarning(lcUi).noquote() << "incident report export failed:" << message;
            m_status->setText(message);
            emit exportFinished(path, ok, message);
        });
}

void ImpactView::copyCustomerUpdate()
{
    const QString text = customerUpdateText();
    if (QClipboard *cb = QGuiApplication::clipboard())
        cb->setText(text);
    m_preview->setPlainText(text);
    m_status->setText(tr("Customer update copied to the clipboard"));
    emit customerUpdateCopied(text);
}

} // namespace wf::ui
