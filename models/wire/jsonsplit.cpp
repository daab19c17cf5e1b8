// A byte walker over JSON that knows strings, escapes and nesting, and nothing else.
#include "jsonsplit.h"

namespace wf::wire {

namespace {

struct Walker
{
    const char *p;
    const char *end;

    void space()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool string()
    {
        if (p >= end || *p != '"')
            return false;
        for (++p; p < end; ++p) {
            if (*p == '\\')
                ++p;
            else if (*p == '"') {
                ++p;
                return true;
            }
        }
        return false;
    }
    // Skips one value of any kind.
    bool value()
    {
        space();
        if (p >= end)
            return false;
        if (*p == '"')
            return string();
        if (*p != '{' && *p != '[') {
            while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n')
                ++p;
            return true;
        }
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            ++p;
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return true;
        }
        return false;
    }
};

} // namespace

QList<QByteArrayView> collectionItems(const QByteArray &page, bool *ok)
{
    QList<QByteArrayView> items;
    Walker w{page.constData(), page.constData() + page.size()};
    auto done = [&](bool good) {
        if (ok)
            *ok = good;
        if (!good)
            items.clear();
        return items;
    };
    w.space();
    if (w.p >= w.end || *w.p != '{')
        return done(false);
    ++w.p;
    for (;;) {
        w.space();
        if (w.p < w.end && *w.p == '}')
            return done(true);
        const char *keyStart = w.p;
        if (!w.string())
            return done(false);
        const QByteArrayView key(keyStart + 1, w.p - keyStart - 2);
        w.space();
        if (w.p >= w.end || *w.p != ':')
            return done(false);
        ++w.p;
        w.space();
        if (key == "value" && w.p < w.end && *w.p == '[') {
            ++w.p;
            for (;;) {
                w.space();
                if (w.p < w.end && *w.p == ']') {
                    ++w.p;
                    break;
                }
                const char *start = w.p;
                if (!w.value())
                    return done(false);
                items.append(QByteArrayView(start, w.p - start));
                w.space();
                if (w.p < w.end && *w.p == ',')
                    ++w.p;
            }
        } else if (!w.value()) {
            return done(false);
        }
        w.space();
        if (w.p < w.end && *w.p == ',')
            ++w.p;
    }
}

} // namespace wf::wire
