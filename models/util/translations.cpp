// Picks the .qm for the system's UI languages from the resources the executable embeds.
#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace wf {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("watchfloor"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace wf
