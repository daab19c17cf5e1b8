// A forward-only reader over JSON bytes, for the hot paths that want a few fields of
// big documents (a sync page's items, the cache's segments): it walks members and
// elements, hands out keys and string values as views, and skips everything else
// without building anything. Malformed input makes it fail (ok() false) and every
// later call return at once, so a caller's loop ends by itself. What it walks is
// checked strictly (commas, colons, quotes; at most 256 levels deep); a value it skips
// is checked for closed strings and balanced brackets only.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstring>

namespace wf::wire {

// Whether `key` is the literal `text` (no strlen at run time, unlike comparing with a
// char array through QByteArrayView).
template<size_t N>
inline bool isKey(QByteArrayView key, const char (&text)[N])
{
    return key.size() == qsizetype(N - 1) && std::memcmp(key.data(), text, N - 1) == 0;
}

// A string value as it appears between its quotes; `escaped` when it holds a backslash
// and must be decoded.
struct JsonString
{
    QByteArrayView raw;
    bool escaped = false;
    bool null = true; // the value was not a string

    QString toString() const;
    // The text as UTF-8: a view of the document's own bytes (QByteArray::fromRawData,
    // nothing copied) unless it was escaped, then decoded bytes of its own. A view lives no
    // longer than the document; copy what is kept.
    QByteArray bytes() const
    {
        if (null)
            return {};
        return escaped ? toString().toUtf8() : QByteArray::fromRawData(raw.data(), raw.size());
    }
    bool operator==(QByteArrayView text) const { return !escaped && !null && raw == text; }
};

class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView json);

    bool ok() const { return !m_failed; }
    qsizetype errorAt() const { return m_errorAt; } // where it failed
    bool atEnd(); // only whitespace is left
    char peek();  // the next byte that is not whitespace, 0 at the end
    qsizetype offset() const { return m_p - m_begin; }

    // Objects: beginObject() consumes '{', then nextKey() yields each member's key and
    // leaves the scanner at its value, which the caller reads or skips; nextKey() is
    // false after the closing '}'. Arrays likewise with nextElement().
    bool beginObject();
    bool nextKey(QByteArrayView *key);
    bool beginArray();
    bool nextElement();

    void skip();                    // one value of any kind
    QByteArrayView valueBytes();    // the bytes of one value, skipped
    JsonString string();            // a string value; any other kind is skipped (null)
    QString text() { return string().toString(); }

private:
    void space();
    bool expect(char c);
    bool fail();
    bool skipString(bool *escaped = nullptr);
    bool skipScalar();
    bool separator(char close); // before the next member/element: ',' or the close
    char m_nextIsFirst[256] = {};

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    qsizetype m_errorAt = -1;
    int m_depth = 0;
    bool m_failed = false;
};

// Walks a Graph collection page ({"value":[{...},{...}],...}) and calls
// `item(scanner, bytes)` for each element of the top-level "value" array, with the
// scanner at the element; `item` reads or skips exactly that one value, and gets its
// bytes through `bytes()`. False when the page is not well-formed (`errorAt`: where).
template<class F>
bool forEachCollectionItem(QByteArrayView page, F item, qsizetype *errorAt = nullptr)
{
    JsonScanner s(page);
    QByteArrayView key;
    if (s.beginObject()) {
        while (s.nextKey(&key)) {
            if (isKey(key, "value") && s.peek() == '[') {
                s.beginArray();
                while (s.nextElement()) {
                    const qsizetype start = s.offset();
                    item(s, [&] { return page.sliced(start, s.offset() - start); });
                }
            } else {
                s.skip();
            }
        }
    }
    const bool good = s.ok() && s.atEnd();
    if (errorAt)
        *errorAt = good ? -1 : s.ok() ? s.offset() : s.errorAt();
    return good;
}

// The raw bytes of each element of a collection page's "value" array; empty with `ok`
// false if the page is not well-formed enough to find them.
QList<QByteArrayView> collectionItems(QByteArrayView page, bool *ok = nullptr);

} // namespace wf::wire
