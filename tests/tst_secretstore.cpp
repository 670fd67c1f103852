// Keys in a real keychain: gnome-keyring's Secret Service on the suite's D-Bus session (see
// tools/dev.sh test). With PARLEY_EXPECT_NO_KEYCHAIN set (the suite runs it with a broken bus
// address), the unavailable path instead.
#include "settings/secretstore.h"

#include <QtCore/QUuid>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;
using Status = SecretStore::Status;

namespace {

// Waits (spinning the event loop, as a test may) for one callback.
struct Waiter
{
    bool done = false;
    SecretStore::Result result;
    SecretStore::Callback callback()
    {
        return [this](const SecretStore::Result &r) {
            result = r;
            done = true;
        };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return done; }, 20000);
    }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadReplaceDelete();
    void aMissingEntryIsNotFound();
    void writesRunOneAtATimeInOrder();
    void aReadWaitsForTheWritesBeforeIt();
    void noKeychainIsSaidAndSessionKeysWork();

private:
    bool m_expectNoKeychain = false;
    QString m_name;
};

void TestSecretStore::initTestCase()
{
    m_expectNoKeychain = qEnvironmentVariableIsSet("PARLEY_EXPECT_NO_KEYCHAIN");
    if (!m_expectNoKeychain && !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run the suite through tools/dev.sh test for a real keychain");
    m_name = u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestSecretStore::storeReadReplaceDelete()
{
    if (m_expectNoKeychain)
        QSKIP("no keychain in this run");
    SecretStore store(u"Parley tests"_s);
    Waiter write;
    store.write(m_name, u"sk-first-0123456789"_s, this, write.callback());
    QVERIFY(write.wait());
    QCOMPARE(write.result.status, Status::Ok);
    QVERIFY(write.result.secret.isEmpty());

    Waiter read;
    store.read(m_name, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result.status, Status::Ok);
    QCOMPARE(read.result.secret, u"sk-first-0123456789"_s);

    Waiter replace;
    store.write(m_name, u"sk-second-9876543210"_s, this, replace.callback());
    QVERIFY(replace.wait());
    Waiter again;
    store.read(m_name, this, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again.result.secret, u"sk-second-9876543210"_s);

    Waiter removed;
    store.remove(m_name, this, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.result.status, Status::Ok);
    Waiter gone;
    store.read(m_name, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.result.status, Status::NotFound);
}

void TestSecretStore::aMissingEntryIsNotFound()
{
    if (m_expectNoKeychain)
        QSKIP("no keychain in this run");
    SecretStore store(u"Parley tests"_s);
    Waiter read;
    store.read(u"never-stored-"_s + m_name, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result.status, Status::NotFound); // not "unavailable": ask for the key again
    Waiter removed;
    store.remove(u"never-stored-"_s + m_name, this, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed.result.status, Status::Ok);
}

void TestSecretStore::writesRunOneAtATimeInOrder()
{
    if (m_expectNoKeychain)
        QSKIP("no keychain in this run");
    SecretStore store(u"Parley tests"_s);
    QStringList finished;
    for (int i = 0; i < 5; ++i)
        store.write(m_name, u"value-%1"_s.arg(i), this,
                    [&finished, i](const SecretStore::Result &r) {
                        QCOMPARE(r.status, Status::Ok);
                        finished.append(QString::number(i));
                    });
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == 5; }, 20000));
    QCOMPARE(finished, (QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s}));
    Waiter read;
    store.read(m_name, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result.secret, u"value-4"_s); // the last write wins, as queued
    Waiter removed;
    store.remove(m_name, this, removed.callback());
    QVERIFY(removed.wait());
}

// The bug: after Apply the window read the old key, or none, while the new one was being written.
void TestSecretStore::aReadWaitsForTheWritesBeforeIt()
{
    if (m_expectNoKeychain)
        QSKIP("no keychain in this run");
    SecretStore store(u"Parley tests"_s);
    const QString other = m_name + u"-other"_s;
    Waiter first;
    store.write(m_name, u"old"_s, this, first.callback());
    QVERIFY(first.wait());
    for (int i = 0; i < 4; ++i)
        store.write(m_name, u"new-%1"_s.arg(i), this, [](const SecretStore::Result &) {});
    Waiter read;
    store.read(m_name, this, read.callback()); // asked at once, while the writes are queued
    Waiter otherRead;
    store.read(other, this, otherRead.callback()); // another entry does not wait
    QVERIFY(read.wait());
    QCOMPARE(read.result.status, Status::Ok);
    QCOMPARE(read.result.secret, u"new-3"_s);
    QVERIFY(otherRead.wait());
    QCOMPARE(otherRead.result.status, Status::NotFound);
    // A remove queued before a read makes the read find nothing.
    store.remove(m_name, this, [](const SecretStore::Result &) {});
    Waiter gone;
    store.read(m_name, this, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone.result.status, Status::NotFound);
}

void TestSecretStore::noKeychainIsSaidAndSessionKeysWork()
{
    if (!m_expectNoKeychain)
        QSKIP("a keychain is available in this run");
    SecretStore store(u"Parley tests"_s);
    Waiter write;
    store.write(m_name, u"sk-never-stored-0123456789"_s, this, write.callback());
    QVERIFY(write.wait());
    QCOMPARE(write.result.status, Status::Unavailable);
    QVERIFY(!write.result.error.isEmpty());
    QVERIFY(!write.result.error.contains(u"never-stored"_s));
    Waiter read;
    store.read(m_name, this, read.callback());
    QVERIFY(read.wait());
    QCOMPARE(read.result.status, Status::Unavailable); // told apart from "not found"

    store.setSessionSecret(m_name, u"sk-session-only"_s);
    QCOMPARE(store.sessionSecret(m_name), u"sk-session-only"_s);
    Waiter removed;
    store.remove(m_name, this, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY(store.sessionSecret(m_name).isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
