#include "logmodel.h"

#include <QBrush>
#include <QColor>

namespace wf::ui {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(LogHub::instance(), &LogHub::entry, this, &LogModel::append, Qt::QueuedConnection);
}

int LogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int LogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void LogModel::setCapacity(int rows)
{
    m_capacity = qMax(10, rows);
}

static QString levelName(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return LogModel::tr("Debug");
    case QtInfoMsg: return LogModel::tr("Info");
    case QtWarningMsg: return LogModel::tr("Warning");
    case QtCriticalMsg: return LogModel::tr("Error");
    case QtFatalMsg: return LogModel::tr("Fatal");
    }
    return {};
}

void LogModel::append(const LogEntry &entry)
{
    if (!m_verbose && entry.type == QtDebugMsg)
        return;
    if (m_rows.size() >= m_capacity) {
        const int drop = int(m_rows.size()) - m_capacity + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        case LevelColumn: return levelName(e.type);
        case CategoryColumn: return e.category;
        case MessageColumn: return e.message;
        }
    }
    if (role == Qt::ForegroundRole && (e.type == QtWarningMsg || e.type == QtCriticalMsg || e.type == QtFatalMsg))
        return QBrush(e.type == QtWarningMsg ? QColor(0xd9, 0x8c, 0x00) : QColor(0xd0, 0x30, 0x30));
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case CategoryColumn: return tr("Category");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace wf::ui
