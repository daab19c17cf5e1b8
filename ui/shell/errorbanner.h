// The non-modal error banner at the top of the main window: one plain sentence, Retry and
// Dismiss. Its colours are semantic (an error tint) and follow the palette: a dark
// variant on dark palettes, a light one on light palettes.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace wf::ui {

class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &sentence);
    QString message() const;
    // The tint in use, computed from the surrounding palette's window lightness.
    bool usesDarkVariant() const { return m_dark; }
    QColor backgroundColor() const;
    QColor textColor() const;
    void setRetryEnabled(bool enabled);

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();
    void updateColours();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_dismiss;
    bool m_dark = false;
    bool m_updatingColours = false;
};

} // namespace wf::ui
