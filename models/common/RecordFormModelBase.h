#pragma once

#include <QAbstractTableModel>

// The signals of RecordFormModel (a template, which cannot declare its own).
class RecordFormModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    void modifiedChanged(bool modified);
};
