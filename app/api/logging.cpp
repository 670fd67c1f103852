#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "parley.api", QtWarningMsg)
