#pragma once

#include "settings/provideraccess.h"

class QMessageBox;
class QWidget;

// The question before a key goes over plain http to another computer, the same in the window and
// the settings dialog: plain text, Cancel by default, deleted when closed. The caller connects to
// finished() and calls open(), so no nested event loop runs.
QMessageBox *keyInClearPrompt(QWidget *parent, const ProviderAccess::Result &result);
