// The device code sign-in as a person sees it: the page to open, the code to enter there
// (selectable, with a Copy button), a busy line with the time left while the console waits
// for the browser, and how it ended (signed in, cancelled, expired, declined, failed).
#pragma once

#include "net/tokenprovider.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace wf::ui {

class DeviceCodePanel : public QFrame
{
    Q_OBJECT
public:
    explicit DeviceCodePanel(QWidget *parent = nullptr);

    void showStarting(); // asking the server for a code
    void showPrompt(const net::DeviceCodePrompt &prompt);
    void showSignedIn(const QString &account);
    void showCancelled();
    void showError(const QString &sentence);

    QString userCode() const;
    QString statusText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State : quint8 { Starting, Waiting, SignedIn, Cancelled, Failed };
    void setState(State state);
    void retranslate();
    void updateStatus();

    State m_state = State::Starting;
    net::DeviceCodePrompt m_prompt;
    QString m_account;
    QString m_error;
    QTimer m_countdown; // the time left, once a second

    QLabel *m_instructions = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_copy = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace wf::ui
