#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace wf { class Engine; }
namespace wf::store { struct OpenReport; }

namespace wf::ui {

class LogModel;

// The console's main window: views in the central tabs, supporting panels in docks, a status bar
// that always says which data it is showing and how fresh it is.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a view as a central tab; returns its index.
    int addView(QWidget *view, const QString &title, const QString &objectName);
    QTabWidget *views() const { return m_tabs; }
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    LogModel *logModel() const { return m_logModel; }
    // View → Wall mode (F11): whoever owns the wall connects to triggered().
    QAction *wallModeAction() const { return m_wallAction; }
    // Restores geometry, dock layout and last view; call once every view and panel exists.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void onStoreOpened(const wf::store::OpenReport &report);
    void onStoreFailed(const QString &message);
    void showAbout();
    void saveLayout();

    Engine *m_engine;
    QTabWidget *m_tabs = nullptr;
    LogModel *m_logModel = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QAction *m_wallAction = nullptr;
    int m_panelCount = 0;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace wf::ui
