#pragma once

#include <QtCore/QProcess>
#include <QtTest/QSignalSpy>

// Runs a program to its end without blocking the event loop (servers in the test process keep
// answering), and returns its exit code (-1 if it crashed) and output.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static ProcessRun run(const QString &program, const QStringList &arguments,
                          const QByteArray &input = {},
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        QSignalSpy done(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning && !done.wait(60000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
};
