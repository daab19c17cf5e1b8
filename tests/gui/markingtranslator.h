// A translator for the GUI tests' retranslation checks: every string of the classes
// whose translation context starts with a prefix comes back in [brackets], so a test can
// see which texts were translated again after a language change.
#pragma once

#include <QByteArray>
#include <QTranslator>

namespace wf::guitest {

class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(QByteArray contextPrefix)
        : m_prefix(std::move(contextPrefix))
    {}
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QByteArrayView(context).startsWith(m_prefix))
            return u'[' + QString::fromUtf8(source) + u']';
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    QByteArray m_prefix;
};

} // namespace wf::guitest
