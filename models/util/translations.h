// Loads the embedded translations (:/i18n/watchfloor_<lang>.qm) for the UI language.
#pragma once

class QCoreApplication;

namespace wf {
// Installs the translator that matches the system locale, if we ship one.
void installTranslations(QCoreApplication &app);
} // namespace wf
