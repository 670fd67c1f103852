#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

// Turns the signals with which a desktop session or a terminal ends a program (SIGTERM, SIGHUP,
// SIGINT) into quitRequested(), emitted from the event loop: the handler only writes a byte to a
// self-pipe, so nothing unsafe runs inside it. The app then quits as when its window is closed.
// One per process; on Windows it does nothing (the session sends WM_CLOSE and
// WM_ENDSESSION, which Qt turns into close events already).
class QuitSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitSignals)

public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

Q_SIGNALS:
    void quitRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
