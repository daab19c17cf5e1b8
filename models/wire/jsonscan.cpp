// The byte walker behind JsonScanner: strings are skipped 16 bytes at a time (SSE2), containers by
// counting brackets outside strings.
#include "jsonscan.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wf::wire {

QString JsonString::toString() const
{
    if (null)
        return {};
    if (!escaped)
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(raw.size());
    const char *s = raw.data();
    const char *const end = s + raw.size();
    while (s < end) {
        const char *slash = static_cast<const char *>(std::memchr(s, '\\', size_t(end - s)));
        if (!slash) {
            out += QString::fromUtf8(s, end - s);
            break;
        }
        out += QString::fromUtf8(s, slash - s);
        if (slash + 1 >= end)
            break;
        const char e = slash[1];
        s = slash + 2;
        switch (e) {
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            // UTF-16 code units go in as they come, so a surrogate pair pairs up by itself.
            bool good = end - s >= 4;
            ushort unit = 0;
            for (int i = 0; good && i < 4; ++i) {
                const char h = s[i];
                unit = ushort(unit << 4);
                if (h >= '0' && h <= '9')
                    unit |= ushort(h - '0');
                else if (h >= 'a' && h <= 'f')
                    unit |= ushort(h - 'a' + 10);
                else if (h >= 'A' && h <= 'F')
                    unit |= ushort(h - 'A' + 10);
                else
                    good = false;
            }
            if (good) {
                out += QChar(unit);
                s += 4;
            } else {
                out += QChar::ReplacementCharacter;
            }
            break;
        }
        default: out += QLatin1Char(e); break; // '"', '\\', '/'
        }
    }
    return out;
}

JsonScanner::JsonScanner(QByteArrayView json)
    : m_begin(json.data())
    , m_p(json.data())
    , m_end(json.data() + json.size())
{}

bool JsonScanner::fail()
{
    if (!m_failed)
        m_errorAt = m_p - m_begin;
    m_failed = true;
    m_p = m_end;
    return false;
}

void JsonScanner::space()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

char JsonScanner::peek()
{
    space();
    return m_p < m_end ? *m_p : 0;
}

bool JsonScanner::atEnd()
{
    space();
    return m_p >= m_end;
}

bool JsonScanner::expect(char c)
{
    space();
    if (m_p >= m_end || *m_p != c)
        return fail();
    ++m_p;
    return true;
}

namespace {

// The first '"' or '\\' in [p, end), or end.
inline const char *stringStop(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i slash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, slash)));
        if (mask)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

} // namespace

bool JsonScanner::skipString(bool *escaped)
{
    // At the opening quote.
    const char *p = m_p + 1;
    bool slash = false;
    for (;;) {
        p = stringStop(p, m_end);
        if (p >= m_end)
            return fail();
        if (*p == '"')
            break;
        slash = true;
        p += 2; // the backslash and the character it escapes
    }
    m_p = p + 1;
    if (escaped)
        *escaped = slash;
    return true;
}

bool JsonScanner::skipScalar()
{
    // A number, true, false or null.
    const char *start = m_p;
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            break;
        if (c == '"' || c == '{' || c == '[' || c == ':')
            return fail();
        ++m_p;
    }
    return m_p > start || fail();
}

void JsonScanner::skip()
{
    space();
    if (m_p >= m_end) {
        fail();
        return;
    }
    const char c0 = *m_p;
    if (c0 == '"') {
        skipString();
        return;
    }
    if (c0 != '{' && c0 != '[') {
        skipScalar();
        return;
    }
    int depth = 0;
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == '"') {
            if (!skipString())
                return;
            continue;
        }
        ++m_p;
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return;
        }
    }
    fail();
}

QByteArrayView JsonScanner::valueBytes()
{
    space();
    const char *start = m_p;
    skip();
    return m_failed ? QByteArrayView() : QByteArrayView(start, m_p - start);
}

JsonString JsonScanner::string()
{
    JsonString s;
    if (peek() != '"') {
        skip();
        return s;
    }
    const char *start = m_p + 1;
    if (!skipString(&s.escaped))
        return s;
    s.raw = QByteArrayView(start, m_p - 1 - start);
    s.null = false;
    return s;
}

bool JsonScanner::beginObject()
{
    if (!expect('{'))
        return false;
    if (m_depth >= int(sizeof m_nextIsFirst))
        return fail();
    m_nextIsFirst[m_depth++] = 1;
    return true;
}

bool JsonScanner::beginArray()
{
    if (!expect('['))
        return false;
    if (m_depth >= int(sizeof m_nextIsFirst))
        return fail();
    m_nextIsFirst[m_depth++] = 1;
    return true;
}

bool JsonScanner::separator(char close)
{
    // True when another member/element follows; false after the close (or on failure).
    if (m_failed || m_depth == 0)
        return fail();
    space();
    if (m_p >= m_end)
        return fail();
    char &first = m_nextIsFirst[m_depth - 1];
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        return false;
    }
    if (first) {
        first = 0;
        return true;
    }
    if (*m_p != ',')
        return fail();
    ++m_p;
    return true;
}

bool JsonScanner::nextKey(QByteArrayView *key)
{
    if (!separator('}'))
        return false;
    space();
    if (m_p >= m_end || *m_p != '"')
        return fail();
    const char *start = m_p + 1;
    if (!skipString())
        return false;
    *key = QByteArrayView(start, m_p - 1 - start);
    return expect(':');
}

bool JsonScanner::nextElement()
{
    if (!separator(']'))
        return false;
    space();
    if (m_p >= m_end || *m_p == ',' || *m_p == ']')
        return fail();
    return true;
}

QList<QByteArrayView> collectionItems(QByteArrayView page, bool *ok)
{
    QList<QByteArrayView> items;
    const bool good = forEachCollectionItem(page, [&](JsonScanner &s, auto) { items.append(s.valueBytes()); });
    if (ok)
        *ok = good;
    if (!good)
        items.clear();
    return items;
}

} // namespace wf::wire
