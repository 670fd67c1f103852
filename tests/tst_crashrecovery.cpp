// kill -9 in the middle of a reply: parley runs as a real process on the demo provider, is killed
// while it streams, and starts again. The history must be intact, the partial reply kept and
// labelled interrupted.
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::Literals::StringLiterals;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killMidStreamThenRestart();
    void aSecondStartHandsOverToTheFirst();
    void quittingFromOutsideSavesTheReply_data();
    void quittingFromOutsideSavesTheReply();

private:
    QString historyPath() const { return m_dir.filePath(u"data/Parley/Parley/history.sqlite"_s); }
    // Reads (state, content length) of the assistant reply through a separate connection, as
    // another process would; WAL lets it read while parley writes.
    std::pair<QString, qsizetype> reply() { return lastReply(historyPath()); }
    static std::pair<QString, qsizetype> lastReply(const QString &history);
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
};

QProcessEnvironment TestCrashRecovery::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    return env;
}

std::pair<QString, qsizetype> TestCrashRecovery::lastReply(const QString &history)
{
    std::pair<QString, qsizetype> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(history);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(
                        u"SELECT state, length(content) FROM messages WHERE role='assistant' ORDER BY id DESC LIMIT 1"_s)
                && query.next())
                result = {query.value(0).toString(), query.value(1).toLongLong()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return result;
}

void TestCrashRecovery::killMidStreamThenRestart()
{
#ifdef Q_OS_UNIX
    QProcess parley;
    parley.setProcessEnvironment(environment());
    parley.start(QStringLiteral(PARLEY_GUI_PATH),
                 {u"--model"_s, u"parley-demo-slow"_s, u"--prompt"_s, u"Tell me a long story"_s});
    QVERIFY(parley.waitForStarted());
    // Wait until a checkpoint has put part of the reply on disk, while it still streams.
    QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const auto [state, length] = reply();
                         return state == u"streaming"_s && length > 20;
                     },
                     20000),
             "no checkpoint of the streaming reply reached the disk");
    ::kill(pid_t(parley.processId()), SIGKILL);
    QVERIFY(parley.waitForFinished(5000));
    QCOMPARE(parley.exitStatus(), QProcess::CrashExit);
    const qsizetype partial = reply().second;

    // The next start: the reply is labelled interrupted, its text kept, the file intact.
    QProcess again;
    again.setProcessEnvironment(environment());
    again.start(QStringLiteral(PARLEY_GUI_PATH), QStringList());
    QVERIFY(again.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return reply().first == u"interrupted"_s; }, 20000));
    QVERIFY(reply().second >= partial);
    again.terminate();
    QVERIFY(again.waitForFinished(10000) || (again.kill(), again.waitForFinished(5000)));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(historyPath());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.exec(u"SELECT count(*) FROM messages"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // the question and the partial reply
    db.close();
#else
    QSKIP("sends SIGKILL");
#endif
}

void TestCrashRecovery::aSecondStartHandsOverToTheFirst()
{
    QProcess first;
    first.setProcessEnvironment(environment());
    first.start(QStringLiteral(PARLEY_GUI_PATH), QStringList());
    QVERIFY(first.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(historyPath()); }, 10000));
    QTest::qWait(300); // its single-instance server is up once the history is open

    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(QStringLiteral(PARLEY_GUI_PATH), {u"--prompt"_s, u"from the second start"_s});
    QVERIFY(second.waitForStarted());
    QSignalSpy done(&second, &QProcess::finished);
    QVERIFY(done.wait(10000)); // it does not stay to fight over the database
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardOutput().contains("already running"));
    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(10000) || (first.kill(), first.waitForFinished(5000)));
}

void TestCrashRecovery::quittingFromOutsideSavesTheReply_data()
{
    QTest::addColumn<int>("signal");
#ifdef Q_OS_UNIX
    QTest::newRow("SIGTERM, as a desktop session ends") << int(SIGTERM);
    QTest::newRow("SIGHUP, as a terminal closes") << int(SIGHUP);
    QTest::newRow("SIGINT, Ctrl+C in a terminal") << int(SIGINT);
#endif
}

// The bug: a desktop session ends programs with SIGTERM, and parley died at once, mid-write; the
// reply was only marked interrupted at the next start. Now it quits as when its window closes.
void TestCrashRecovery::quittingFromOutsideSavesTheReply()
{
#ifdef Q_OS_UNIX
    QFETCH(int, signal);
    QTemporaryDir dir;
    QProcessEnvironment env = environment();
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    const QString history = dir.filePath(u"data/Parley/Parley/history.sqlite"_s);
    auto peek = [&history] { return lastReply(history); };
    QProcess parley;
    parley.setProcessEnvironment(env);
    parley.start(QStringLiteral(PARLEY_GUI_PATH),
                 {u"--model"_s, u"parley-demo-slow"_s, u"--prompt"_s, u"Tell me a long story"_s});
    QVERIFY(parley.waitForStarted());
    QVERIFY(QTest::qWaitFor(
            [&] {
                const auto [state, length] = peek();
                return state == u"streaming"_s && length > 20;
            },
            20000));
    ::kill(pid_t(parley.processId()), signal);
    QVERIFY(parley.waitForFinished(10000));
    QCOMPARE(parley.exitStatus(), QProcess::NormalExit);
    QCOMPARE(parley.exitCode(), 0);
    // The history closed cleanly: SQLite removes its write-ahead log when the last connection
    // closes (looked at before this test opens the file again). The reply is saved as stopped,
    // with its text, without a restart.
    QVERIFY(!QFile::exists(history + u"-wal"_s));
    const auto [state, length] = peek();
    QCOMPARE(state, u"stopped"_s);
    QVERIFY(length > 20);
#else
    QSKIP("POSIX signals");
#endif
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
