#pragma once

#include "cli.h"

#include <QObject>
#include <memory>

namespace wf { class Engine; }
namespace wf::ui { class MainWindow; }
namespace wf::ui { class MapLiveState; class MapPanel; class NodeDetailPanel; class TimelinePanel; class WallWindow; }
namespace wf::sim { class DrillSession; }

namespace wf::app {

// Builds the console from options: configuration, engine, main window and its views.
class Console : public QObject
{
    Q_OBJECT
public:
    explicit Console(Options options, QObject *parent = nullptr);
    ~Console() override;

    // Loads configuration and opens the window; returns a process exit code on failure, or -1.
    int start();

    ui::MainWindow *window() const { return m_window.get(); }
    Engine *engine() const { return m_engine; }
    ui::WallWindow *wall() const { return m_wall; }
    sim::DrillSession *drill() const { return m_drill; }

private:
    void buildMap();
    void buildWall(ui::TimelinePanel *timeline);
    void showWall(bool onWindowScreen);
    void leaveWall();
    // --exit-after: once the window is on screen (or after 10 s), save --screenshot and quit.
    void exitWhenOnScreen();

    Options m_options;
    Engine *m_engine = nullptr;
    ui::MapPanel *m_mapPanel = nullptr;
    ui::MapLiveState *m_mapLive = nullptr;
    ui::NodeDetailPanel *m_details = nullptr;
    ui::WallWindow *m_wall = nullptr;
    sim::DrillSession *m_drill = nullptr; // --replay only
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace wf::app
