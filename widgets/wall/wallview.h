#pragma once

#include "wallsource.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace wf::ui {

class WallTile;

// The ops-room wall: a read-only, high-contrast view sized for reading from across a room. Header
// with a summary of problems, the worst open incident and its elapsed time, UTC and one local clock;
// a "STALE DATA" banner whenever data stopped updating; pages (tiles worst-first, then the pages
// added with addPage, e.g. map and timeline) rotating every `rotateMs`. It contains no control that
// takes input and never opens a dialog. Time comes from an injectable clock; tick() advances it.
class WallView : public QWidget
{
    Q_OBJECT
public:
    struct Settings
    {
        int rotateMs = 20000;
        QString localTimeZone; // IANA id; empty or invalid: UTC only
    };

    WallView(WallSource *source, Settings settings, QWidget *parent = nullptr);
    ~WallView() override;

    void setClock(std::function<qint64()> clock);
    // Adds a page after the tile pages (the widget is reparented).
    void addPage(const QString &title, QWidget *page);

    int pageCount() const;
    int currentPage() const { return m_current; }
    QString currentPageTitle() const;
    QStringList pageTitles() const;
    void showPage(int index);

    // Base pixel size of wall type for a screen area of `size` (logical px) at `logicalDpi`.
    static int unitFor(QSize size, double logicalDpi);
    int unit() const { return m_unit; }
    // "for 1 h 05 min"; "for ≥ 3 min" when the state was already there when watching began.
    static QString timeInStateText(const WallTileData &tile, qint64 nowMs);
    static QString durationText(qint64 ms);

    QList<WallTile *> tiles() const { return m_tiles; }
    QLabel *staleBanner() const { return m_banner; }
    // In a drill the wall says so at all times (the room must not mistake a replay for an
    // outage); empty hides the marker.
    void setDrillNote(const QString &note);
    QLabel *drillMarker() const { return m_drill; }
    QLabel *incidentLabel() const { return m_incident; }
    QLabel *utcClock() const { return m_utc; }
    QLabel *localClock() const { return m_local; }

public slots:
    // Re-reads the source, updates clocks and advances the rotation by the clock.
    void tick();

signals:
    void pageChanged(int index, const QString &title);
    // The operator pressed Escape or F11.
    void exitRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh(qint64 now);
    void ensureTilePages(int tileCount);
    void applyUnit();
    void updateFooter();

    struct Page
    {
        QString title;
        QWidget *widget = nullptr;
        bool tiles = false;
    };

    WallSource *m_source;
    Settings m_settings;
    QTimeZone m_zone;
    std::function<qint64()> m_clock;
    QTimer *m_timer;
    int m_unit = 40;

    QWidget *m_header;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_incident;
    QLabel *m_utc;
    QLabel *m_local;
    QLabel *m_banner;
    QLabel *m_drill;
    QStackedWidget *m_stack;
    QLabel *m_footer;

    QList<Page> m_pages;
    QList<WallTile *> m_tiles;
    int m_tilePages = 0;
    int m_current = 0;
    qint64 m_pageSinceMs = -1;
    int m_worstRank = -1;
};

} // namespace wf::ui
