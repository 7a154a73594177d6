// Starts the real watchfloor executable the way a user does and checks what they would see.
#include <QtTest>

class TestApp : public QObject
{
    Q_OBJECT

private:
    static QString binary() { return QStringLiteral(WF_BINARY_DIR "/app/watchfloor"); }

    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args, const QString &home, int timeoutMs = 30000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.remove(QStringLiteral("WATCHFLOOR_SETTINGS_FILE"));
        p.setProcessEnvironment(env);
        p.start(binary(), args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitCode();
        r.status = p.exitStatus();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(binary()).isExecutable(), "build the watchfloor target first");
    }

    void startsWithDefaultConfigAndExitsCleanly()
    {
        QTemporaryDir home;
        QTemporaryDir data;
        const QString shot = home.filePath(QStringLiteral("window.png"));
        const Run r = run({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--exit-after"), QStringLiteral("1500"),
                           QStringLiteral("--screenshot"), shot}, home.path());
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The database was created in the given data directory, in WAL mode.
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("watchfloor.db"))));
        // The window was really shown: the screenshot is a window-sized picture.
        QImage img(shot);
        QVERIFY2(!img.isNull(), "no screenshot");
        QVERIFY(img.width() >= 800 && img.height() >= 500);
        // Window geometry and last view are remembered for the next start.
        QVERIFY(QFile::exists(home.filePath(QStringLiteral(".config/Watchfloor/watchfloor.conf"))));
        QVERIFY(!r.err.contains(QLatin1String("QSocketNotifier")));
    }

    void defaultDataDirIsUserDataDir()
    {
        QTemporaryDir home;
        const Run r = run({QStringLiteral("--exit-after"), QStringLiteral("500")}, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral(".local/share/Watchfloor/watchfloor/watchfloor.db"))));
    }

    void invalidConfigNamesFileLineKey()
    {
        QTemporaryDir home;
        const QString cfg = home.filePath(QStringLiteral("bad.yaml"));
        QFile f(cfg);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("providers:\n  - id: anthropic\nprobes:\n  - id: p\n    kind: http\n    url: https://example.com\n    interval: soon\n");
        f.close();
        const Run r = run({QStringLiteral("--config"), cfg, QStringLiteral("--exit-after"), QStringLiteral("500")}, home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(cfg + QStringLiteral(":7: probes[0].interval: expected a duration like 30s")), qPrintable(r.err));
    }

    void versionAndHelp()
    {
        QTemporaryDir home;
        Run r = run({QStringLiteral("--version")}, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Watchfloor ")));
        QVERIFY(r.out.contains(QLatin1String("Qt 6.")));
        QVERIFY(r.out.contains(QLatin1String("libcurl ")));
        QVERIFY(r.out.contains(QLatin1String("SQLite 3.")));
        r = run({QStringLiteral("--help")}, home.path());
        QCOMPARE(r.exitCode, 0);
        for (const char *opt : {"--config", "--data-dir", "--role", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(opt)), opt);
    }

    void badRoleIsRejected()
    {
        QTemporaryDir home;
        const Run r = run({QStringLiteral("--role"), QStringLiteral("root")}, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--role must be viewer, operator or admin")));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
