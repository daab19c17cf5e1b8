# models/item: table models and the queue filter/sort
target_sources(watchfloor_models PRIVATE
    item/queuefilter.h item/queuefilter.cpp
    item/queuemodel.h item/queuemodel.cpp
    item/queryresultmodel.h item/queryresultmodel.cpp
    item/entityindex.h item/entityindex.cpp
)
