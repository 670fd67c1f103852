#pragma once

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#include <string>

// Small console helpers shared by the parley-cli commands.
namespace Cli {

// Exit statuses shared by every command.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
};

void printOut(const QString &text);
void printError(const QString &text);
// Writes raw bytes to stdout and flushes, so a reader sees them at once.
bool writeOut(const std::string &bytes);

// A byte source read as it arrives: a file, or standard input for "-". Unlike QFile on stdin, a
// read returns as soon as some bytes are there, so the command can react to a live stream.
class Input final
{
public:
    Input() = default;
    ~Input();
    Q_DISABLE_COPY_MOVE(Input)

    bool open(const QString &path); // "-" is standard input
    QString errorString() const { return m_error; }
    // Bytes read into buffer; 0 at the end of input; -1 on a read error.
    qint64 read(char *buffer, qint64 size);

private:
    int m_fd = -1;
    bool m_owned = false;
    QString m_error;
};

} // namespace Cli
