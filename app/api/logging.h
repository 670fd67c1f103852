#pragma once

#include <QtCore/QLoggingCategory>

// parley.api: requests and their ends. Never a key, a header value or a prompt at info level.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
