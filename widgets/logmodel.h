#pragma once

#include "core/logging.h"

#include <QAbstractTableModel>
#include <QList>

namespace wf::ui {

// The operator-visible log: every message of the watchfloor.* categories (and Qt's warnings),
// newest at the bottom, capped so a chatty failure cannot eat memory.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setCapacity(int rows);
    void append(const wf::LogEntry &entry);
    // Only warnings and worse are kept unless verbose.
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    QList<LogEntry> m_rows;
    int m_capacity = 5000;
    bool m_verbose = false;
};

} // namespace wf::ui
