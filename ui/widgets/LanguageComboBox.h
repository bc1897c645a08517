#pragma once

#include <QComboBox>

// English or Cymraeg, each named in its own language, on the pages where nobody is signed in yet (the Active Offer:
// a Welsh speaker finds Welsh before reading a word of English). Choosing one switches the whole window at once and
// is kept for the next start.
class LanguageComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageComboBox(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
};
