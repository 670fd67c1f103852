#include "clicommon.h"

#include <QtCore/QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

bool writeOut(const std::string &bytes)
{
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size())
        return false;
    return std::fflush(stdout) == 0;
}

Input::~Input()
{
#ifdef Q_OS_WIN
    if (m_owned)
        ::_close(m_fd);
#else
    if (m_owned)
        ::close(m_fd);
#endif
}

bool Input::open(const QString &path)
{
    if (path == u'-') {
        m_fd = 0;
#ifdef Q_OS_WIN
        ::_setmode(0, _O_BINARY);
#endif
        return true;
    }
    const QByteArray native = QFile::encodeName(path);
#ifdef Q_OS_WIN
    m_fd = ::_wopen(reinterpret_cast<const wchar_t *>(path.utf16()), _O_RDONLY | _O_BINARY);
    Q_UNUSED(native)
#else
    m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
#endif
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_owned = true;
    return true;
}

qint64 Input::read(char *buffer, qint64 size)
{
    for (;;) {
#ifdef Q_OS_WIN
        const qint64 n = ::_read(m_fd, buffer, unsigned(qMin<qint64>(size, 1 << 30)));
#else
        const qint64 n = ::read(m_fd, buffer, size_t(size));
#endif
        if (n >= 0)
            return n;
        if (errno == EINTR)
            continue;
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
}

} // namespace Cli
